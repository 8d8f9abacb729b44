// The dashboard's glance at the year end: each award's elected units, next year's heads, a way in.
import { Button, Card, Typography } from 'antd';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';

export function YearEndSummary({ yearId }: { yearId: number }) {
  const yearEnd = useRead('votes.yearEnd', { yearId });
  const awards = yearEnd.data?.awards ?? [];
  return (
    <Card
      title="Bình xét khen thưởng"
      loading={yearEnd.isPending}
      style={{ height: '100%' }}
      extra={<Button onClick={() => navigate('yearEnd')}>Mở</Button>}
    >
      {yearEnd.error && <Typography.Text type="danger">{yearEnd.error.message}</Typography.Text>}
      {yearEnd.data && awards.length === 0 && <Typography.Text type="secondary">Chưa lập các hình thức khen thưởng đề nghị.</Typography.Text>}
      {awards.map((award) => (
        <Typography.Paragraph key={award.id} style={{ marginBottom: 8 }}>
          <Typography.Text strong>{award.name}: </Typography.Text>
          {award.elected.length > 0
            ? award.elected.map((e) => e.unitName).join('; ')
            : award.rounds.length === 0
              ? 'chưa lập danh sách bầu'
              : 'chưa kiểm phiếu xong'}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}
