// Merge two or more member units into a new unit from the selected year on.
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { blankMembership, contract, type IssuedPledgeStatus, type YearUnit } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { applyServerError, FormShell } from '../common/form';
import { pledgeWarning } from './pledgeWarning';
import { membershipFieldNames, UnitFields } from './UnitFields';

// The new unit's fields are checked as for any new unit of the year.
const schema = contract['units.create'].input;

interface Props {
  open: boolean;
  onClose: () => void;
  units: YearUnit[];
  /** The bloc's issued pledges: those of this year on list the merged units and will need re-issuing. */
  pledges: IssuedPledgeStatus[] | undefined;
}

export function MergeModal({ open, onClose, units, pledges }: Props) {
  const { year } = useSelection();
  return (
    <Modal title={`Hợp nhất đơn vị từ năm ${year.year}`} open={open} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      {open && <MergeForm units={units} pledges={pledges} onDone={onClose} />}
    </Modal>
  );
}

function MergeForm({ units, pledges, onDone }: Pick<Props, 'units' | 'pledges'> & { onDone: () => void }) {
  const { bloc, year, years } = useSelection();
  const { message, modal } = App.useApp();
  const merge = useWrite('units.merge', (u) => `Đã hợp nhất thành “${u.name}”`);
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { ...blankMembership(), yearId: year.id },
  });
  const earlier = years.filter((y) => y.year < year.year).map((y) => y.year);
  const names = units.map((u) => `“${u.name}”`).join(', ');
  const explanation =
    `Từ năm ${year.year}, ${names} thôi là thành viên và được thay bằng đơn vị mới (cả ở các năm sau đã tạo). ` +
    (earlier.length
      ? `Các năm trước (${earlier.join(', ')}) vẫn giữ nguyên các đơn vị cũ với tên cũ.`
      : 'Các năm trước vẫn giữ nguyên các đơn vị cũ.');
  const warning = pledgeWarning(
    pledges,
    units.map((u) => u.unitId),
    (y) => y >= year.year,
  );

  const submit = handleSubmit(({ yearId: _yearId, ...newUnit }) => {
    modal.confirm({
      title: `Hợp nhất ${units.length} đơn vị thành “${newUnit.name}”?`,
      content: (
        <>
          <p>{explanation}</p>
          {warning && (
            <Typography.Text type="warning" strong data-testid="pledge-warning">
              {warning}
            </Typography.Text>
          )}
        </>
      ),
      okText: 'Hợp nhất',
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await merge.mutateAsync({ blocId: bloc.id, unitIds: units.map((u) => u.unitId), fromYear: year.year, newUnit });
          onDone();
        } catch (error) {
          const text = applyServerError(error, setError, membershipFieldNames, 'newUnit.');
          if (text) void message.error(text);
        }
      },
    });
  });

  return (
    <FormShell onSubmit={submit} label="Hợp nhất đơn vị">
      <Typography.Paragraph>
        Các đơn vị được hợp nhất:
        <ul style={{ margin: '4px 0 0' }}>
          {units.map((u) => (
            <li key={u.unitId}>{u.name}</li>
          ))}
        </ul>
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={explanation} style={{ marginBottom: 16 }} />
      <Typography.Title level={5}>Đơn vị mới</Typography.Title>
      <UnitFields control={control} />
      <Space>
        <Button type="primary" htmlType="submit" loading={merge.isPending}>
          Hợp nhất
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </FormShell>
  );
}
