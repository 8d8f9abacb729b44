// Candidates, the two entries of a count, the result and the re-vote, through the real services on the
// demo's 2022 (10 units scored).
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWARDS } from '../../../../main/votes/index.js';
import { countRound, openTestServices, openVotingYear, votesOf, type TestServices } from '../../../support/services.js';

let s: TestServices;
let yearId: number;
let unit: (name: string) => number;

beforeEach(async () => {
  s = await openTestServices();
  ({ yearId, unit } = await openVotingYear(s));
});
afterEach(() => s.close());

const SGD = 'Sở Giáo dục và Đào tạo';
const BDT = 'Ban Dân tộc';
const BHXH = 'Bảo hiểm xã hội tỉnh Bắc Kạn';
const SYT = 'Sở Y tế';
const SVH = 'Sở Văn hóa, Thể thao và Du lịch';
const SLD = 'Sở Lao động - Thương binh và Xã hội';

/** Only the certificates (quota 3, 6 candidates), its first round opened with the ranking's proposal. */
async function certificateRound() {
  const saved = await s.ok('votes.saveAwards', { yearId, awards: [{ ...DEFAULT_AWARDS[1]! }] });
  const yearEnd = await s.ok('votes.proposeCandidates', { awardId: saved.awards[0]!.id });
  return yearEnd.awards[0]!.rounds[0]!;
}

