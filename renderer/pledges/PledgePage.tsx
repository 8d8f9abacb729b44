// "Giao ước thi đua" of the selected year: the contents, the units that sign and how it prints.
import { Alert, Spin, Typography } from 'antd';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { IssuedPledgeAlert } from './IssuedPledgeAlert';
import { PledgeForm } from './PledgeForm';

export function PledgePage() {
  const { year } = useSelection();
  const pledge = useRead('pledges.get', { yearId: year.id });
  const members = useRead('units.list', { yearId: year.id });
  const error = pledge.error ?? members.error;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Giao ước thi đua năm {year.year}
      </Typography.Title>
      <IssuedPledgeAlert />
      {error && <Alert type="error" showIcon title={error.message} />}
      {(pledge.isPending || members.isPending) && !error && <Spin description="Đang tải…" />}
      {pledge.data && members.data && (
        // A new form whenever the server's pledge changes (saved, started from a template, a unit edited).
        <PledgeForm key={JSON.stringify(pledge.data)} pledge={pledge.data} members={members.data} />
      )}
    </>
  );
}
