// The result of a counted round (domain.md §4): each candidate's share of the base, decided by exact
// comparison with the year's threshold; elected = over the threshold, within the seats, by votes then
// rank. Units still level at the last seat (same votes, same rank) are not decided here: they go to a
// re-vote, which elects the seats left.
import type { CandidateResult, RoundResult, VoteRules } from '../contract/votes.js';
import { compareVietnamese } from '../common/vietnamese.js';
import { ratio2, toBig } from '../scoring/decimal.js';
import { parseThreshold, type Threshold } from './threshold.js';

export interface Counted {
  unitId: number;
  unitName: string;
  rank: number | null;
  votes: number;
}

export interface RoundRule extends Pick<VoteRules, 'base' | 'comparison' | 'threshold'> {
  /** Members of the bloc, or members present, as `base` says; above zero. */
  baseCount: number;
  seats: number;
}

/** "63,64%": votes over base, two decimals, half-up. */
export const percentOf = (votes: number, base: number): string => `${ratio2(toBig(votes * 100), toBig(base)).toFixed(2).replace('.', ',')}%`;

/** "tổng số 10 đơn vị thành viên" / "tổng số 9 đơn vị có mặt". */
export const baseLabelOf = (base: RoundRule['base'], count: number): string =>
  `tổng số ${count} đơn vị ${base === 'present' ? 'có mặt' : 'thành viên'}`;

/** "đạt tỷ lệ trên 50% tính trên …" / "đạt tỷ lệ từ 2/3 trở lên tính trên …". */
export function ruleTextOf(rule: Pick<RoundRule, 'base' | 'comparison' | 'baseCount'>, threshold: Threshold): string {
  const share = rule.comparison === 'gt' ? `trên ${threshold.label}` : `từ ${threshold.label} trở lên`;
  return `đạt tỷ lệ ${share} tính trên ${baseLabelOf(rule.base, rule.baseCount)}`;
}

/** votes/base against numerator/denominator without rounding: 6 of 9 is exactly 2/3. */
function passes(votes: number, base: number, t: Threshold, comparison: RoundRule['comparison']): boolean {
  const left = votes * t.denominator;
  const right = t.numerator * base;
  return comparison === 'gt' ? left > right : left >= right;
}

const sameRank = (a: Counted, b: Counted) => a.rank === b.rank;
const byVotesThenRank = (a: Counted, b: Counted) =>
  b.votes - a.votes || (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareVietnamese(a.unitName, b.unitName);

export function computeResult(candidates: readonly Counted[], rule: RoundRule): RoundResult {
  const threshold = parseThreshold(rule.threshold);
  if (!threshold) throw new Error(`Not a threshold: ${rule.threshold}`);
  if (rule.baseCount <= 0) throw new Error('The base of the percentages must be above zero');

  const ordered = [...candidates].sort(byVotesThenRank);
  const passed = ordered.filter((c) => passes(c.votes, rule.baseCount, threshold, rule.comparison));
  let elected = passed.slice(0, rule.seats);
  let tied: Counted[] = [];
  const edge = passed[rule.seats - 1];
  const next = passed[rule.seats];
  if (edge && next && edge.votes === next.votes && sameRank(edge, next)) {
    tied = passed.filter((c) => c.votes === edge.votes && sameRank(c, edge));
    elected = elected.filter((c) => !tied.includes(c));
  }

  const sign = (ok: boolean) => (rule.comparison === 'gt' ? (ok ? '>' : '≤') : ok ? '≥' : '<');
  const results: CandidateResult[] = ordered.map((c) => {
    const percent = percentOf(c.votes, rule.baseCount);
    const ok = passed.includes(c);
    return {
      unitId: c.unitId,
      unitName: c.unitName,
      rank: c.rank,
      votes: c.votes,
      percent,
      arithmetic: `${c.votes}/${rule.baseCount} = ${percent} ${sign(ok)} ${threshold.label}`,
      passed: ok,
      elected: elected.includes(c),
      tied: tied.includes(c),
    };
  });
  return {
    base: rule.baseCount,
    baseLabel: baseLabelOf(rule.base, rule.baseCount),
    ruleText: ruleTextOf(rule, threshold),
    candidates: results,
    reVoteSeats: tied.length > 0 ? rule.seats - elected.length : 0,
  };
}
