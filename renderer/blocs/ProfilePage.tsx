// "Hồ sơ khối": the selected year's profile lines.
import { App, Alert, Button, Card, Space } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, type Year } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useLeaveGuard } from '../app/leave-guard';
import { useSelection } from '../app/selection';
import { applyServerError, FormShell } from '../common/form';
import { profileFieldNames, ProfileFields } from './ProfileFields';

const schema = contract['years.updateProfile'].input;
type ProfileForm = z.input<typeof schema>;

export function ProfilePage() {
  const { year, locked } = useSelection();
  // A fresh form for each year, filled with that year's lines.
  return <ProfileForm key={`${year.id}-${year.status}`} year={year} locked={locked} />;
}

function ProfileForm({ year, locked }: { year: Year; locked: boolean }) {
  const { message } = App.useApp();
  const update = useWrite('years.updateProfile', 'Đã lưu');
  const { control, handleSubmit, setError, reset, formState } = useForm<ProfileForm, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: {
      yearId: year.id,
      blocName: year.blocName,
      governingBody: year.governingBody,
      issuingBody: year.issuingBody,
      symbol: year.symbol,
      place: year.place,
      provincialBoard: year.provincialBoard,
    },
  });
  useLeaveGuard(formState.isDirty);

  const submit = handleSubmit(async (values) => {
    try {
      const saved = await update.mutateAsync(values);
      reset({ ...values, ...saved, yearId: saved.id });
    } catch (error) {
      const text = applyServerError(error, setError, profileFieldNames);
      if (text) void message.error(text);
    }
  });

  return (
    <Card title={`Hồ sơ khối năm ${year.year}`} style={{ maxWidth: 960 }}>
      {locked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Năm ${year.year} đã khóa sổ: hồ sơ chỉ để xem, không sửa được.`}
        />
      )}
      <FormShell onSubmit={submit} disabled={locked} label={`Hồ sơ khối năm ${year.year}`}>
        <ProfileFields control={control} />
        <Space>
          <Button type="primary" htmlType="submit" loading={update.isPending} disabled={locked}>
            Lưu hồ sơ
          </Button>
          <Button onClick={() => reset()} disabled={locked || !formState.isDirty}>
            Hoàn tác
          </Button>
        </Space>
      </FormShell>
    </Card>
  );
}
