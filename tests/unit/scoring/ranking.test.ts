import { describe, expect, it } from 'vitest';
import { standing } from '../../../main/contract/scoring.js';
import { computeStandings, type Member } from '../../../main/scoring/index.js';
import { entry, FULL, selfScores, standingOf, template, templateWith } from './helpers.js';

const YT = { unitId: 1, unitName: 'Sở Y tế' };
const VH = { unitId: 2, unitName: 'Sở Văn hóa, Thể thao và Du lịch' };
const GD = { unitId: 3, unitName: 'Sở Giáo dục và Đào tạo' };
const TP = { unitId: 4, unitName: 'Sở Tư pháp' };
const NV = { unitId: 5, unitName: 'Sở Nội vụ' };

const ranksOf = (members: Member[], entries: ReturnType<typeof selfScores>, def = template()) => {
  const standings = computeStandings(def, members, entries);
  return { standings, rank: (id: number) => standingOf(standings, id).rank, card: (id: number) => standingOf(standings, id) };
};

describe('rank by total', () => {
  it('ranks the higher total first, whatever the order of the members', () => {
    const { standings } = ranksOf([YT, VH, GD], [...selfScores(1, { 'c1-1': '20' }), ...selfScores(2), ...selfScores(3, { 'c1-1': '25' })]);
    expect(standings.map((s) => [s.unitId, s.total, s.rank])).toEqual([
      [2, '100', 1],
      [3, '95', 2],
      [1, '90', 3],
    ]);
    expect(standings.every((s) => s.tieBreakNote === null && s.revoteWith.length === 0)).toBe(true);
  });
});

