/** Biên bản kiểm phiếu (BB): the count of every round of the year-end vote, signed by the tellers. */
import { z } from 'zod';
import { id } from '../../../contract/fields.js';
import type { Award, YearEnd } from '../../../contract/index.js';
import { fieldError } from '../../../common/errors.js';
import { recipients } from '../shared/fields.js';
import { defineKind, type DocumentSources, type Gathered, type Problem } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { draftBase } from '../shared/text.js';
import { buildVoteCountMinutes, typeCode, type CountedAward, type VoteCountData } from './wording.js';

/** "16:30"; empty until the conference approves the minutes. */
const clock = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng giờ:phút, ví dụ 16:30')]).default('');

export const voteCountMinutesInput = z.object({
  /** The year-end conference; null takes the one the vote's rules name. */
  meetingId: id.nullable().default(null),
  approvedAt: clock,
  recipients,
});
export type VoteCountMinutesInput = z.output<typeof voteCountMinutesInput>;

function countedAward(award: Award): CountedAward {
  return {
    name: award.name,
    quota: award.quota,
    rounds: award.rounds.map((r) => {
      // Counted: both entries agree, so either gives the figures.
      const entry = r.status === 'counted' ? r.entries[0] : undefined;
      return {
        number: r.number,
        seats: r.seats,
        tally: entry ? { issued: entry.issued, returned: entry.returned, valid: entry.valid, invalid: entry.invalid } : null,
        result: r.status === 'counted' ? r.result : null,
      };
    }),
    elected: award.elected.map((e) => ({ unitName: e.unitName, percent: e.percent })),
  };
}

async function gatherVoteCount(input: VoteCountMinutesInput, sources: DocumentSources): Promise<Gathered<VoteCountData>> {
  const yearEnd = await sources.yearEnd();
  const meetingId = input.meetingId ?? yearEnd.rules.meetingId;
  if (meetingId === null) throw fieldError('input.meetingId', 'Chọn hội nghị tổng kết năm, nơi Khối bỏ phiếu.');
  const meeting = await meetingWith(sources, meetingId, ['date', 'place']);
  const data: VoteCountData = {
    ...draftBase(sources.settings, input.recipients),
    year: sources.year.year,
    meetingName: meeting.name,
    meetingDate: meeting.date,
    place: meeting.place,
    members: yearEnd.members,
    present: yearEnd.present,
    tellers: yearEnd.rules.tellers,
    // Awards nobody voted on yet are left out; readiness names them.
    awards: yearEnd.awards.filter((a) => a.rounds.length > 0).map(countedAward),
    approvedAt: input.approvedAt,
  };
  return { data, sourceMeetingId: meeting.id };
}

/** Why an award's count is not final, or null when it is. */
function unfinished(award: Award): string | null {
  const open = award.rounds.filter((r) => r.status !== 'counted');
  if (award.rounds.length === 0) return `“${award.name}” chưa bỏ phiếu.`;
  if (open.length > 0) {
    const which = open.map((r) => `lần ${r.number}`).join(', ');
    return `Kết quả kiểm phiếu “${award.name}” (${which}) chưa cuối cùng: hai lần nhập số liệu phải khớp nhau.`;
  }
  const last = award.rounds.at(-1);
  if (last?.result && last.result.reVoteSeats > 0) {
    return `“${award.name}” còn ${last.result.reVoteSeats} suất phải bỏ phiếu lại giữa các đơn vị bằng phiếu: mở vòng bầu lại và kiểm phiếu.`;
  }
  return null;
}

export function voteCountProblems(yearEnd: YearEnd, input: VoteCountMinutesInput): Problem[] {
  const problems: Problem[] = [];
  if (!yearEnd.rules.tellers.some((t) => t.role === 'head')) {
    problems.push({ field: 'votes.tellers', message: 'Chưa ghi Ban kiểm phiếu (Trưởng ban và các ủy viên): nhập ở trang Bình xét khen thưởng.' });
  }
  if (yearEnd.awards.length === 0) {
    problems.push({ field: 'votes.awards', message: 'Năm này chưa có hình thức khen thưởng nào được bỏ phiếu.' });
  }
  for (const award of yearEnd.awards) {
    const message = unfinished(award);
    if (message) problems.push({ field: `votes.awards.${award.id}`, message });
  }
  if (!input.approvedAt) {
    problems.push({ field: 'input.approvedAt', message: 'Nhập giờ Hội nghị thông qua biên bản kiểm phiếu (ví dụ 16:30).' });
  }
  return problems;
}

export const voteCountMinutes = defineKind({
  key: 'voteCountMinutes',
  label: 'Biên bản kiểm phiếu',
  typeCode,
  input: voteCountMinutesInput,
  gather: gatherVoteCount,
  build: buildVoteCountMinutes,
  readiness: async ({ input, sources }) => voteCountProblems(await sources.yearEnd(), input),
  issueDate: ({ data }) => ({ default: data.meetingDate, yearEnd: true }),
});
