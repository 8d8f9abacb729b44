// The ranking as bar charts: the totals of the units in the running, and each group's points; each chart
// can be saved as a PNG for the report.
import { Card, Tabs } from 'antd';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScaleDefinition, Standing } from '../../../main/contract/index.js';
import { formatPoints, toBig } from '../../../main/scoring/index.js';
import { PngChart } from '../../common/PngChart';

interface ChartBar {
  name: string;
  /** For the chart's length only; the label prints the exact figure. */
  value: number;
  label: string;
}

const ROW = 28;

/** Round ticks from 0 up to the first step at or above `max`: 0, 10, … 110. */
function ticksUpTo(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => max / s <= 12) ?? 100;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

const NAME_WIDTH = 340;
const shortName = (name: string) => (name.length > 46 ? `${name.slice(0, 45)}…` : name);

function Chart({ bars, max, color }: { bars: ChartBar[]; max: number; color: string }) {
  const ticks = ticksUpTo(max);
  return (
    <ResponsiveContainer width="100%" height={bars.length * ROW + 48}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#eee" />
        <XAxis type="number" domain={[0, ticks.at(-1)!]} ticks={ticks} interval={0} />
        <YAxis type="category" dataKey="name" width={NAME_WIDTH} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(_v, _n, item) => [(item.payload as ChartBar).label, 'Điểm']} />
        <Bar dataKey="value" fill={color} isAnimationActive={false} barSize={18}>
          <LabelList dataKey="label" position="right" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function ChartPane({ title, fileName, bars, max, color }: { title: string; fileName: string; bars: ChartBar[]; max: number; color: string }) {
  return (
    <PngChart title={title} fileName={fileName} testId="ranking-chart">
      <Chart bars={bars} max={max} color={color} />
    </PngChart>
  );
}

const asBar = (name: string, points: string): ChartBar => ({ name, value: toBig(points).toNumber(), label: formatPoints(points) });

/**
 * `def` is the scale in force when the year's latest version is that one; it names the groups and gives
 * the axes their maximums. Without it (a newer draft is being prepared) the codes and figures suffice.
 */
export function RankingCharts({ year, def, standings }: { year: number; def: ScaleDefinition | undefined; standings: Standing[] }) {
  // A disqualified unit keeps its scores but leaves the ranking: it is not on the charts.
  const ranked = standings.filter((s) => s.rank !== null);
  const totals = ranked.map((s) => asBar(`${s.rank}. ${shortName(s.unitName)}`, s.total));
  const top = Math.max(def ? def.base + def.bonusCap : 0, ...totals.map((b) => b.value));
  const groupTabs = (standings[0]?.groups ?? []).map(({ key, code }) => {
    const group = def?.groups.find((g) => g.key === key);
    const bars = ranked
      .map((s) => ({ unit: s.unitName, points: s.groups.find((x) => x.key === key)?.final ?? '0' }))
      .sort((a, b) => toBig(b.points).cmp(toBig(a.points)))
      .map(({ unit, points }) => asBar(shortName(unit), points));
    const title = `Điểm nhóm ${code}${group ? ` (${group.name})` : ''} năm ${year}`;
    const max = Math.max(group?.max ?? 0, ...bars.map((b) => b.value));
    return {
      key,
      label: `Nhóm ${code}`,
      children: <ChartPane title={title} fileName={`Xep-hang-${year}-nhom-${code}.png`} bars={bars} max={max} color="#d4380d" />,
    };
  });
  return (
    <Card size="small" title="Biểu đồ">
      {ranked.length === 0 ? (
        'Chưa có đơn vị nào trong bảng xếp hạng.'
      ) : (
        <Tabs
          items={[
            {
              key: 'total',
              label: 'Tổng điểm',
              children: <ChartPane title={`Kết quả chấm điểm thi đua năm ${year}`} fileName={`Xep-hang-${year}.png`} bars={totals} max={top} color="#b71c1c" />,
            },
            ...groupTabs,
          ]}
        />
      )}
    </Card>
  );
}
