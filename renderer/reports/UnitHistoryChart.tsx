// A unit's total (bars, right axis) and rank (line, left axis, 1 at the top) in each of the bloc's years;
// a year without a locked scale or without the unit leaves a gap.
import { Bar, CartesianGrid, ComposedChart, LabelList, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UnitHistory } from '../../main/contract/index.js';
import { asciiWords } from '../../main/common/vietnamese.js';
import { formatPoints, toBig } from '../../main/scoring/index.js';
import { PngChart } from '../common/PngChart';
import { rankText } from './labels';

interface Point {
  year: string;
  score: number | null;
  scoreLabel: string;
  rank: number | null;
  rankLabel: string;
}

const pointsOf = (history: UnitHistory): Point[] =>
  history.years.map((y) => ({
    year: String(y.year),
    score: y.total === null ? null : toBig(y.total).toNumber(),
    scoreLabel: y.total === null ? '' : formatPoints(y.total),
    rank: y.rank,
    rankLabel: y.rank === null ? '' : rankText(y.rank, y.rankedCount),
  }));

export function UnitHistoryChart({ history }: { history: UnitHistory }) {
  const points = pointsOf(history);
  const most = Math.max(1, ...history.years.map((y) => y.rankedCount));
  // Whole ranks only, about six of them: 1, 2 … 10, or 1, 5, 10 … 30.
  const step = most <= 12 ? 1 : Math.ceil(most / 30) * 5;
  const rankTicks = [1, ...Array.from({ length: Math.floor(most / step) }, (_, i) => (i + 1) * step).filter((t) => t > 1)];
  const top = Math.max(100, ...points.map((p) => p.score ?? 0));
  return (
    <PngChart
      title={`${history.name}: tổng điểm (cột) và thứ hạng (đường) qua các năm`}
      fileName={`Lich-su-${asciiWords(history.name, 60) || 'don-vi'}.png`}
      testId="unit-history-chart"
    >
      <ResponsiveContainer width="100%" height={250}>
        <ComposedChart data={points} margin={{ top: 28, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#eee" vertical={false} />
          <XAxis dataKey="year" />
          <YAxis
            yAxisId="rank"
            reversed
            domain={[1, most]}
            ticks={rankTicks}
            interval={0}
            width={72}
            label={{ value: 'Thứ hạng', angle: -90, position: 'insideLeft', offset: 12 }}
          />
          <YAxis
            yAxisId="score"
            orientation="right"
            domain={[0, Math.ceil(top / 10) * 10]}
            width={72}
            label={{ value: 'Tổng điểm', angle: 90, position: 'insideRight', offset: 12 }}
          />
          <Tooltip
            formatter={(_v, name, item) => {
              const p = item.payload as Point;
              return name === 'Tổng điểm' ? [p.scoreLabel, name] : [p.rankLabel, name];
            }}
          />
          <Bar yAxisId="score" dataKey="score" name="Tổng điểm" fill="#f5b7ad" barSize={40} isAnimationActive={false}>
            <LabelList dataKey="scoreLabel" position="insideTop" fontSize={12} />
          </Bar>
          <Line
            yAxisId="rank"
            dataKey="rank"
            name="Thứ hạng"
            stroke="#b71c1c"
            strokeWidth={2}
            dot={{ r: 5, fill: '#b71c1c' }}
            connectNulls
            isAnimationActive={false}
          >
            <LabelList dataKey="rankLabel" position="top" fontSize={12} fill="#b71c1c" />
          </Line>
        </ComposedChart>
      </ResponsiveContainer>
    </PngChart>
  );
}
