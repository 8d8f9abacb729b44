// Add a unit to the selected year, or edit its details for that year.
import { App, Button, Drawer, Space } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { blankMembership, contract, type YearUnit } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { applyServerError, FormShell } from '../common/form';
import { membershipFieldNames, UnitFields } from './UnitFields';

// Both channels validate the same fields (with the rule for a signing deputy).
const createSchema = contract['units.create'].input;
const updateSchema = contract['units.update'].input;
type UnitForm = z.input<typeof createSchema>;

export function UnitDrawer({ unit, open, onClose }: { unit: YearUnit | null; open: boolean; onClose: () => void }) {
  const { year } = useSelection();
  const title = unit ? `Sửa đơn vị năm ${year.year}` : `Thêm đơn vị vào năm ${year.year}`;
  return (
    <Drawer title={title} open={open} onClose={onClose} size={560} destroyOnHidden>
      {open && <UnitForm key={unit?.unitId ?? 'new'} unit={unit} onDone={onClose} />}
    </Drawer>
  );
}

function UnitForm({ unit, onDone }: { unit: YearUnit | null; onDone: () => void }) {
  const { year } = useSelection();
  const { message } = App.useApp();
  const create = useWrite('units.create', (u) => `Đã thêm “${u.name}”`);
  const update = useWrite('units.update', 'Đã lưu');
  const { control, handleSubmit, setError } = useForm<UnitForm, unknown, z.output<typeof createSchema>>({
    resolver: zodResolver(unit ? (updateSchema as unknown as typeof createSchema) : createSchema),
    // When editing, the update schema also checks unitId, so the values carry it.
    defaultValues: unit
      ? ({ ...pickMembership(unit), yearId: year.id, unitId: unit.unitId } as UnitForm)
      : { ...blankMembership(), yearId: year.id },
  });

  const submit = handleSubmit(async (values) => {
    try {
      if (unit) await update.mutateAsync({ ...values, unitId: unit.unitId });
      else await create.mutateAsync(values);
      onDone();
    } catch (error) {
      const text = applyServerError(error, setError, membershipFieldNames);
      if (text) void message.error(text);
    }
  });

  return (
    <FormShell onSubmit={submit} label={unit ? 'Sửa đơn vị' : 'Thêm đơn vị'}>
      <UnitFields control={control} />
      <Space>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {unit ? 'Lưu' : 'Thêm đơn vị'}
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </FormShell>
  );
}

const pickMembership = (u: YearUnit) => ({
  name: u.name,
  shortName: u.shortName,
  headName: u.headName,
  headPosition: u.headPosition,
  deputySigns: u.deputySigns,
  deputyName: u.deputyName,
  deputyPosition: u.deputyPosition,
  address: u.address,
  phone: u.phone,
  email: u.email,
  officerName: u.officerName,
  printedName: u.printedName,
});
