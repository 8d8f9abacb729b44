// Head unit (Trưởng khối) and deputy unit (Phó khối) of the selected year.
import { App, Button, Card, Select, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, type Year, type YearUnit } from '../../main/contract/index.js';
import { useRead, useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { applyServerError, Field, FormShell } from '../common/form';
import { vietnameseSearch } from '../common/search';

const schema = contract['years.setLeadership'].input;

export function LeadershipForm() {
  const { year, locked } = useSelection();
  const members = useRead('units.list', { yearId: year.id });
  return (
    <Card title={`Trưởng khối, Phó khối năm ${year.year}`} loading={members.isPending}>
      {members.data && (
        <LeadershipFields key={`${year.id}-${year.headUnitId}-${year.deputyUnitId}`} year={year} members={members.data} locked={locked} />
      )}
    </Card>
  );
}

function LeadershipFields({ year, members, locked }: { year: Year; members: YearUnit[]; locked: boolean }) {
  const { message } = App.useApp();
  const save = useWrite('years.setLeadership', 'Đã lưu Trưởng khối, Phó khối');
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { yearId: year.id, headUnitId: year.headUnitId, deputyUnitId: year.deputyUnitId },
  });
  const options = members.map((m) => ({ value: m.unitId, label: m.name }));

  const submit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
    } catch (error) {
      const text = applyServerError(error, setError, ['headUnitId', 'deputyUnitId']);
      if (text) void message.error(text);
    }
  });

  if (members.length === 0) {
    return <Typography.Text type="secondary">Năm {year.year} chưa có đơn vị thành viên để chọn.</Typography.Text>;
  }
  return (
    <FormShell onSubmit={submit} disabled={locked} label={`Trưởng khối, Phó khối năm ${year.year}`}>
      {(['headUnitId', 'deputyUnitId'] as const).map((name) => (
        <Field key={name} control={control} name={name} label={name === 'headUnitId' ? 'Trưởng khối' : 'Phó khối'}>
          {({ value, onChange, ...field }) => (
            <Select
              {...field}
              value={value ?? undefined}
              onChange={(v: number | undefined) => onChange(v ?? null)}
              options={options}
              allowClear
              showSearch={vietnameseSearch}
              placeholder="Chọn đơn vị"
            />
          )}
        </Field>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending} disabled={locked}>
        Lưu Trưởng khối, Phó khối
      </Button>
    </FormShell>
  );
}
