// On the document screen, for the pledge: where its contents come from, whether it takes a number, and
// what to fix before printing, each unit's problem with a way to its unit.
import { Alert, Button, Space, Typography } from 'antd';
import { useRead } from '../../../api/hooks';
import { navigate } from '../../../app/routes';
import { useSelection } from '../../../app/selection';
import { ProblemsAlert } from '../../../pledges/ProblemsAlert';

export function PledgeDraftNote() {
  const { year } = useSelection();
  const pledge = useRead('pledges.get', { yearId: year.id });
  if (pledge.isError) return <Alert type="error" showIcon title={pledge.error.message} />;
  const p = pledge.data;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text type="secondary">
          Nội dung, thứ tự ký và cách trình bày lấy từ giao ước thi đua năm {year.year}
          {p ? (p.saved ? ' đã lưu' : ' (bản nháp theo mẫu, chưa lưu)') : ''}
          {p ? `; ${p.perRow} ô chữ ký một hàng; ${p.numbered ? 'có số' : 'không số'}.` : '.'}
        </Typography.Text>
        <Button size="small" onClick={() => navigate('pledges')}>
          Sửa giao ước thi đua
        </Button>
      </Space>
      {p && p.problems.length > 0 && <ProblemsAlert pledge={p} onEditUnit={(unitId) => navigate('units', { edit: unitId, from: 'pledges' })} />}
    </Space>
  );
}
