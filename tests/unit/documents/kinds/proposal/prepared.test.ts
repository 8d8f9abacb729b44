// The three year-end documents prepared by the services on the demo's 2022 counted as in Bắc Kạn 2022 (1
// flag, 3 certificates of 10 units): nothing left to fix once the tellers and the approval time are in,
// no Decree-30 breach, and the proposal lists the units the count elected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YearEnd } from '../../../../../main/contract/index.js';
import { openCountedYear, openTestServices, type TestServices } from '../../../../support/services.js';

let s: TestServices;
let yearId: number;
let yearEnd: YearEnd;

beforeAll(async () => {
  s = await openTestServices();
  ({ yearId, yearEnd } = await openCountedYear(s));
  yearEnd = await s.ok('votes.saveRules', {
    yearId,
    ...yearEnd.rules,
    tellers: [
      { name: 'Lương Văn S', position: 'Phó Giám đốc Sở Y tế', role: 'head' },
      { name: 'Hà Văn U', position: 'Chánh Văn phòng Ban Dân tộc', role: 'member' },
    ],
  });
}, 60_000);
afterAll(() => s?.close());

const texts = (model: { body: { kind: string; text?: unknown }[] }) =>
  model.body.flatMap((b) => (typeof b.text === 'string' ? [b.text] : []));

describe('the year-end documents on a counted year', () => {
  it('a ballot of each round: its candidates, a copy for each member present', async () => {
    for (const award of yearEnd.awards) {
      const round = award.rounds[0]!;
      const prepared = await s.ok('documents.prepare', { yearId, type: 'ballot', input: { roundId: round.id } });
      expect(prepared.problems).toEqual([]);
      expect(prepared.breaches).toEqual([]);
      expect(prepared.model.title).toBe('PHIẾU BẦU');
      expect(prepared.model.options.copies?.count).toBe(yearEnd.present ?? yearEnd.members);
      const rows = (prepared.model.body.find((b) => b.kind === 'table') as { rows: unknown[] }).rows;
      expect(rows).toHaveLength(round.candidates.filter((c) => c.included).length);
    }
  });

  it('the vote-count minutes, signed by the tellers, with every round’s figures', async () => {
    const prepared = await s.ok('documents.prepare', { yearId, type: 'voteCountMinutes', input: { approvedAt: '11:15' } });
    expect(prepared.problems).toEqual([]);
    expect(prepared.breaches).toEqual([]);
    expect(prepared.model.signatures).toMatchObject({ left: { name: 'Hà Văn U' }, right: { prefix: 'TM.', name: 'Lương Văn S' } });
    expect(texts(prepared.model)).toContain('Số phiếu phát ra: 10; Số phiếu thu vào: 10; Số phiếu hợp lệ: 9; Số phiếu không hợp lệ: 1.');
  });

  it('the award proposal, listing the units elected', async () => {
    const prepared = await s.ok('documents.prepare', { yearId, type: 'proposal', input: {} });
    expect(prepared.problems).toEqual([]);
    expect(prepared.breaches).toEqual([]);
    const listed = prepared.model.body.filter((b) => b.kind === 'bullet').map((b) => String((b as { text: unknown }).text).split(' (')[0]);
    expect(listed).toEqual(yearEnd.awards.flatMap((a) => a.elected.map((e) => e.unitName)));
    expect(listed).toHaveLength(4);
  });
});