const ballots = { issued: 10, returned: 10, valid: 10, invalid: 0 };
const tallyCount = async () => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM tallies`.execute(s.opened.db)).rows[0]!.n);

describe('the year end before anything is saved', () => {
  it('reads the default rules at the year-end conference, with the members present there', async () => {
    const yearEnd = await s.ok('votes.yearEnd', { yearId });
    const meeting = (await s.ok('meetings.list', { yearId })).find((m) => m.kind === 'yearEndReview');
    expect(yearEnd).toMatchObject({
      rules: { meetingId: meeting?.id ?? null, base: 'members', comparison: 'gt', threshold: '50%', ballotStyle: 'mark', ballotsPerPage: 1, tellers: [] },
      members: 10,
      awards: [],
      succession: { nextHeadUnitId: null, nextDeputyUnitId: null, source: null },
      closingReason: '',
    });
    expect(yearEnd.present).toBe(meeting && meeting.attendance.length > 0 ? meeting.attendance.filter((a) => a.status !== 'absent').length : null);
  });
});

describe('candidates', () => {
  it('are proposed from the ranking: every member listed, the first eligible ones on the ballot', async () => {
    const round = await certificateRound();
    expect(round).toMatchObject({ number: 1, seats: 3, status: 'candidates', entries: [], result: null });
    expect(round.candidates).toHaveLength(10);
    expect(round.candidates.filter((c) => c.included).map((c) => c.unitName)).toEqual([SGD, BDT, BHXH, SYT, SVH, SLD]);
    expect(round.candidates[0]).toMatchObject({ rank: 1, total: '102', classification: 'Hoàn thành xuất sắc nhiệm vụ', proposed: true });
  });

  it('leave out those elected for an earlier award once it is counted', async () => {
    const saved = await s.ok('votes.saveAwards', { yearId, awards: DEFAULT_AWARDS.map((a) => ({ ...a })) });
    const [flag, certificate] = saved.awards.map((a) => a.id) as [number, number];
    const flagRound = (await s.ok('votes.proposeCandidates', { awardId: flag })).awards[0]!.rounds[0]!;
    await countRound(s, flagRound.id, { ...ballots, votes: { [unit(SGD)]: 8, [unit(BDT)]: 2, [unit(BHXH)]: 0 } });
    const round = (await s.ok('votes.proposeCandidates', { awardId: certificate })).awards[1]!.rounds[0]!;
    expect(round.candidates.find((c) => c.unitId === unit(SGD))).toMatchObject({
      proposed: false,
      included: false,
      ineligible: 'Đã được bầu đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh',
    });
    expect(round.candidates.filter((c) => c.included).map((c) => c.unitName)).toEqual([BDT, BHXH, SYT, SVH, SLD, 'Sở Thông tin và Truyền thông']);
  });

  it('change from the proposal only with a reason, and never to an ineligible unit', async () => {
    const saved = await s.ok('votes.saveAwards', { yearId, awards: [{ ...DEFAULT_AWARDS[1]!, minBand: 'Hoàn thành xuất sắc nhiệm vụ' }] });
    const round = (await s.ok('votes.proposeCandidates', { awardId: saved.awards[0]!.id })).awards[0]!.rounds[0]!;
    expect(round.candidates.filter((c) => c.included).map((c) => c.unitName)).toEqual([SGD, BDT, BHXH, SYT]);

    const dropped = await s.call('votes.setCandidates', { roundId: round.id, candidates: [{ unitId: unit(SYT), included: false }] });
    expect(dropped).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { candidates: 'Ghi lý do không đưa Sở Y tế vào danh sách bầu (đơn vị có trong danh sách đề xuất theo kết quả xếp hạng).' },
    });
    const ineligible = await s.call('votes.setCandidates', { roundId: round.id, candidates: [{ unitId: unit(SVH), included: true, reason: 'Khối đề nghị' }] });
    expect(ineligible).toMatchObject({
      ok: false,
      fieldErrors: {
        candidates: 'Sở Văn hóa, Thể thao và Du lịch không đủ điều kiện đưa vào danh sách bầu: Xếp loại “Hoàn thành tốt nhiệm vụ”, chưa đạt mức “Hoàn thành xuất sắc nhiệm vụ”.',
      },
    });
    const unchanged = (await s.ok('votes.yearEnd', { yearId })).awards[0]!.rounds[0]!;
    expect(unchanged.candidates).toEqual(round.candidates);

    const after = await s.ok('votes.setCandidates', {
      roundId: round.id,
      candidates: [{ unitId: unit(SYT), included: false, reason: 'Đơn vị xin rút khỏi danh sách.' }],
    });
    expect(after.awards[0]!.rounds[0]!.candidates.find((c) => c.unitId === unit(SYT))).toMatchObject({
      proposed: true,
      included: false,
      reason: 'Đơn vị xin rút khỏi danh sách.',
    });
  });
});

describe('counting', () => {
  it('refuses every broken rule, naming the figures, and writes nothing', async () => {
    const round = await certificateRound();
    const votes = { [unit(SGD)]: 9, [unit(BDT)]: 8, [unit(BHXH)]: 7, [unit(SYT)]: 3, [unit(SVH)]: 2, [unit(SLD)]: 1 };
    const refused = async (count: Parameters<typeof votesOf>[0], message: string) => {
      const result = await s.call('votes.enterTally', { roundId: round.id, entry: 1, ...votesOf(count) });
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect(result.ok ? '' : result.message).toContain(message);
    };
    await refused({ ...ballots, issued: 11, votes }, 'Số phiếu phát ra (11) không được nhiều hơn số đơn vị thành viên (10).');
    await refused({ ...ballots, issued: 9, votes }, 'Số phiếu thu vào (10) không được nhiều hơn số phiếu phát ra (9).');
    await refused({ ...ballots, valid: 8, invalid: 1, votes: { ...votes, [unit(SGD)]: 8 } }, 'Số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu vào (10).');
    await refused({ ...ballots, valid: 8, invalid: 2, votes }, 'Số phiếu đồng ý của Sở Giáo dục và Đào tạo (9) không được nhiều hơn số phiếu hợp lệ (8).');
    // Three seats: 10 valid ballots hold at most 30 marks.
    await refused({ ...ballots, votes: { ...votes, [unit(SYT)]: 6 } }, 'Tổng số phiếu đồng ý (33) không được nhiều hơn số phiếu hợp lệ nhân số đơn vị được bầu (10 × 3 = 30)');
    await refused({ ...ballots, votes: { ...votes, [unit('Trường Cao đẳng Bắc Kạn')]: 0 } }, 'Trường Cao đẳng Bắc Kạn không có tên trên phiếu bầu của vòng này.');
    const { [unit(SLD)]: _left, ...missing } = votes;
    await refused({ ...ballots, votes: missing }, 'Chưa nhập số phiếu đồng ý của Sở Lao động - Thương binh và Xã hội.');
    expect(await tallyCount()).toBe(0);
    expect((await s.ok('votes.yearEnd', { yearId })).awards[0]!.rounds[0]!.status).toBe('candidates');
  });

  it('counts only when the two entries agree: a second entry that differs shows the cells', async () => {
    const round = await certificateRound();
    const votes = { [unit(SGD)]: 9, [unit(BDT)]: 8, [unit(BHXH)]: 7, [unit(SYT)]: 3, [unit(SVH)]: 2, [unit(SLD)]: 1 };
    const first = await s.ok('votes.enterTally', { roundId: round.id, entry: 1, enteredBy: 'Lương Văn S', ...votesOf({ ...ballots, votes }) });
    expect(first.awards[0]!.rounds[0]).toMatchObject({ status: 'counting', differences: [], result: null });

    const wrong = { ...ballots, valid: 9, invalid: 1, votes: { ...votes, [unit(SGD)]: 8, [unit(BHXH)]: 5 } };
    const differing = await s.ok('votes.enterTally', { roundId: round.id, entry: 2, enteredBy: 'Hà Văn U', ...votesOf(wrong) });
    const r = differing.awards[0]!.rounds[0]!;
    expect(r).toMatchObject({ status: 'counting', result: null });
    expect(r.differences).toEqual([
      { cell: 'valid', label: 'Số phiếu hợp lệ', first: 10, second: 9 },
      { cell: 'invalid', label: 'Số phiếu không hợp lệ', first: 0, second: 1 },
      { cell: `unit:${unit(SGD)}`, label: 'Số phiếu đồng ý: Sở Giáo dục và Đào tạo', first: 9, second: 8 },
      { cell: `unit:${unit(BHXH)}`, label: 'Số phiếu đồng ý: Bảo hiểm xã hội tỉnh Bắc Kạn', first: 7, second: 5 },
    ]);
    expect(differing.awards[0]!.elected).toEqual([]);

    const agreed = await s.ok('votes.enterTally', { roundId: round.id, entry: 2, enteredBy: 'Hà Văn U', ...votesOf({ ...ballots, votes }) });
    const counted = agreed.awards[0]!.rounds[0]!;
    expect(counted).toMatchObject({ status: 'counted', differences: [] });
    expect(counted.entries.map((e) => e.enteredBy)).toEqual(['Lương Văn S', 'Hà Văn U']);
    expect(counted.result).toMatchObject({ base: 10, ruleText: 'đạt tỷ lệ trên 50% tính trên tổng số 10 đơn vị thành viên', reVoteSeats: 0 });
    expect(counted.result!.candidates[2]).toMatchObject({ unitName: BHXH, votes: 7, percent: '70,00%', arithmetic: '7/10 = 70,00% > 50%', elected: true });
    expect(agreed.awards[0]!.elected.map((e) => e.unitName)).toEqual([SGD, BDT, BHXH]);
    expect(agreed.awards[0]!.decided).toBe(true);

    // Counted is final: neither the figures nor the list change any more.
    expect(await s.call('votes.enterTally', { roundId: round.id, entry: 1, ...votesOf({ ...ballots, votes }) })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await s.call('votes.setCandidates', { roundId: round.id, candidates: [] })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('decides equal votes at the last seat by rank', async () => {
    const round = await certificateRound();
    // Bảo hiểm xã hội is 3rd and Sở Y tế 4th on the same total, separated by group I.
    const yearEnd = await countRound(s, round.id, {
      ...ballots,
      votes: { [unit(SGD)]: 9, [unit(BDT)]: 8, [unit(BHXH)]: 6, [unit(SYT)]: 6, [unit(SVH)]: 1, [unit(SLD)]: 0 },
    });
    const result = yearEnd.awards[0]!.rounds[0]!.result!;
    expect(result.candidates.slice(2, 4).map((c) => [c.unitName, c.rank, c.elected, c.tied])).toEqual([
      [BHXH, 3, true, false],
      [SYT, 4, false, false],
    ]);
    expect(result.reVoteSeats).toBe(0);
  });

  it('opens a re-vote for units level on votes and rank, keeping the first round on record', async () => {
    await tieSytWithBhxh();
    const round = await certificateRound();
    expect(round.candidates.filter((c) => c.rank === 3).map((c) => c.unitName)).toEqual([BHXH, SYT]);
    const counted = await countRound(s, round.id, {
      ...ballots,
      votes: { [unit(SGD)]: 9, [unit(BDT)]: 8, [unit(BHXH)]: 6, [unit(SYT)]: 6, [unit(SVH)]: 1, [unit(SLD)]: 0 },
    });
    const first = counted.awards[0]!.rounds[0]!.result!;
    expect(first.reVoteSeats).toBe(1);
    expect(first.candidates.filter((c) => c.tied).map((c) => c.unitName)).toEqual([BHXH, SYT]);
    expect(counted.awards[0]).toMatchObject({ decided: false });
    expect(counted.awards[0]!.elected.map((e) => e.unitName)).toEqual([SGD, BDT]);

    const reVote = await s.ok('votes.openReVote', { roundId: round.id });
    const second = reVote.awards[0]!.rounds[1]!;
    expect(second).toMatchObject({ number: 2, seats: 1, status: 'candidates' });
    expect(second.candidates.map((c) => [c.unitName, c.included])).toEqual([[BHXH, true], [SYT, true]]);
    expect(await s.call('votes.openReVote', { roundId: round.id })).toMatchObject({ ok: false, code: 'CONFLICT' });

    const done = await countRound(s, second.id, { ...ballots, votes: { [unit(BHXH)]: 4, [unit(SYT)]: 6 } });
    const award = done.awards[0]!;
    expect(award.rounds).toHaveLength(2);
    expect(award.rounds[0]!.result).toEqual(first);
    expect(award.rounds[1]!.result!.candidates.map((c) => [c.unitName, c.elected, c.arithmetic])).toEqual([
      [SYT, true, '6/10 = 60,00% > 50%'],
      [BHXH, false, '4/10 = 40,00% ≤ 50%'],
    ]);
    expect(award.elected.map((e) => [e.unitName, e.roundNumber])).toEqual([[SGD, 1], [BDT, 1], [SYT, 2]]);
    expect(award.decided).toBe(true);
  });

  it('refuses to count on the members present while the conference has no check-in', async () => {
    const meetings = await s.ok('meetings.list', { yearId });
    const meeting = meetings.find((m) => m.kind === 'yearEndReview') ?? (await s.ok('meetings.create', { yearId, kind: 'yearEndReview', name: 'Hội nghị tổng kết năm 2022' }));
    await s.ok('meetings.setAttendance', { meetingId: meeting.id, attendance: [] });
    const rules = (await s.ok('votes.yearEnd', { yearId })).rules;
    await s.ok('votes.saveRules', { yearId, ...rules, meetingId: meeting.id, base: 'present' });
    const round = await certificateRound();
    const result = await s.call('votes.enterTally', { roundId: round.id, entry: 1, ...votesOf({ ...ballots, votes: {} }) });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: 'Chưa có điểm danh đơn vị có mặt tại hội nghị tổng kết: chưa tính được tỷ lệ trên số đơn vị có mặt.' });

    // Nine checked in: the base is 9, and 6 of 9 is exactly 2/3.
    const units = await s.ok('units.list', { yearId });
    await s.ok('meetings.setAttendance', {
      meetingId: meeting.id,
      attendance: units.map((u, i) => ({ unitId: u.unitId, status: i === 0 ? 'absent' : 'present', representedBy: '' })),
    });
    await s.ok('votes.saveRules', { yearId, ...rules, meetingId: meeting.id, base: 'present', comparison: 'gte', threshold: '2/3' });
    const counted = await countRound(s, round.id, {
      issued: 9,
      returned: 9,
      valid: 9,
      invalid: 0,
      votes: { [unit(SGD)]: 9, [unit(BDT)]: 6, [unit(BHXH)]: 5, [unit(SYT)]: 4, [unit(SVH)]: 2, [unit(SLD)]: 1 },
    });
    expect(counted.present).toBe(9);
    const result2 = counted.awards[0]!.rounds[0]!.result!;
    expect(result2.ruleText).toBe('đạt tỷ lệ từ 2/3 trở lên tính trên tổng số 9 đơn vị có mặt');
    expect(result2.candidates.map((c) => [c.unitName, c.passed])).toEqual([[SGD, true], [BDT, true], [BHXH, false], [SYT, false], [SVH, false], [SLD, false]]);
    // The rules that decided a counted round stay as they were.
    expect(await s.call('votes.saveRules', { yearId, ...rules, meetingId: meeting.id, base: 'members' })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

/** Gives Sở Y tế exactly Bảo hiểm xã hội's figures: the same total, group I and bonus count, so the chain cannot separate them. */
async function tieSytWithBhxh() {
  const scores = await s.ok('scoring.scores', { yearId });
  const of = (name: string) => new Map(scores.filter((e) => e.unitId === unit(name)).map((e) => [e.itemKey, e]));
  const bhxh = of(BHXH);
  const keys = new Set([...bhxh.keys(), ...of(SYT).keys()]);
  const changes = [...keys].map((itemKey) => ({ unitId: unit(SYT), itemKey, self: bhxh.get(itemKey)?.self ?? '', bloc: bhxh.get(itemKey)?.bloc ?? '', reason: '' }));
  const ranking = await s.ok('scoring.setScores', { yearId, changes });
  const syt = ranking.standings.find((x) => x.unitId === unit(SYT))!;
  expect(syt).toMatchObject({ rank: 3, revoteWith: [unit(BHXH)] });
}


describe('awards', () => {
  it('take only a band the scale has, and keep their quota and their place once counting began', async () => {
    const unknownBand = await s.call('votes.saveAwards', { yearId, awards: [{ ...DEFAULT_AWARDS[0]!, minBand: 'Xuất sắc' }] });
    expect(unknownBand).toMatchObject({ ok: false, fieldErrors: { minBand: 'Thang điểm năm 2022 không có mức xếp loại “Xuất sắc”.' } });

    const round = await certificateRound();
    const [award] = (await s.ok('votes.yearEnd', { yearId })).awards;
    // Before counting, a new quota is the first round's seats.
    expect((await s.ok('votes.saveAwards', { yearId, awards: [{ ...award!, quota: 4 }] })).awards[0]!.rounds[0]!.seats).toBe(4);
    await s.ok('votes.enterTally', { roundId: round.id, entry: 1, ...votesOf({ ...ballots, votes: { [unit(SGD)]: 9, [unit(BDT)]: 8, [unit(BHXH)]: 7, [unit(SYT)]: 3, [unit(SVH)]: 2, [unit(SLD)]: 1 } }) });
    expect(await s.call('votes.saveAwards', { yearId, awards: [{ ...award!, quota: 3 }] })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fieldErrors: { quota: 'Không đổi được số lượng đề nghị “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: đã nhập kết quả kiểm phiếu.' },
    });
    await s.ok('votes.enterTally', { roundId: round.id, entry: 2, ...votesOf({ ...ballots, votes: { [unit(SGD)]: 9, [unit(BDT)]: 8, [unit(BHXH)]: 7, [unit(SYT)]: 3, [unit(SVH)]: 2, [unit(SLD)]: 1 } }) });
    expect(await s.call('votes.saveAwards', { yearId, awards: [] })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: 'Không xóa được “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”: đã có vòng bầu kiểm phiếu xong.',
    });
    expect((await s.ok('votes.yearEnd', { yearId })).awards).toHaveLength(1);
  });
});
