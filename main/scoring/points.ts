// The points a criterion earns from its figure (domain.md §3), exact and rounded half-up to two decimals.
import type Big from 'big.js';
import type { CriterionKind } from '../contract/scoring.js';
import { minBig, ratio2, round2, toBig, ZERO } from './decimal.js';

/** A criterion's kind with its figures already decimals, prepared once for all units. */
export type Rule =
  | { type: 'judgement' | 'passFail'; max: Big }
  | { type: 'count'; max: Big; each: Big }
  | { type: 'target'; max: Big; target: Big; twiceTarget: Big; half: Big };

const TWO = toBig(2);

export function ruleOf(kind: CriterionKind, max: number): Rule {
  const m = toBig(max);
  if (kind.type === 'count') return { type: 'count', max: m, each: toBig(kind.pointsEach) };
  if (kind.type === 'target') {
    const target = toBig(kind.target);
    return { type: 'target', max: m, target, twiceTarget: target.times(TWO), half: ratio2(m, TWO) };
  }
  return { type: kind.type, max: m };
}

/**
 * Points of a target criterion: below the target 0.5·max·a/t; at it 0.5·max; the best figure of the bloc
 * (when above the target) max; in between, interpolated from 0.5·max at the target to max at the best.
 * `best` is the highest figure any unit has on the criterion.
 */
function targetPoints(rule: Extract<Rule, { type: 'target' }>, actual: Big, best: Big): Big {
  const { max, target, twiceTarget } = rule;
  if (actual.lt(target)) return ratio2(max.times(actual), twiceTarget);
  if (actual.eq(target)) return rule.half;
  if (actual.gte(best)) return round2(max);
  // 0.5·max + 0.5·max·(a−t)/(best−t), as one fraction so that it is rounded once.
  return ratio2(max.times(actual.plus(best).minus(twiceTarget)), best.minus(target).times(TWO));
}

/** Points for one figure; none (null) earns nothing. */
export function criterionPoints(rule: Rule, figure: Big | null, best: Big | null): Big {
  if (figure === null) return ZERO;
  switch (rule.type) {
    case 'judgement':
    case 'passFail':
      // Already checked against 0..max when entered; the cap keeps a stale figure from inflating a total.
      return round2(minBig(figure, rule.max));
    case 'count':
      return round2(minBig(figure.times(rule.each), rule.max));
    case 'target':
      return targetPoints(rule, figure, best ?? figure);
  }
}
