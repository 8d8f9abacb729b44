// The threshold decides at its exact edges (no rounding), on all members or those present; elected by
// votes then rank within the seats; a tie at the last seat goes to a re-vote.
import { describe, expect, it } from 'vitest';
import { computeResult, percentOf, type Counted, type RoundRule } from '../../../main/votes/index.js';

const rule = (over: Partial<RoundRule> = {}): RoundRule => ({ base: 'members', comparison: 'gt', threshold: '50%', baseCount: 10, seats: 1, ...over });
const unit = (unitId: number, votes: number, rank: number | null = unitId): Counted => ({ unitId, unitName: `Đơn vị ${unitId}`, rank, votes });
const one = (votes: number, over: Partial<RoundRule>) => computeResult([unit(1, votes)], rule(over)).candidates[0]!;

describe('the threshold', () => {
  it('exactly 50% fails "over 50%" and passes "50% or more"', () => {
    expect(one(5, { comparison: 'gt' })).toMatchObject({ percent: '50,00%', passed: false, arithmetic: '5/10 = 50,00% ≤ 50%' });
    expect(one(5, { comparison: 'gte' })).toMatchObject({ passed: true, arithmetic: '5/10 = 50,00% ≥ 50%' });
    expect(one(6, { comparison: 'gt' })).toMatchObject({ passed: true, arithmetic: '6/10 = 60,00% > 50%' });
    expect(one(4, { comparison: 'gte' })).toMatchObject({ passed: false, arithmetic: '4/10 = 40,00% < 50%' });
  });

  it('2/3 of 10 needs 7 (6,67 is not enough); 20 of 30 is exactly 2/3', () => {
    expect(one(6, { threshold: '2/3', comparison: 'gte' })).toMatchObject({ percent: '60,00%', passed: false });
    expect(one(7, { threshold: '2/3', comparison: 'gte' })).toMatchObject({ percent: '70,00%', passed: true, arithmetic: '7/10 = 70,00% ≥ 2/3' });
    expect(one(20, { threshold: '2/3', comparison: 'gte', baseCount: 30 })).toMatchObject({ percent: '66,67%', passed: true });
    expect(one(20, { threshold: '2/3', comparison: 'gt', baseCount: 30 })).toMatchObject({ passed: false, arithmetic: '20/30 = 66,67% ≤ 2/3' });
    // Written as a rounded percentage, the same share falls just short: 66,67% of 30 is 20,001.
    expect(one(20, { threshold: '66,67%', comparison: 'gte', baseCount: 30 })).toMatchObject({ passed: false });
  });

  it('70% of 11 needs 8: 7/11 is 63,64% (half-up), 8/11 is 72,73%', () => {
    expect(one(7, { threshold: '70%', comparison: 'gte', baseCount: 11 })).toMatchObject({ percent: '63,64%', passed: false, arithmetic: '7/11 = 63,64% < 70%' });
    expect(one(8, { threshold: '70%', comparison: 'gte', baseCount: 11 })).toMatchObject({ percent: '72,73%', passed: true });
    expect(percentOf(2, 3)).toBe('66,67%');
    expect(percentOf(1, 8)).toBe('12,50%');
    expect(percentOf(1, 200)).toBe('0,50%');
  });

  it('is taken on all members or on those present, and says so', () => {
    const members = computeResult([unit(1, 5)], rule({ baseCount: 10 }));
    expect(members).toMatchObject({ base: 10, baseLabel: 'tổng số 10 đơn vị thành viên', ruleText: 'đạt tỷ lệ trên 50% tính trên tổng số 10 đơn vị thành viên' });
    expect(members.candidates[0]!.passed).toBe(false);
    const present = computeResult([unit(1, 5)], rule({ base: 'present', baseCount: 9, comparison: 'gte', threshold: '2/3' }));
    expect(present).toMatchObject({ base: 9, ruleText: 'đạt tỷ lệ từ 2/3 trở lên tính trên tổng số 9 đơn vị có mặt' });
    expect(present.candidates[0]).toMatchObject({ arithmetic: '5/9 = 55,56% < 2/3', passed: false });
    expect(one(6, { base: 'present', baseCount: 9, comparison: 'gte', threshold: '2/3' }).passed).toBe(true);
  });
});

describe('the elected', () => {
  it('are those over the threshold, by votes then rank, within the seats', () => {
    const result = computeResult([unit(1, 6), unit(2, 9), unit(3, 8), unit(4, 8), unit(5, 4)], rule({ seats: 3 }));
    expect(result.candidates.map((c) => [c.unitId, c.elected])).toEqual([[2, true], [3, true], [4, true], [1, false], [5, false]]);
    expect(result.reVoteSeats).toBe(0);
  });

  it('leave seats empty when too few pass', () => {
    const result = computeResult([unit(1, 9), unit(2, 5), unit(3, 2)], rule({ seats: 3 }));
    expect(result.candidates.filter((c) => c.elected).map((c) => c.unitId)).toEqual([1]);
    expect(result.reVoteSeats).toBe(0);
  });

  it('equal votes at the last seat are decided by rank', () => {
    const result = computeResult([unit(1, 9), unit(3, 7), unit(2, 7)], rule({ seats: 2 }));
    expect(result.candidates.map((c) => [c.unitId, c.elected, c.tied])).toEqual([[1, true, false], [2, true, false], [3, false, false]]);
  });

  it('equal votes and equal rank at the last seat go to a re-vote for the seats left', () => {
    const result = computeResult([unit(1, 9, 1), unit(2, 7, 2), unit(3, 7, 2), unit(4, 3, 4)], rule({ seats: 2 }));
    expect(result.candidates.map((c) => [c.unitId, c.elected, c.tied])).toEqual([[1, true, false], [2, false, true], [3, false, true], [4, false, false]]);
    expect(result.reVoteSeats).toBe(1);
    // Both unranked counts as equal rank too.
    expect(computeResult([unit(1, 7, null), unit(2, 7, null)], rule()).reVoteSeats).toBe(1);
  });

  it('a tie inside the seats is no tie: both are elected', () => {
    const result = computeResult([unit(1, 9, 1), unit(2, 7, 2), unit(3, 7, 2), unit(4, 6, 4)], rule({ seats: 3 }));
    expect(result.candidates.filter((c) => c.elected).map((c) => c.unitId)).toEqual([1, 2, 3]);
    expect(result.reVoteSeats).toBe(0);
  });

  it('a tie of units that did not pass is no tie either', () => {
    const result = computeResult([unit(1, 9, 1), unit(2, 4, 2), unit(3, 4, 2)], rule({ seats: 2 }));
    expect(result.candidates.some((c) => c.tied)).toBe(false);
    expect(result.reVoteSeats).toBe(0);
  });
});
