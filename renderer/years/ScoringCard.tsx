// The dashboard's view of the year's scoring: how far it has got and who leads.
import { Button, Card, List, Typography } from 'antd';
import { formatPoints } from '../../main/scoring/decimal.js';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';

export function ScoringCard({ yearId }: { yearId: number }) {
  const ranking = useRead('scoring.ranking', { yearId });
  const standings = ranking.data?.standings ?? [];
  const complete = standings.filter((s) => s.missing === 0).length;
  return (
    <Card
      title="Chấm điểm thi đua"
      style={{ marginTop: 16 }}
      loading={ranking.isPending}
      extra={
        <Button type="link" onClick={() => navigate(ranking.data?.scaleId ? 'ranking' : 'scale')}>
          {ranking.data?.scaleId ? 'Xem xếp hạng' : 'Lập thang điểm'}
        </Button>
      }
    >
      {ranking.data?.scaleId ? (
        <>
          <Typography.Paragraph data-testid="scoring-progress">
            Đã chấm đủ {complete}/{standings.length} đơn vị.
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={standings.filter((s) => s.rank !== null).slice(0, 3)}
            renderItem={(s) => (
              <List.Item extra={<Typography.Text strong>{formatPoints(s.total)} điểm</Typography.Text>}>
                {s.rank}. {s.unitName}
              </List.Item>
            )}
          />
        </>
      ) : (
        <Typography.Text type="secondary">Năm này chưa có thang điểm đã khóa.</Typography.Text>
      )}
    </Card>
  );
}
