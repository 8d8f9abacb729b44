import { z } from 'zod';
import { parseThreshold } from '../votes/threshold.js';
import { channel } from './channel.js';
import { id, optionalText, requiredText } from './fields.js';

export const thresholdBase = z.enum(['members', 'present'], { error: 'Cách tính tỷ lệ không hợp lệ' });
export const thresholdComparison = z.enum(['gt', 'gte'], { error: 'Điều kiện so sánh không hợp lệ' });
export const ballotStyle = z.enum(['mark', 'strike'], { error: 'Kiểu phiếu bầu không hợp lệ' });
export const awardKind = z.enum(['flag', 'certificate', 'other'], { error: 'Loại khen thưởng không hợp lệ' });
export type AwardKind = z.infer<typeof awardKind>;

/** "50%", "66,67%" or "2/3". */
export const threshold = requiredText('Tỷ lệ trúng cử', 10).refine(
  (text) => parseThreshold(text) !== null,
  'Tỷ lệ trúng cử phải là phần trăm từ 0,01% đến 100% (ví dụ 50%) hoặc phân số (ví dụ 2/3)',
);

const count = (label: string) =>
  z.number({ error: `${label} phải là số` }).int(`${label} phải là số nguyên`).min(0, `${label} không được âm`).max(999, `${label} quá lớn`);

export const teller = z.object({
  name: requiredText('Họ tên thành viên ban kiểm phiếu', 80),
  /** "Phó Giám đốc Sở Y tế". */
  position: optionalText('Chức vụ thành viên ban kiểm phiếu', 200),
  role: z.enum(['head', 'member'], { error: 'Vai trò trong ban kiểm phiếu không hợp lệ' }),
});
export type Teller = z.infer<typeof teller>;

/** The year's rules of the vote, the conference it is held at and its tellers' committee. */
export const voteRules = z.object({
  /** The year-end conference: its check-in gives the members present and the ballots to print. */
  meetingId: id.nullable(),
  base: thresholdBase,
  comparison: thresholdComparison,
  threshold,
  ballotStyle,
  ballotsPerPage: z.union([z.literal(1), z.literal(2)], { error: 'Số phiếu mỗi trang là 1 hoặc 2' }),
  tellers: z
    .array(teller)
    .max(9, 'Ban kiểm phiếu tối đa 9 người')
    .refine((list) => list.length === 0 || list.filter((t) => t.role === 'head').length === 1, {
      message: 'Ban kiểm phiếu có đúng một Trưởng ban',
    }),
});
export type VoteRules = z.infer<typeof voteRules>;

export const awardFields = z.object({
  /** Absent for a new award. */
  id: id.optional(),
  kind: awardKind,
  /** As the proposal prints it: "Cờ thi đua của Ủy ban nhân dân tỉnh". */
  name: requiredText('Tên hình thức khen thưởng', 200),
  quota: z.number({ error: 'Số lượng đề nghị phải là số' }).int('Số lượng đề nghị phải là số nguyên').min(1, 'Số lượng đề nghị ít nhất là 1').max(50, 'Số lượng đề nghị quá lớn'),
  /** How many units the ranking proposes as candidates. */
  candidateCount: z.number({ error: 'Số đơn vị đưa vào danh sách phải là số' }).int().min(1, 'Danh sách có ít nhất 1 đơn vị').max(60, 'Danh sách quá dài'),
  /** The lowest classification a candidate may have, by the band's label; '' for any. */
  minBand: optionalText('Xếp loại tối thiểu', 100),
});
export type AwardFields = z.input<typeof awardFields>;

export const candidate = z.object({
  unitId: id,
  unitName: z.string(),
  rank: z.number().int().nullable(),
  /** Points as printed: "97,5"; null while the unit is not fully scored. */
  total: z.string().nullable(),
  classification: z.string(),
  /** On the list the ranking proposed. */
  proposed: z.boolean(),
  /** On the ballot. */
  included: z.boolean(),
  /** Why it differs from the proposal (added, or left off). */
  reason: z.string(),
  /** Why it may not be a candidate (disqualified, below the band, not fully scored); '' when eligible. */
  ineligible: z.string(),
});
export type Candidate = z.infer<typeof candidate>;

export const unitVotes = z.object({ unitId: id, votes: count('Số phiếu đồng ý') });

export const tallyFields = z.object({
  issued: count('Số phiếu phát ra'),
  returned: count('Số phiếu thu vào'),
  valid: count('Số phiếu hợp lệ'),
  invalid: count('Số phiếu không hợp lệ'),
  votes: z.array(unitVotes).max(60),
  /** Who entered the figures, e.g. "Nguyễn Văn A". */
  enteredBy: optionalText('Người nhập', 80),
});
export type TallyFields = z.input<typeof tallyFields>;

export const tally = tallyFields.extend({ entry: z.union([z.literal(1), z.literal(2)]), enteredAt: z.string() });
export type Tally = z.infer<typeof tally>;

/** A cell where the two entries disagree: 'issued' | 'returned' | 'valid' | 'invalid' | `unit:<id>`. */
export const tallyDifference = z.object({ cell: z.string(), label: z.string(), first: z.number().int(), second: z.number().int() });

