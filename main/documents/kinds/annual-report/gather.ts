// The annual report's data: each part drafted from the year's data (members, meetings, the pledge, the
// standings, the vote, the succession) unless the officer has written it; the results table generated.
import type { Meeting, Pledge, Year, YearEnd, YearUnit } from '../../../contract/index.js';
import { sentenceCase } from '../../../common/vietnamese.js';
import { formatShortDate } from '../../format.js';
import { summaryRows } from '../score-summary/gather.js';
import type { DocumentSources, Gathered } from '../shared/kind.js';
import { draftBase } from '../shared/text.js';
import type { AnnualReportInput } from './index.js';
import { awardResultLine, chosenUnits, joinAnd, successionSentence } from '../shared/year-end.js';
import { PART_KEYS, type AnnualReportData, type PartKey } from './wording.js';

/** What the drafts are made of. */
interface YearData {
  year: Year;
  blocName: string;
  members: YearUnit[];
  meetings: Meeting[];
  pledge: Pledge;
  yearEnd: YearEnd;
}

export async function gatherAnnualReport(input: AnnualReportInput, sources: DocumentSources): Promise<Gathered<AnnualReportData>> {
  const { settings, year } = sources;
  const [members, meetings, pledge, scoring, yearEnd] = await Promise.all([
    sources.members(),
    sources.meetings(),
    sources.pledge(),
    sources.scoring(),
    sources.yearEnd(),
  ]);
  const drafts = draftParts({ year, blocName: settings.blocName, members, meetings, pledge, yearEnd });
  const parts = Object.fromEntries(PART_KEYS.map((k) => [k, input.parts[k] || drafts[k]])) as Record<PartKey, string>;
  const data: AnnualReportData = {
    ...draftBase(settings, input.recipients),
    // It goes up from the bloc as a collective.
    signature: sources.collectiveSignature,
    year: year.year,
    parts,
    results: {
      classified: (scoring?.definition.bands.length ?? 0) > 0,
      rows: scoring ? summaryRows(scoring.definition, scoring.standings) : [],
    },
  };
  return { data, sourceMeetingId: voteMeeting(meetings, yearEnd)?.id ?? null };
}

/** The conference the bloc voted at: the vote's, else the year's latest year-end conference. */
export function voteMeeting(meetings: Meeting[], yearEnd: YearEnd | null): Meeting | null {
  const chosen = yearEnd?.rules.meetingId ? meetings.find((m) => m.id === yearEnd.rules.meetingId) : undefined;
  return chosen ?? latestYearEnd(meetings);
}

export const latestYearEnd = (meetings: Meeting[]): Meeting | null =>
  meetings
    .filter((m) => m.kind === 'yearEndReview')
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
    .at(-1) ?? null;

/** Every part as the data drafts it: one paragraph a line, "- " a bullet, "1. …" a sub-heading. */
export function draftParts(d: YearData): Record<PartKey, string> {
  const { year, blocName } = d;
  return {
    intro: `${blocName} báo cáo tổng kết công tác thi đua, khen thưởng năm ${year.year} như sau:`,
    situation: situation(d),
    achievements: achievements(d),
    assessment: ['1. Ưu điểm', '2. Hạn chế', '3. Nguyên nhân của hạn chế'].join('\n'),
    scoring: votes(d),
    outlook: outlook(d),
    proposals: d.yearEnd.awards.some((a) => a.elected.length > 0)
      ? 'Đề nghị Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình cấp có thẩm quyền khen thưởng các đơn vị được Khối bình xét, suy tôn nêu tại mục IV.'
      : '',
  };
}

function situation({ year, blocName, members }: YearData): string {
  const name = (unitId: number | null) => members.find((m) => m.unitId === unitId)?.name;
  const [head, deputy] = [name(year.headUnitId), name(year.deputyUnitId)];
  const lines = [`Năm ${year.year}, ${blocName} gồm ${members.length} đơn vị thành viên: ${joinAnd(members.map((m) => m.name))}.`];
  if (head) lines.push(`Đơn vị Trưởng khối: ${head}${deputy ? `; đơn vị Phó khối: ${deputy}` : ''}.`);
  return lines.join('\n');
}

/** The meetings held, by date; the pledge signed; an opening for the movements, which the officer goes on with. */
function achievements({ year, meetings, pledge }: YearData): string {
  const held = meetings
    .filter((m): m is Meeting & { date: string } => m.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => `- Ngày ${formatShortDate(m.date)}, tổ chức ${m.name}${m.place ? ` tại ${m.place}` : ''}.`);
  const items = pledge.groups.reduce((n, g) => n + g.items.length, 0);
  const pledged = pledge.saved
    ? [`- Các đơn vị thành viên đã ký kết ${sentenceCase(pledge.title)}${items > 0 ? ` gồm ${items} nội dung thi đua` : ''}.`]
    : [];
  return [
    '1. Công tác tổ chức, triển khai',
    ...held,
    ...pledged,
    '2. Kết quả thực hiện các phong trào thi đua',
    `Các đơn vị thành viên Khối đã triển khai thực hiện các phong trào thi đua do Ủy ban nhân dân tỉnh phát động và nội dung giao ước thi đua năm ${year.year}, gắn với nhiệm vụ chính trị của từng đơn vị.`,
  ].join('\n');
}

/** The vote at the year-end conference, as Bắc Kạn's report of 2022 tells it, then the elected units per award. */
function votes({ meetings, yearEnd }: YearData): string {
  if (yearEnd.awards.length === 0) return '';
  const meeting = voteMeeting(meetings, yearEnd);
  const at = meeting ? `Tại ${meeting.name}${meeting.date ? ` ngày ${formatShortDate(meeting.date)}` : ''}` : 'Tại Hội nghị tổng kết';
  const chosen = yearEnd.awards.filter((a) => a.decided && a.elected.length > 0).map(chosenUnits);
  const sentence =
    chosen.length > 0
      ? `${at}, các đơn vị thành viên đã bỏ phiếu kín lựa chọn ${joinAnd(chosen)}. Kết quả cụ thể:`
      : `${at}, các đơn vị thành viên đã bỏ phiếu kín bình xét, suy tôn các đơn vị đề nghị khen thưởng. Kết quả cụ thể:`;
  return [sentence, ...yearEnd.awards.map((a) => `- ${awardResultLine(a)}`)].join('\n');
}

function outlook({ year, members, yearEnd }: YearData): string {
  const next = year.year + 1;
  const succession =
    successionSentence(yearEnd.succession, members, {
      vote: `Năm ${next}, theo kết quả bầu tại Hội nghị tổng kết,`,
      rotation: `Năm ${next}, theo nguyên tắc luân phiên của Khối,`,
      none: `Năm ${next},`,
    }) ?? `Đơn vị Trưởng khối, Phó khối năm ${next}: chưa xác định.`;
  return [
    succession,
    `Tiếp tục đẩy mạnh các phong trào thi đua yêu nước gắn với thực hiện nhiệm vụ chính trị của từng đơn vị; tổ chức ký kết và thực hiện tốt nội dung giao ước thi đua năm ${next}.`,
  ].join('\n');
}
