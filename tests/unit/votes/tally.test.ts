// Each rule of a count refuses with the figures named; the second entry shows the cells that differ.
import { describe, expect, it } from 'vitest';
import { entryDifferences, tallyProblems, type TallyCounts, type TallyRound } from '../../../main/votes/index.js';

const names = new Map([
  [1, 'Sở Y tế'],
  [2, 'Ban Dân tộc'],
  [3, 'Sở Tư pháp'],
]);
const round: TallyRound = { members: 10, seats: 1, names, included: [1, 2] };
const good: TallyCounts = { issued: 10, returned: 10, valid: 9, invalid: 1, votes: [{ unitId: 1, votes: 6 }, { unitId: 2, votes: 3 }] };
const messages = (t: Partial<TallyCounts>, r: Partial<TallyRound> = {}) => tallyProblems({ ...good, ...t }, { ...round, ...r }).map((p) => p.message);

describe('the rules of a count', () => {
  it('accept a count that holds together', () => {
    expect(tallyProblems(good, round)).toEqual([]);
  });

  it('refuse more ballots than members, or returned than issued', () => {
    expect(messages({ issued: 11, returned: 10 })).toEqual(['Số phiếu phát ra (11) không được nhiều hơn số đơn vị thành viên (10).']);
    expect(messages({ issued: 9 })).toEqual(['Số phiếu thu vào (10) không được nhiều hơn số phiếu phát ra (9).']);
  });

  it('want valid and invalid to add up to the ballots returned', () => {
    expect(tallyProblems({ ...good, valid: 8, votes: [{ unitId: 1, votes: 5 }, { unitId: 2, votes: 3 }] }, round)).toEqual([
      { field: 'valid', message: 'Số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu vào (10).' },
    ]);
  });

  it('refuse a candidate with more votes than valid ballots', () => {
    expect(messages({ votes: [{ unitId: 1, votes: 10 }, { unitId: 2, votes: 0 }] }, { seats: 2 })).toEqual([
      'Số phiếu đồng ý của Sở Y tế (10) không được nhiều hơn số phiếu hợp lệ (9).',
    ]);
  });

  it('refuse more marks than a valid ballot may hold: such a ballot is invalid', () => {
    expect(messages({ votes: [{ unitId: 1, votes: 6 }, { unitId: 2, votes: 4 }] })).toEqual([
      'Tổng số phiếu đồng ý (10) không được nhiều hơn số phiếu hợp lệ nhân số đơn vị được bầu (9 × 1 = 9): phiếu bầu quá số lượng là phiếu không hợp lệ.',
    ]);
    expect(messages({ votes: [{ unitId: 1, votes: 9 }, { unitId: 2, votes: 9 }] }, { seats: 2 })).toEqual([]);
  });

  it('take votes only for the units on the ballot, each once, and every one of them', () => {
    expect(messages({ votes: [{ unitId: 1, votes: 6 }, { unitId: 2, votes: 3 }, { unitId: 3, votes: 0 }] })).toEqual([
      'Sở Tư pháp không có tên trên phiếu bầu của vòng này.',
    ]);
    expect(messages({ votes: [{ unitId: 1, votes: 6 }] })).toEqual(['Chưa nhập số phiếu đồng ý của Ban Dân tộc.']);
    expect(messages({ votes: [{ unitId: 1, votes: 3 }, { unitId: 1, votes: 3 }, { unitId: 2, votes: 3 }] }, { seats: 2 })).toEqual([
      'Số phiếu đồng ý của Sở Y tế được nhập hai lần.',
    ]);
  });
});

describe('two entries', () => {
  it('agree when every figure is the same', () => {
    expect(entryDifferences(good, { ...good, votes: [...good.votes].reverse() }, names)).toEqual([]);
  });

  it('list the cells that differ, as the form labels them', () => {
    const second = { ...good, valid: 8, invalid: 2, votes: [{ unitId: 1, votes: 5 }, { unitId: 2, votes: 3 }] };
    expect(entryDifferences(good, second, names)).toEqual([
      { cell: 'valid', label: 'Số phiếu hợp lệ', first: 9, second: 8 },
      { cell: 'invalid', label: 'Số phiếu không hợp lệ', first: 1, second: 2 },
      { cell: 'unit:1', label: 'Số phiếu đồng ý: Sở Y tế', first: 6, second: 5 },
    ]);
    expect(entryDifferences(good, { ...good, issued: 9 }, names)).toEqual([{ cell: 'issued', label: 'Số phiếu phát ra', first: 10, second: 9 }]);
  });
});
