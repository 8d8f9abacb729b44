// A unit's card: how its total comes about, one line per group, bonus, deductions and the total, each with
// the figures an officer would check it against.
import type Big from 'big.js';
import { formatPoints, minBig, plain, sum } from './decimal.js';
import type { Figure, Layout, UnitScore } from './unit-score.js';

export interface Line {
  label: string;
  points: string;
  detail: string;
}

/** A count or an actual figure as typed, with a decimal comma. */
const figureText = (figure: Big) => plain(figure).replace('.', ',');

/** Where the bloc's figure replaced the unit's: "Khối chấm, tự chấm 10: <reason>" (`selfText` says the unit's). */
function blocNote(f: Figure, selfText: (self: Big) => string): string | null {
  if (f.entry === undefined || f.entry.bloc === null || f.final === null) return null;
  if (f.self === null) return 'Khối chấm; đơn vị chưa tự chấm';
  if (f.self.eq(f.final)) return null;
  const reason = f.entry.reason.trim();
  return `Khối chấm, tự chấm ${selfText(f.self)}${reason ? `: ${reason}` : '; chưa ghi lý do'}`;
}

function criterionText(layout: Layout, score: UnitScore, i: number): string {
  const c = layout.criteria[i]!;
  const f = score.figures[i]!;
  if (f.final === null) return `${c.code}: chưa chấm`;
  const notes: string[] = [];
  if (c.kind.type === 'count') notes.push(`${figureText(f.final)} lần`);
  if (c.kind.type === 'target') {
    const unit = c.kind.unit ? (c.kind.unit === '%' ? '%' : ` ${c.kind.unit}`) : '';
    notes.push(`thực hiện ${figureText(f.final)}${unit}, chỉ tiêu ${formatPoints(String(c.kind.target))}${unit}`);
  }
  // The unit's own points, not its figure: a count or an actual figure reads as points here.
  const bloc = blocNote(f, () => formatPoints(score.self.leaves[i]!));
  if (bloc) notes.push(bloc);
  const points = formatPoints(score.final.leaves[i]!);
  return notes.length > 0 ? `${c.code}: ${points} (${notes.join('; ')})` : `${c.code}: ${points}`;
}

function groupLines(layout: Layout, score: UnitScore): Line[] {
  return layout.groups.map((g, gi) => ({
    label: `${g.code}. ${g.name}`,
    points: formatPoints(score.final.groups[gi]!),
    detail: g.criteria
      .map((c) => {
        if (!c.hasChildren) return criterionText(layout, score, c.leaves[0]!);
        const points = sum(c.leaves.map((i) => score.final.leaves[i]!));
        return `${c.code}: ${formatPoints(points)} [${c.leaves.map((i) => criterionText(layout, score, i)).join('; ')}]`;
      })
      .join('; '),
  }));
}

/**
 * "<name> (2 lần): 2" for each bonus or deduction item with a count (a bonus counted at most `maxCount`
 * times), and for each the bloc struck out, so the card shows why it is missing.
 */
function countedItems(layout: Layout, score: UnitScore, items: { index: number; points: Big; maxCount?: Big }[]): string[] {
  return items.flatMap(({ index, points, maxCount }) => {
    const f = score.figures[index]!;
    const bloc = blocNote(f, (self) => `${figureText(self)} lần`);
    if (f.final === null || (f.final.eq(0) && bloc === null)) return [];
    const name = layout.items[index]!.name;
    const counted = maxCount ? minBig(f.final, maxCount) : f.final;
    const times = counted.eq(1) ? '' : ` (${figureText(counted)} lần)`;
    return [`${name}${times}: ${formatPoints(counted.times(points))}${bloc ? ` (${bloc})` : ''}`];
  });
}

export function explanationLines(layout: Layout, score: UnitScore): Line[] {
  const { final } = score;
  const lines = groupLines(layout, score);
  if (layout.bonus.length > 0) {
    const earned = countedItems(layout, score, layout.bonus);
    if (final.bonusEarned.gt(final.bonus)) earned.push(`cộng lại ${formatPoints(final.bonusEarned)}, tính tối đa ${formatPoints(layout.bonusCap)}`);
    lines.push({ label: 'Điểm thưởng', points: formatPoints(final.bonus), detail: earned.join('; ') || 'Không có' });
  }
  if (layout.deductions.length > 0) {
    const incurred = countedItems(layout, score, layout.deductions);
    if (score.disqualifiedBy.length > 0) incurred.push('không được xếp hạng');
    lines.push({ label: 'Điểm trừ', points: formatPoints(final.deductions), detail: incurred.join('; ') || 'Không có' });
  }
  const terms = final.groups.map(formatPoints).join(' + ');
  const bonus = layout.bonus.length > 0 ? ` + ${formatPoints(final.bonus)} (thưởng)` : '';
  const deductions = layout.deductions.length > 0 ? ` − ${formatPoints(final.deductions)} (trừ)` : '';
  lines.push({ label: 'Tổng điểm', points: formatPoints(final.total), detail: `${terms}${bonus}${deductions}; tự chấm ${formatPoints(score.self.total)}` });
  return lines;
}
