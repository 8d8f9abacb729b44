// A fake year end for the year-end documents, as the votes services answer it: Bắc Kạn 2022, 10 members,
// 9 present at the conference, one flag and three certificates. The flag is decided in one round; the
// certificates' first round leaves two units level at the last seat, and a re-vote between them decides it.
// Results are computed by the vote engine itself, so the fixture cannot drift from what it would say.
import type { Award, Candidate, Meeting, Pledge, Round, Tally, Teller, Year, YearEnd } from '../../main/contract/index.js';
import type { DocumentSources } from '../../main/documents/index.js';
import { formatPoints } from '../../main/scoring/decimal.js';
import { computeResult, defaultRules } from '../../main/votes/index.js';
import { settings } from './documents.js';
import { fakeSources, scoringOf, tenUnits } from './score-summary.js';

export const MEMBERS = 10;
export const PRESENT = 9;

export const conferenceMeeting = {
  id: 7,
  yearId: 1,
  kind: 'yearEndReview',
  name: 'Hội nghị tổng kết công tác thi đua năm 2022',
  date: '2022-12-20',
  startTime: '08:00',
  endTime: '11:30',
  partOfDay: 'sáng',
  place: 'Hội trường Trường Cao đẳng Cộng đồng Bắc Kạn',
  attendance: [],
  guests: [],
  agenda: [],
  views: [],
  directions: [],
  conclusions: '',
} as unknown as Meeting;

export const tellers: Teller[] = [
  { name: 'Nông Thị Hà', position: 'Chánh Văn phòng Sở Giáo dục và Đào tạo', role: 'member' },
  { name: 'Hoàng Văn Dũng', position: 'Phó Giám đốc Sở Y tế', role: 'head' },
  { name: 'Triệu Văn Minh', position: 'Phó Trưởng Ban Dân tộc', role: 'member' },
];

/** Every member in ranking order (as round 1 lists them), those in `included` on the ballot. */
function candidates(included: number[]): Candidate[] {
  return tenUnits.map((s) => ({
    unitId: s.unitId,
    unitName: s.unitName,
    rank: s.rank,
    total: formatPoints(s.total),
    classification: s.classification ?? '',
    proposed: included.includes(s.unitId),
    included: included.includes(s.unitId),
    reason: '',
    ineligible: s.disqualified ? s.disqualified.reason : '',
  }));
}

interface Count {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  /** unitId → votes. */
  votes: Record<number, number>;
}

const tally = (c: Count, entry: 1 | 2): Tally => ({
  issued: c.issued,
  returned: c.returned,
  valid: c.valid,
  invalid: c.invalid,
  votes: Object.entries(c.votes).map(([unitId, votes]) => ({ unitId: Number(unitId), votes })),
  enteredBy: entry === 1 ? 'Nông Thị Hà' : 'Triệu Văn Minh',
  entry,
  enteredAt: '2022-12-20T10:15:00',
});

/** A round counted twice alike, its result computed by the engine on all 10 members, over 50%. */
function countedRound(id: number, awardId: number, number: number, seats: number, list: Candidate[], count: Count): Round {
  const onBallot = list.filter((c) => c.included);
  const result = computeResult(
    onBallot.map((c) => ({ unitId: c.unitId, unitName: c.unitName, rank: c.rank, votes: count.votes[c.unitId] ?? 0 })),
    { base: 'members', comparison: 'gt', threshold: '50%', baseCount: MEMBERS, seats },
  );
  return { id, awardId, number, seats, status: 'counted', candidates: list, entries: [tally(count, 1), tally(count, 2)], differences: [], result };
}

/** Elected units of the counted rounds, in order, as award.elected gathers them. */
function electedOf(rounds: Round[], list: Candidate[]): Award['elected'] {
  return rounds.flatMap((r) =>
    (r.result?.candidates ?? [])
      .filter((c) => c.elected)
      .map((c) => ({ unitId: c.unitId, unitName: c.unitName, roundNumber: r.number, votes: c.votes, percent: c.percent, rank: c.rank, total: list.find((l) => l.unitId === c.unitId)?.total ?? null })),
  );
}

