// The year's issued pledge no longer lists the year's members (a unit removed, retired, merged or added after
// it was issued): the paper must be issued again. The comparison is the service's (units.issuedPledges).
import { Alert } from 'antd';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { issuedPledgeText } from '../units/pledgeWarning';

export function IssuedPledgeAlert() {
  const { bloc, year } = useSelection();
  const pledges = useRead('units.issuedPledges', { blocId: bloc.id });
  const issued = pledges.data?.find((p) => p.yearId === year.id);
  if (!issued?.issuedPledgeMismatch) return null;
  const details = [
    issued.leftUnits.length > 0 && `Đã thôi là thành viên năm ${year.year}: ${issued.leftUnits.join(', ')}.`,
    issued.unlistedUnits.length > 0 && `Chưa có trong bản đã ban hành: ${issued.unlistedUnits.join(', ')}.`,
  ].filter(Boolean);
  const text = issuedPledgeText(issued);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="issued-pledge-mismatch"
      style={{ marginBottom: 16 }}
      title={`${text.charAt(0).toLocaleUpperCase('vi')}${text.slice(1)} không còn khớp với các đơn vị thành viên: cần ban hành lại bản giao ước.`}
      description={details.join(' ')}
    />
  );
}
