// "Thành viên qua các năm": every unit the bloc has had × its years (member, joined, left, merged), the counts
// per year, and the member count as a small chart.
import { Alert, Card, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MembershipCell, MembershipRow, MembershipTable, MembershipYear } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { PngChart } from '../common/PngChart';
import { statusLabels, statusText } from './labels';

function Cell({ cell, successorName }: { cell: MembershipCell; successorName: string | null }) {
  if (cell.event === 'merged') {
    return (
      <Tooltip title={statusText('merged', successorName)}>
        <Tag color="purple">Hợp nhất</Tag>
      </Tooltip>
    );
  }
  if (cell.event === 'left') return <Tag color="orange">{cell.status === 'absent' ? 'Không tham gia' : 'Ngừng tham gia'}</Tag>;
  if (cell.status === 'member') {
    return (
      <span>
        <span aria-label={statusLabels.member}>✓</span>
        {cell.event === 'joined' && (
          <Tag color="green" style={{ marginInlineStart: 6 }}>
            Mới vào
          </Tag>
        )}
      </span>
    );
  }
  // A year long after the unit left or merged, or before it joined: nothing to say.
  return cell.status === 'absent' ? <Typography.Text type="secondary">Không tham gia</Typography.Text> : null;
}

const countText = (y: MembershipYear) => {
  const changes = [y.joined > 0 ? `+${y.joined}` : '', y.left > 0 ? `−${y.left}` : ''].filter(Boolean).join(', ');
  return changes ? `${y.members} (${changes})` : String(y.members);
};

function MembersChart({ years }: { years: MembershipYear[] }) {
  return (
    <PngChart title="Số đơn vị thành viên của Khối qua các năm" fileName="Thanh-vien-khoi-qua-cac-nam.png" testId="membership-chart">
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={years.map((y) => ({ year: String(y.year), members: y.members }))} margin={{ top: 20, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#eee" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis allowDecimals={false} width={40} />
          <Bar dataKey="members" fill="#b71c1c" barSize={32} isAnimationActive={false}>
            <LabelList dataKey="members" position="top" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </PngChart>
  );
}

function Grid({ table }: { table: MembershipTable }) {
  return (
    <Table<MembershipRow>
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={table.units}
      scroll={{ x: 340 + table.years.length * 130 }}
      columns={[
        { key: 'name', title: 'Đơn vị', fixed: 'start', width: 340, render: (_, u) => u.name },
        ...table.years.map((y, i) => ({
          key: String(y.year),
          title: `Năm ${y.year}`,
          width: 130,
          render: (_: unknown, u: MembershipRow) => <Cell cell={u.cells[i]!} successorName={u.successorName} />,
        })),
      ]}
      summary={() => (
        <Table.Summary fixed="bottom">
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>Số đơn vị thành viên (vào, ra)</Typography.Text>
            </Table.Summary.Cell>
            {table.years.map((y, i) => (
              <Table.Summary.Cell key={y.year} index={i + 1}>
                <Typography.Text strong>{countText(y)}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

export function MembershipTab() {
  const { bloc } = useSelection();
  const table = useRead('reports.membership', { blocId: bloc.id });
  if (table.isError) return <Alert type="error" showIcon title={table.error.message} />;
  if (!table.data) return <Spin description="Đang tải…" />;
  return (
    <>
      <Card size="small" title="Số đơn vị thành viên qua các năm" style={{ marginBottom: 16 }}>
        <MembersChart years={table.data.years} />
      </Card>
      <Grid table={table.data} />
    </>
  );
}
