// A count on the members present rests on the conference's check-in: once an entry is in, the check-in
// stays as it was, so the percentages read out at the conference cannot shift afterwards.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWARDS } from '../../../../main/votes/index.js';
import { openTestServices, openVotingYear, votesOf, type TestServices } from '../../../support/services.js';

let s: TestServices;
let yearId: number;
let unit: (name: string) => number;

beforeEach(async () => {
  s = await openTestServices();
  ({ yearId, unit } = await openVotingYear(s));
});
afterEach(() => s.close());

async function conferenceWithEveryonePresent() {
  const members = await s.ok('units.list', { yearId });
  const meeting = (await s.ok('meetings.list', { yearId })).find((m) => m.kind === 'yearEndReview')!;
  const present = members.map((m) => ({ unitId: m.unitId, status: 'present' as const, representedBy: '' }));
  await s.ok('meetings.setAttendance', { meetingId: meeting.id, attendance: present });
  return { meetingId: meeting.id, present };
}

describe('the check-in under a count', () => {
  it('is refused once a count on the members present has an entry, and free when the base is all members', async () => {
    const { meetingId, present } = await conferenceWithEveryonePresent();
    const rules = { meetingId, comparison: 'gt' as const, threshold: '50%', ballotStyle: 'mark' as const, ballotsPerPage: 1 as const, tellers: [] };
    await s.ok('votes.saveRules', { yearId, ...rules, base: 'present' });
    const saved = await s.ok('votes.saveAwards', { yearId, awards: [{ ...DEFAULT_AWARDS[0]! }] });
    const round = (await s.ok('votes.proposeCandidates', { awardId: saved.awards[0]!.id })).awards[0]!.rounds[0]!;
    const votes = Object.fromEntries(round.candidates.filter((c) => c.included).map((c, i) => [c.unitId, i === 0 ? 8 : 1]));
    await s.ok('votes.enterTally', { roundId: round.id, entry: 1, ...votesOf({ issued: 10, returned: 10, valid: 10, invalid: 0, votes }) });

    const fewer = present.filter((p) => p.unitId !== unit('Sở Y tế'));
    const refused = await s.call('meetings.setAttendance', { meetingId, attendance: fewer });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(refused.ok === false && refused.message).toContain('tính tỷ lệ trên số đơn vị có mặt');
    expect((await s.ok('votes.yearEnd', { yearId })).present).toBe(10);

    await s.opened.db.deleteFrom('tallies').execute();
    await s.ok('votes.saveRules', { yearId, ...rules, base: 'members' });
    await s.ok('votes.enterTally', { roundId: round.id, entry: 1, ...votesOf({ issued: 10, returned: 10, valid: 10, invalid: 0, votes }) });
    expect((await s.ok('meetings.setAttendance', { meetingId, attendance: fewer })).attendance).toHaveLength(9);
  });
});
