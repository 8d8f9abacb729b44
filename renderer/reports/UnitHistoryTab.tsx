// "Đơn vị qua các năm": pick any unit the bloc has had; its rank and total as a chart, and a table of every
// year with its membership, classification and awards.
import { Alert, Card, Empty, Flex, Select, Spin, Table, Tag, Typography } from 'antd';
import type { Unit, UnitYear } from '../../main/contract/index.js';
import { formatPoints } from '../../main/scoring/index.js';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { vietnameseSearch } from '../common/search';
import { orDash } from '../common/text';
import { awardText, rankText, statusText } from './labels';
import { UnitHistoryChart } from './UnitHistoryChart';

const unitLabel = (u: Unit) => {
  if (u.successorName) return `${u.name} (đã hợp nhất vào ${u.successorName})`;
  return u.endYear === null ? u.name : `${u.name} (đến năm ${u.endYear})`;
};

function YearsTable({ years }: { years: UnitYear[] }) {
  return (
    <Table<UnitYear>
      rowKey="yearId"
      size="small"
      pagination={false}
      dataSource={years}
      scroll={{ x: 1000 }}
      columns={[
        { key: 'year', title: 'Năm', width: 70, render: (_, y) => y.year },
        { key: 'name', title: 'Tên trong năm', render: (_, y) => (y.status === 'member' ? y.name : '—') },
        { key: 'status', title: 'Tham gia khối', width: 190, render: (_, y) => statusText(y.status, y.successorName) },
        {
          key: 'total',
          title: 'Tổng điểm',
          width: 110,
          render: (_, y) => {
            if (y.status !== 'member') return '';
            if (!y.scored) return <Typography.Text type="secondary">Chưa chấm</Typography.Text>;
            if (y.total === null) return '—';
            return y.missing > 0 ? `${formatPoints(y.total)} (chưa đủ)` : formatPoints(y.total);
          },
        },
        {
          key: 'rank',
          title: 'Xếp hạng',
          width: 100,
          render: (_, y) => (y.disqualified ? <Tag color="red">Không xếp hạng</Tag> : y.scored ? rankText(y.rank, y.rankedCount) : ''),
        },
        { key: 'classification', title: 'Xếp loại', width: 220, render: (_, y) => (y.scored ? orDash(y.classification) : '') },
        {
          key: 'awards',
          title: 'Khen thưởng',
          render: (_, y) => (
            <Flex vertical gap={4} align="start">
              {y.awards.map((a) => (
                <Tag key={a.awardName} color={a.elected ? 'red' : 'default'} style={{ whiteSpace: 'normal' }}>
                  {awardText(a)}
                </Tag>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}

export function UnitHistoryTab({ unitId, onUnit }: { unitId: number | null; onUnit: (unitId: number) => void }) {
  const { bloc } = useSelection();
  const units = useRead('units.listAll', { blocId: bloc.id });
  const history = useRead('reports.unitHistory', unitId === null ? null : { blocId: bloc.id, unitId });
  const scored = history.data?.years.some((y) => y.scored && y.status === 'member') ?? false;
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong id="history-unit-label">
          Đơn vị:
        </Typography.Text>
        <Select
          aria-labelledby="history-unit-label"
          value={unitId ?? undefined}
          onChange={onUnit}
          loading={units.isPending}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: unitLabel(u) }))}
          showSearch={vietnameseSearch}
          placeholder="Chọn đơn vị để xem (gõ không dấu cũng được)"
          style={{ width: 520, maxWidth: '100%' }}
        />
      </Flex>
      {(units.error ?? history.error) && <Alert type="error" showIcon title={(units.error ?? history.error)?.message} />}
      {unitId === null && <Empty description="Chọn một đơn vị để xem điểm, thứ hạng và khen thưởng của đơn vị qua các năm." />}
      {unitId !== null && history.isPending && <Spin description="Đang tải…" />}
      {history.data && (
        <>
          <Card size="small" title={`${history.data.name} qua các năm`}>
            {scored ? (
              <UnitHistoryChart history={history.data} />
            ) : (
              <Typography.Text type="secondary">
                Chưa năm nào có thang điểm đã khóa trong những năm đơn vị tham gia, nên chưa có điểm và thứ hạng để vẽ biểu đồ.
              </Typography.Text>
            )}
          </Card>
          <YearsTable years={history.data.years} />
        </>
      )}
    </Flex>
  );
}
