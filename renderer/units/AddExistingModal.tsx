// Add a unit the bloc already has (not a member this year) to the selected year.
import { App, Button, Modal, Select, Space, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, type Unit } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { applyServerError, Field, FormShell } from '../common/form';
import { vietnameseSearch } from '../common/search';

const schema = contract['units.addToYear'].input;

export function AddExistingModal({ open, onClose, candidates }: { open: boolean; onClose: () => void; candidates: Unit[] }) {
  const { year } = useSelection();
  return (
    <Modal title={`Thêm đơn vị đã có vào năm ${year.year}`} open={open} onCancel={onClose} footer={null} destroyOnHidden>
      {open && <AddExistingForm candidates={candidates} onDone={onClose} />}
    </Modal>
  );
}

function AddExistingForm({ candidates, onDone }: { candidates: Unit[]; onDone: () => void }) {
  const { year } = useSelection();
  const { message } = App.useApp();
  const add = useWrite('units.addToYear', (u) => `Đã thêm “${u.name}” vào năm thi đua`);
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { yearId: year.id },
  });

  const submit = handleSubmit(async (values) => {
    try {
      await add.mutateAsync(values);
      onDone();
    } catch (error) {
      const text = applyServerError(error, setError, ['unitId']);
      if (text) void message.error(text);
    }
  });

  if (candidates.length === 0) {
    return (
      <Typography.Paragraph>
        Mọi đơn vị còn hoạt động của khối đều đã là thành viên năm {year.year}. Dùng “Thêm đơn vị” để thêm đơn vị mới.
      </Typography.Paragraph>
    );
  }
  return (
    <FormShell onSubmit={submit} label="Thêm đơn vị đã có">
      <Typography.Paragraph type="secondary">
        Đơn vị được thêm với thông tin (tên, thủ trưởng, liên hệ) của năm gần nhất mà đơn vị tham gia.
      </Typography.Paragraph>
      <Field control={control} name="unitId" label="Đơn vị" required>
        {({ value, onChange, ...field }) => (
          <Select
            {...field}
            value={value}
            onChange={(v: number) => onChange(v)}
            showSearch={vietnameseSearch}
            placeholder="Chọn đơn vị"
            options={candidates.map((u) => ({
              value: u.id,
              label: u.years.length ? `${u.name} (đã tham gia: ${u.years.join(', ')})` : u.name,
            }))}
          />
        )}
      </Field>
      <Space>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          Thêm vào năm {year.year}
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </FormShell>
  );
}
