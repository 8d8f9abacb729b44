// The order of the units in the running: by total, equal totals separated by the scale's tie-break chain
// (the points of a group, then the number of bonus items…); what the chain cannot separate shares a rank
// and goes to a re-vote. Each tie also gets its explanation in words for the unit's card.
import type { TieBreak } from '../contract/scoring.js';
import { compareVietnamese } from '../common/vietnamese.js';
import { formatPoints } from './decimal.js';
import type { Layout, UnitScore } from './unit-score.js';

export interface Placed {
  unit: UnitScore;
  rank: number;
  revoteWith: number[];
  tieBreakNote: string | null;
}

/** A link of the chain that can separate units: its value for a unit, and how to say it. */
interface Separator {
  /** Positive when `a` goes above `b`. */
  compare: (a: UnitScore, b: UnitScore) => number;
  above: (a: UnitScore, b: UnitScore) => string;
  below: (a: UnitScore, b: UnitScore) => string;
}

function separatorOf(link: TieBreak, layout: Layout): Separator | null {
  if (link.type === 'bonusCount') {
    return {
      compare: (a, b) => a.bonusCount - b.bonusCount,
      above: (a, b) => `xếp trên nhờ có nhiều mục điểm thưởng hơn (${a.bonusCount} so với ${b.bonusCount})`,
      below: (a, b) => `xếp dưới vì có ít mục điểm thưởng hơn (${a.bonusCount} so với ${b.bonusCount})`,
    };
  }
  if (link.type === 'group') {
    const g = layout.groups.findIndex((group) => group.key === link.groupKey);
    // A key that names no group separates nothing (scaleProblems refuses to lock such a scale).
    if (g < 0) return null;
    const code = layout.groups[g]!.code;
    const points = (u: UnitScore) => u.final.groups[g]!;
    return {
      compare: (a, b) => points(a).cmp(points(b)),
      above: (a, b) => `xếp trên nhờ điểm nhóm ${code} cao hơn (${formatPoints(points(a))} so với ${formatPoints(points(b))})`,
      below: (a, b) => `xếp dưới vì điểm nhóm ${code} thấp hơn (${formatPoints(points(a))} so với ${formatPoints(points(b))})`,
    };
  }
  return null;
}

/** The links before the re-vote: a re-vote (or the end of the chain) separates nobody. */
function separators(layout: Layout): Separator[] {
  const links = layout.def.tieBreaks;
  const end = links.findIndex((l) => l.type === 'revote');
  return (end < 0 ? links : links.slice(0, end)).flatMap((l) => separatorOf(l, layout) ?? []);
}

/** Splits `units` (sorted so that equal ones are adjacent) into runs of equal ones. */
function runs(units: UnitScore[], equal: (a: UnitScore, b: UnitScore) => boolean): UnitScore[][] {
  const out: UnitScore[][] = [];
  for (const u of units) {
    const last = out.at(-1);
    if (last && equal(last[0]!, u)) last.push(u);
    else out.push([u]);
  }
  return out;
}

/** Equal totals, in order, as sets the chain could not separate. */
function resolve(tied: UnitScore[], chain: Separator[], from = 0): UnitScore[][] {
  const link = chain[from];
  if (tied.length === 1 || link === undefined) return [tied];
  const sorted = [...tied].sort((a, b) => link.compare(b, a));
  return runs(sorted, (a, b) => link.compare(a, b) === 0).flatMap((run) => resolve(run, chain, from + 1));
}

/** The words for `unit` among the others of its total: above or below each, and with whom it re-votes. */
function note(unit: UnitScore, others: UnitScore[], chain: Separator[]): string | null {
  if (others.length === 0) return null;
  const clauses = new Map<string, string[]>();
  const revote: string[] = [];
  for (const other of others) {
    const link = chain.find((s) => s.compare(unit, other) !== 0);
    if (!link) {
      revote.push(other.member.unitName);
      continue;
    }
    const clause = link.compare(unit, other) > 0 ? link.above(unit, other) : link.below(unit, other);
    clauses.set(clause, [...(clauses.get(clause) ?? []), other.member.unitName]);
  }
  const parts = [...clauses].map(([clause, names]) => `Bằng điểm ${names.join(', ')}; ${clause}`);
  if (revote.length > 0) parts.push(`Bằng điểm và không tách được theo thứ tự ưu tiên với ${revote.join(', ')}: Khối bỏ phiếu lại`);
  return parts.join('. ');
}

const byName = (a: UnitScore, b: UnitScore) => compareVietnamese(a.member.unitName, b.member.unitName);

/** Ranks the units in the running (competition ranking: 1, 2, 2, 4), best first. */
export function placeUnits(layout: Layout, running: UnitScore[]): Placed[] {
  const chain = separators(layout);
  const byTotal = [...running].sort((a, b) => b.final.total.cmp(a.final.total) || byName(a, b));
  const placed: Placed[] = [];
  for (const equalTotals of runs(byTotal, (a, b) => a.final.total.eq(b.final.total))) {
    const ordered = resolve(equalTotals, chain).map((set) => [...set].sort(byName));
    const sequence = ordered.flat();
    // A tie means something only between units scored in full: one still missing figures shares its
    // rank for now, and is neither explained nor sent to a re-vote.
    const complete = (u: UnitScore) => u.missing === 0;
    for (const set of ordered) {
      const rank = placed.length + 1;
      for (const unit of set) {
        const others = complete(unit) ? sequence.filter((u) => u !== unit && complete(u)) : [];
        const revoteWith = complete(unit) ? set.filter((u) => u !== unit && complete(u)).map((u) => u.member.unitId) : [];
        placed.push({ unit, rank, revoteWith, tieBreakNote: note(unit, others, chain) });
      }
    }
  }
  return placed;
}
