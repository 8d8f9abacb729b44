// The ranking as the score summary lays it out: the unit's own total, the bloc's points per group, bonus,
// deductions, total, rank and classification, and a note saying how a tie was broken, which units the
// bloc re-votes between, and why a unit is out of the running (under the unit's name).
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Standing } from '../../../main/contract/index.js';
import { formatPoints } from '../../../main/scoring/index.js';

function Note({ standing, names }: { standing: Standing; names: ReadonlyMap<number, string> }) {
  if (standing.disqualified) {
    return (
      <span>
        <Tag color="red">Không xét xếp hạng</Tag>
        <Typography.Text type="danger">{standing.disqualified.reason}</Typography.Text>
      </span>
    );
  }
  return (
    <>
      {standing.revoteWith.length > 0 ? (
        <span>
          <Tag color="orange">Bỏ phiếu lại</Tag>
          <Typography.Text>{standing.tieBreakNote ?? `Bằng điểm với ${standing.revoteWith.map((id) => names.get(id) ?? '').join(', ')}`}</Typography.Text>
        </span>
      ) : (
        standing.tieBreakNote && <Typography.Text type="secondary">{standing.tieBreakNote}</Typography.Text>
      )}
      {standing.missing > 0 && <Typography.Text type="warning">Còn {standing.missing} mục chưa chấm</Typography.Text>}
      {standing.missingReasons > 0 && <Typography.Text type="danger">{standing.missingReasons} điểm Khối chấm chưa có lý do</Typography.Text>}
    </>
  );
}

export function RankingTable({ standings }: { standings: Standing[] }) {
  const names = new Map(standings.map((s) => [s.unitId, s.unitName]));
  const points = (value: string) => formatPoints(value);
  const columns: ColumnsType<Standing> = [
    {
      title: 'Hạng',
      key: 'rank',
      width: 64,
      align: 'center',
      render: (_, s) => (s.rank === null ? '—' : <Typography.Text strong>{s.revoteWith.length > 0 ? `${s.rank}*` : s.rank}</Typography.Text>),
    },
    {
      title: 'Đơn vị',
      key: 'unit',
      render: (_, s) => (
        <Flex vertical gap={2}>
          <Typography.Text strong={s.rank !== null && s.rank <= 3}>{s.unitName}</Typography.Text>
          <Note standing={s} names={names} />
        </Flex>
      ),
    },
    { title: 'Tự chấm', key: 'self', align: 'right', width: 80, render: (_, s) => points(s.selfTotal) },
    // Every standing lists the same groups, those of the scale in force.
    ...(standings[0]?.groups ?? []).map(
      (g): ColumnsType<Standing>[number] => ({
        title: `Nhóm ${g.code}`,
        key: g.key,
        align: 'right',
        width: 76,
        render: (_, s) => points(s.groups.find((x) => x.key === g.key)?.final ?? '0'),
      }),
    ),
    { title: 'Thưởng', key: 'bonus', align: 'right', width: 76, render: (_, s) => points(s.bonus) },
    { title: 'Trừ', key: 'deductions', align: 'right', width: 60, render: (_, s) => points(s.deductions) },
    { title: 'Tổng', key: 'total', align: 'right', width: 70, render: (_, s) => <Typography.Text strong>{points(s.total)}</Typography.Text> },
    { title: 'Xếp loại', key: 'class', width: 180, render: (_, s) => (s.disqualified ? '—' : (s.classification ?? '')) },
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="unitId"
      dataSource={standings}
      columns={columns}
      onRow={(s) => ({ 'data-unit-id': s.unitId }) as React.HTMLAttributes<HTMLElement>}
      rowClassName={(s) => (s.disqualified ? 'ranking-out' : '')}
      // The unit's column takes what the figures leave and wraps its notes; a narrow window scrolls.
      scroll={{ x: 1000 }}
    />
  );
}