const FLAG_LIST = candidates([1, 2, 3]);
export const flagRound = countedRound(11, 1, 1, 1, FLAG_LIST, { issued: 9, returned: 9, valid: 9, invalid: 0, votes: { 1: 8, 2: 1, 3: 0 } });

const CERTIFICATE_LIST = candidates([2, 3, 4, 5, 6, 7]);
/** Ban Dân tộc and Bảo hiểm xã hội share the 4th rank and get 6 votes each for the last seat: a re-vote. */
export const certificateRound = countedRound(21, 2, 1, 3, CERTIFICATE_LIST, {
  issued: 9, returned: 9, valid: 9, invalid: 0, votes: { 2: 8, 3: 7, 4: 6, 5: 6, 6: 0, 7: 0 },
});
const REVOTE_LIST = CERTIFICATE_LIST.filter((c) => c.unitId === 4 || c.unitId === 5);
export const reVoteRound = countedRound(22, 2, 2, 1, REVOTE_LIST, { issued: 9, returned: 9, valid: 8, invalid: 1, votes: { 4: 6, 5: 2 } });

function award(id: number, kind: Award['kind'], name: string, quota: number, candidateCount: number, rounds: Round[], list: Candidate[]): Award {
  const last = rounds.at(-1);
  return {
    id, kind, name, quota, candidateCount, minBand: '', position: id, rounds,
    elected: electedOf(rounds.filter((r) => r.status === 'counted'), list),
    decided: last?.status === 'counted' && last.result?.reVoteSeats === 0,
  };
}

export const flagAward = award(1, 'flag', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 1, 3, [flagRound], FLAG_LIST);
export const certificateAward = award(2, 'certificate', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 3, 6, [certificateRound, reVoteRound], CERTIFICATE_LIST);

/** The certificates before the re-vote: two seats elected, one left to a re-vote not opened yet. */
export const certificateBeforeReVote = award(2, 'certificate', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 3, 6, [certificateRound], CERTIFICATE_LIST);

/** A round whose two entries differ: not counted, no result. */
export const uncounted = (round: Round): Round => ({
  ...round,
  status: 'counting',
  entries: [round.entries[0]!, { ...round.entries[1]!, valid: round.entries[1]!.valid - 1 }],
  differences: [{ cell: 'valid', label: 'Số phiếu hợp lệ', first: round.entries[0]!.valid, second: round.entries[1]!.valid - 1 }],
  result: null,
});

export const yearEnd2022: YearEnd = {
  yearId: 1,
  rules: { ...defaultRules(conferenceMeeting.id), tellers },
  members: MEMBERS,
  present: PRESENT,
  awards: [flagAward, certificateAward],
  succession: { nextHeadUnitId: 2, nextDeputyUnitId: 3, source: 'vote' },
  closingReason: '',
};

const year = {
  id: 1, blocId: 1, year: 2022, status: 'open', headUnitId: 1, deputyUnitId: 2, memberCount: MEMBERS,
  provincialBoard: 'Ban Thi đua - Khen thưởng tỉnh Bắc Kạn (Sở Nội vụ)',
} as unknown as Year;

export const legalBases2022 = [
  'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
  'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ Quy chế hoạt động của Khối thi đua Văn hóa - Xã hội năm 2022.',
];

/** The year's sources with the year end given (default: the whole 2022 vote counted). */
export function yearEndSources(yearEnd: YearEnd = yearEnd2022, meetings: Meeting[] = [conferenceMeeting]): DocumentSources {
  return {
    ...fakeSources(scoringOf(tenUnits), meetings),
    year,
    settings,
    meeting: (id) => {
      const found = meetings.find((m) => m.id === id);
      return found ? Promise.resolve(found) : Promise.reject(new Error(`no meeting ${id}`));
    },
    pledge: () => Promise.resolve({ legalBases: legalBases2022 } as Pledge),
    yearEnd: () => Promise.resolve(yearEnd),
  };
}

/** The year end with some awards or rules replaced. */
export const withYearEnd = (patch: Omit<Partial<YearEnd>, 'rules'> & { rules?: Partial<YearEnd['rules']> }): YearEnd => ({
  ...yearEnd2022,
  ...patch,
  rules: { ...yearEnd2022.rules, ...patch.rules },
});
