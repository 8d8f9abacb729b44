/** Tờ trình đề nghị khen thưởng (TTr): the units the conference elected, proposed to the province. */
import { z } from 'zod';
import type { YearEnd } from '../../../contract/index.js';
import { recipients, textList } from '../shared/fields.js';
import { defineKind, type DocumentSources, type Gathered, type Problem } from '../shared/kind.js';
import { recipientsUnderAddressee } from '../shared/recipients.js';
import { draftBase } from '../shared/text.js';
import { conference } from '../shared/year-end.js';
import { buildProposal, typeCode, type ProposalData } from './wording.js';

export const proposalInput = z.object({
  /** "Kính gửi:"; defaults to the province's emulation council through its board. */
  addressee: textList('Kính gửi', 200).optional(),
  /** Replaces the year's legal bases. */
  legalBases: textList('Căn cứ', 500).optional(),
  recipients,
});
export type ProposalInput = z.output<typeof proposalInput>;

const COUNCIL = 'Hội đồng Thi đua - Khen thưởng tỉnh';

/**
 * The council, through the year's provincial board when the year names one: "Ban Thi đua - Khen thưởng
 * tỉnh Bắc Kạn (Sở Nội vụ)" reads "(qua Ban Thi đua - Khen thưởng tỉnh Bắc Kạn, Sở Nội vụ)".
 */
export function defaultAddressee(provincialBoard: string): string {
  const board = provincialBoard.trim().replace(/\s*\(([^)]*)\)\s*$/, ', $1');
  return `${COUNCIL} (qua ${board || 'Ban Thi đua - Khen thưởng, Sở Nội vụ'})`;
}

/** What goes "qua": the board the council is addressed through, so "Nơi nhận" does not copy it again. */
const through = (addressee: string[]) => addressee.flatMap((a) => /\(qua ([^,)]+)/.exec(a)?.[1] ?? []);

async function gatherProposal(input: ProposalInput, sources: DocumentSources): Promise<Gathered<ProposalData>> {
  const { settings, year } = sources;
  const yearEnd = await sources.yearEnd();
  const meeting = await conference(sources);
  const addressee = input.addressee ?? [defaultAddressee(year.provincialBoard)];
  const data: ProposalData = {
    ...draftBase(settings, input.recipients ?? recipientsUnderAddressee(settings.defaultRecipients, [...addressee, ...through(addressee)])),
    // It goes up from the bloc as a collective.
    signature: sources.collectiveSignature,
    year: year.year,
    addressee,
    // The year's legal bases, as its pledge cites them (the settings' own when the pledge is not saved).
    legalBases: input.legalBases ?? (await sources.pledge()).legalBases,
    conference: { name: meeting?.name ?? `Hội nghị tổng kết năm ${year.year}`, date: meeting?.date ?? null },
    awards: yearEnd.awards
      .filter((a) => a.elected.length > 0)
      .map((a) => ({ name: a.name, units: a.elected.map((e) => ({ unitName: e.unitName, total: e.total, rank: e.rank, percent: e.percent })) })),
  };
  return { data, sourceMeetingId: meeting?.id ?? null };
}

export function proposalProblems(yearEnd: YearEnd, data: ProposalData): Problem[] {
  const problems: Problem[] = [];
  if (yearEnd.rules.meetingId === null) {
    problems.push({ field: 'votes.rules.meetingId', message: 'Chưa chọn hội nghị tổng kết năm, nơi Khối bỏ phiếu: chọn ở trang Bình xét khen thưởng.' });
  } else if (!data.conference.date) {
    problems.push({ field: 'meeting.date', message: `“${data.conference.name}” chưa có ngày họp: nhập ở trang hội nghị.` });
  }
  if (!yearEnd.awards.some((a) => a.elected.length > 0)) {
    problems.push({ field: 'votes.awards', message: 'Chưa có đơn vị nào trúng cử trong một vòng bầu đã kiểm phiếu xong: tờ trình chưa có gì để đề nghị.' });
  }
  for (const award of yearEnd.awards.filter((a) => !a.decided)) {
    problems.push({ field: `votes.awards.${award.id}`, message: `Kết quả bỏ phiếu “${award.name}” chưa cuối cùng: kiểm phiếu xong (và bầu lại, nếu có) trước khi lập tờ trình.` });
  }
  return problems;
}

export const proposal = defineKind({
  key: 'proposal',
  label: 'Tờ trình đề nghị khen thưởng',
  typeCode,
  input: proposalInput,
  gather: gatherProposal,
  build: buildProposal,
  readiness: async ({ data, sources }) => proposalProblems(await sources.yearEnd(), data),
  issueDate: ({ data }) => ({ default: data.conference.date, yearEnd: true }),
});