describe('equal totals and the tie-break chain', () => {
  it('group I decides: the higher points of group I go above', () => {
    // Both 90: Sở Y tế 55 + 20 + 15, Sở Văn hóa 52.5 + 20 + 17.5.
    const { standings, card } = ranksOf(
      [VH, YT],
      [...selfScores(1, { 'c1-1': '25', 'c3-1': '0' }), ...selfScores(2, { 'c1-1': '22.5', 'c3-1': '2.5' })],
    );
    expect(standings.map((s) => s.unitId)).toEqual([1, 2]);
    expect(card(1)).toMatchObject({ total: '90', rank: 1, revoteWith: [] });
    expect(card(2)).toMatchObject({ total: '90', rank: 2, revoteWith: [] });
    expect(card(1).tieBreakNote).toBe('Bằng điểm Sở Văn hóa, Thể thao và Du lịch; xếp trên nhờ điểm nhóm I cao hơn (55 so với 52,5)');
    expect(card(2).tieBreakNote).toBe('Bằng điểm Sở Y tế; xếp dưới vì điểm nhóm I thấp hơn (52,5 so với 55)');
  });

  it('group I equal: more bonus items go above', () => {
    // Both 95 + 5: Sở Y tế one item of 5, Sở Văn hóa two items (3 + 2).
    const { card } = ranksOf(
      [YT, VH],
      [...selfScores(1, { 'c2-1': '0', b1: '1' }), ...selfScores(2, { 'c2-1': '0', b3: '1', b5: '1' })],
    );
    expect(card(1).total).toBe('100');
    expect(card(2).total).toBe('100');
    expect(card(2).rank).toBe(1);
    expect(card(1).rank).toBe(2);
    expect(card(2).tieBreakNote).toBe('Bằng điểm Sở Y tế; xếp trên nhờ có nhiều mục điểm thưởng hơn (2 so với 1)');
    expect(card(1).tieBreakNote).toBe('Bằng điểm Sở Văn hóa, Thể thao và Du lịch; xếp dưới vì có ít mục điểm thưởng hơn (1 so với 2)');
  });

  it('all equal: a shared rank, the next rank skipped, and a re-vote', () => {
    const { standings, card } = ranksOf(
      [YT, VH, TP],
      [...selfScores(1, { 'c2-1': '0' }), ...selfScores(2, { 'c3-1': '0' }), ...selfScores(4, { 'c2-1': '1' })],
    );
    expect(card(4).rank).toBe(1);
    expect(card(1).rank).toBe(2);
    expect(card(2).rank).toBe(2);
    expect(card(1).revoteWith).toEqual([2]);
    expect(card(2).revoteWith).toEqual([1]);
    expect(card(1).tieBreakNote).toBe(
      'Bằng điểm và không tách được theo thứ tự ưu tiên với Sở Văn hóa, Thể thao và Du lịch: Khối bỏ phiếu lại',
    );
    // A shared rank lists by name (Vietnamese order: "Văn" before "Y").
    expect(standings.map((s) => s.unitId)).toEqual([4, 2, 1]);
  });

  it('units still missing figures share their rank for now, without a re-vote or a note', () => {
    const unscored = (id: number) => selfScores(id, Object.fromEntries(Object.keys(FULL).map((k) => [k, null])));
    const { card } = ranksOf([YT, VH, GD], [...unscored(1), ...unscored(2), ...selfScores(3)]);
    expect(card(3).rank).toBe(1);
    for (const id of [1, 2]) expect(card(id)).toMatchObject({ rank: 2, revoteWith: [], tieBreakNote: null, missing: 12 });
  });

  it('competition ranking after a shared rank: 1, 2, 2, 4', () => {
    // Sở Y tế above the other two on group I; those two cannot be separated; Sở Nội vụ last.
    const { standings, card } = ranksOf(
      [YT, VH, GD, NV],
      [
        ...selfScores(1, { 'c2-1': '0' }),
        ...selfScores(2, { 'c1-1': '25' }),
        ...selfScores(3, { 'c1-1': '25' }),
        ...selfScores(5, { 'c1-1': '10' }),
      ],
    );
    expect(standings.map((s) => [s.unitId, s.rank])).toEqual([
      [1, 1],
      [3, 2],
      [2, 2],
      [5, 4],
    ]);
    expect(card(1).tieBreakNote).toBe(
      'Bằng điểm Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch; xếp trên nhờ điểm nhóm I cao hơn (60 so với 55)',
    );
    expect(card(3).tieBreakNote).toBe(
      'Bằng điểm Sở Y tế; xếp dưới vì điểm nhóm I thấp hơn (55 so với 60). Bằng điểm và không tách được theo thứ tự ưu tiên với Sở Văn hóa, Thể thao và Du lịch: Khối bỏ phiếu lại',
    );
    expect(card(3).revoteWith).toEqual([2]);
    expect(card(5).tieBreakNote).toBeNull();
    // What the services answer through the contract: every field filled as its schema says.
    for (const s of standings) expect(standing.parse(s)).toEqual(s);
  });

  it('with no chain at all, equal totals go straight to a re-vote', () => {
    const def = templateWith((input) => {
      input.tieBreaks = [];
    });
    const { card } = ranksOf([YT, VH], [...selfScores(1, { 'c2-1': '0' }), ...selfScores(2, { 'c1-1': '25' })], def);
    expect(card(1).rank).toBe(1);
    expect(card(2).rank).toBe(1);
    expect(card(1).revoteWith).toEqual([2]);
  });

  it('a re-vote first in the chain stops it there', () => {
    const def = templateWith((input) => {
      input.tieBreaks = [{ type: 'revote' }];
    });
    const { card } = ranksOf([YT, VH], [...selfScores(1, { 'c2-1': '0' }), ...selfScores(2, { 'c1-1': '25' })], def);
    expect([card(1).rank, card(2).rank]).toEqual([1, 1]);
  });

  it('compares on final figures: the bloc’s figure can settle a tie', () => {
    const { card } = ranksOf(
      [YT, VH],
      [...selfScores(1, { 'c1-1': null, 'c2-1': '0' }), entry(1, 'c1-1', '30', '29', 'Thiếu minh chứng'), ...selfScores(2, { 'c1-1': '25', 'c2-1': '4' })],
    );
    expect(card(1).total).toBe('94');
    expect(card(2).total).toBe('94');
    expect(card(1).rank).toBe(1);
    expect(card(1).tieBreakNote).toContain('(59 so với 55)');
  });
});
