// "Tạo năm mới": copies the latest earlier year (members, head, deputy, profile).
import { App, Button, Card, Space, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { applyServerError, FormShell, YearField } from '../common/form';

const schema = contract['years.create'].input;

export function CreateYearForm() {
  const { bloc, years, selectYear } = useSelection();
  const { message } = App.useApp();
  const create = useWrite('years.create', (y) => `Đã tạo năm thi đua ${y.year}`);
  const next = (years.at(-1)?.year ?? new Date().getFullYear()) + 1;
  const { control, handleSubmit, setError, reset } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { blocId: bloc.id, year: next },
  });

  const submit = handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(values);
      selectYear(created.id);
      reset({ blocId: bloc.id, year: created.year + 1 });
    } catch (error) {
      const text = applyServerError(error, setError, ['year']);
      if (text) void message.error(text);
    }
  });

  return (
    <Card title="Tạo năm mới" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        Năm mới được sao chép từ năm liền trước: đơn vị thành viên, Trưởng khối, Phó khối và hồ sơ khối.
      </Typography.Paragraph>
      <FormShell onSubmit={submit} label="Tạo năm mới">
        <YearField control={control} name="year" label="Năm thi đua" required />
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Tạo năm mới
          </Button>
        </Space>
      </FormShell>
    </Card>
  );
}