export const candidateResult = z.object({
  unitId: id,
  unitName: z.string(),
  rank: z.number().int().nullable(),
  votes: z.number().int(),
  /** "63,64%", two decimals, half-up. */
  percent: z.string(),
  /** The arithmetic as the minutes show it: "7/11 = 63,64% ≥ 50%". */
  arithmetic: z.string(),
  passed: z.boolean(),
  elected: z.boolean(),
  /** Tied at the quota's edge: goes to a re-vote. */
  tied: z.boolean(),
});
export type CandidateResult = z.infer<typeof candidateResult>;

export const roundResult = z.object({
  /** The base of the percentages: members of the bloc, or members present. */
  base: z.number().int(),
  /** "tổng số 10 đơn vị thành viên" / "tổng số 9 đơn vị có mặt". */
  baseLabel: z.string(),
  /** "đạt tỷ lệ trên 50% tính trên tổng số 10 đơn vị thành viên". */
  ruleText: z.string(),
  /** By votes then rank. */
  candidates: z.array(candidateResult),
  /** Seats left after this round because of a tie (a re-vote decides them). */
  reVoteSeats: z.number().int(),
});
export type RoundResult = z.infer<typeof roundResult>;

export const round = z.object({
  id,
  awardId: id,
  /** 1, then 2… for re-votes. */
  number: z.number().int(),
  seats: z.number().int(),
  /** candidates: the list is being drawn up; counting: one entry or two that differ; counted: both entries agree. */
  status: z.enum(['candidates', 'counting', 'counted']),
  candidates: z.array(candidate),
  entries: z.array(tally),
  differences: z.array(tallyDifference),
  /** Once counted. */
  result: roundResult.nullable(),
});
export type Round = z.infer<typeof round>;

export const electedUnit = z.object({
  unitId: id,
  unitName: z.string(),
  roundNumber: z.number().int(),
  votes: z.number().int(),
  percent: z.string(),
  rank: z.number().int().nullable(),
  total: z.string().nullable(),
});
export type ElectedUnit = z.infer<typeof electedUnit>;

export const award = awardFields.required({ id: true }).extend({
  position: z.number().int(),
  rounds: z.array(round),
  /** Elected in counted rounds, in order. */
  elected: z.array(electedUnit),
  /** Every seat is decided (elected, or no one else passed) and no re-vote is pending. */
  decided: z.boolean(),
});
export type Award = z.infer<typeof award>;

export const succession = z.object({
  nextHeadUnitId: id.nullable(),
  nextDeputyUnitId: id.nullable(),
  /** Elected at the conference, or by the bloc's rotation rule. */
  source: z.enum(['vote', 'rotation']).nullable(),
});
export type Succession = z.infer<typeof succession>;

export const yearEnd = z.object({
  yearId: id,
  rules: voteRules,
  /** Members of the bloc this year. */
  members: z.number().int(),
  /** Members present at the conference (its check-in); null when none is chosen or checked in. */
  present: z.number().int().nullable(),
  awards: z.array(award),
  succession,
  closingReason: z.string(),
});
export type YearEnd = z.infer<typeof yearEnd>;

export const closeItem = z.object({
  key: z.string(),
  /** "Các đơn vị đã được chấm điểm". */
  label: z.string(),
  done: z.boolean(),
  /** What is missing: "Còn 2 đơn vị chưa chấm đủ: Sở Y tế, Sở Tư pháp". */
  detail: z.string(),
});
export type CloseItem = z.infer<typeof closeItem>;

export const votesChannels = {
  /** Everything of the year end: rules, awards with their rounds and results, the succession. */
  'votes.yearEnd': channel(z.object({ yearId: id }), yearEnd),
  'votes.saveRules': channel(voteRules.extend({ yearId: id }), yearEnd),
  /** Replaces the year's awards; an award with a round counted cannot be removed or change its quota. */
  'votes.saveAwards': channel(z.object({ yearId: id, awards: z.array(awardFields).max(10, 'Tối đa 10 hình thức khen thưởng') }), yearEnd),
  /** Opens the first round of an award with the candidates the ranking proposes. */
  'votes.proposeCandidates': channel(z.object({ awardId: id }), yearEnd),
  /** The round's ballot list; every change from the proposal carries a reason. Refused once counting began. */
  'votes.setCandidates': channel(
    z.object({
      roundId: id,
      candidates: z
        .array(z.object({ unitId: id, included: z.boolean(), reason: optionalText('Lý do', 500) }))
        .max(60)
        .refine((list) => new Set(list.map((c) => c.unitId)).size === list.length, 'Mỗi đơn vị chỉ có một dòng'),
    }),
    yearEnd,
  ),
  /** One of the two entries of the count; both agreeing make the round counted. */
  'votes.enterTally': channel(tallyFields.extend({ roundId: id, entry: z.union([z.literal(1), z.literal(2)], { error: 'Lần nhập là 1 hoặc 2' }) }), yearEnd),
  /** Opens a re-vote among the units tied at the quota's edge of a counted round. */
  'votes.openReVote': channel(z.object({ roundId: id }), yearEnd),
  /** Next year's head and deputy. */
  'votes.setSuccession': channel(
    succession.extend({ yearId: id }).refine((v) => v.nextHeadUnitId === null || v.nextHeadUnitId !== v.nextDeputyUnitId, {
      message: 'Đơn vị Phó khối phải khác đơn vị Trưởng khối',
      path: ['nextDeputyUnitId'],
    }),
    yearEnd,
  ),
  /** What is still missing before the year is closed. */
  'votes.closeChecklist': channel(z.object({ yearId: id }), z.array(closeItem)),
};
