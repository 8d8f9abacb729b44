// What the year-end conference's minutes add to the meeting's content (in NỘI DUNG): the scoring's
// results, short, the score summary being attached; the vote per award, the vote-count minutes being
// attached; next year's head and deputy. Each goes under the agenda's point on it when the agenda has one
// ("Thông qua kết quả chấm điểm …", "Bình xét, bỏ phiếu …", "Bầu đơn vị Trưởng khối …"), after what the
// officer summarised there, else as a point of its own. Other meetings' minutes have none of it.
import type { Meeting, YearEnd, YearUnit } from '../../../contract/index.js';
import { searchKey } from '../../../common/vietnamese.js';
import { formatPoints } from '../../../scoring/decimal.js';
import { awardResultLine, successionSentence, undecidedAwards } from '../shared/year-end.js';
import type { DocumentSources, Problem, ScoringSource } from '../shared/kind.js';
import type { MinutesSection } from './wording.js';

/** The vote is recorded at the conference its rules name; a second year-end meeting, if any, has none. */
const votedAt = (meeting: Meeting, yearEnd: YearEnd) => yearEnd.rules.meetingId === meeting.id;

/** A result to record, the words that find the agenda's point on it, and its heading when there is none. */
interface Outcome {
  topic: RegExp;
  heading: string;
  paragraphs: string[];
  /** Already recorded when the point's summary names it (the head unit the officer wrote in). */
  known?: string;
}

const VOTE = /bo phieu|binh xet|suy ton|kiem phieu/;

/** The content with the year end's results recorded; `content` starts with one section per agenda point. */
export async function withYearEnd(content: MinutesSection[], meeting: Meeting, members: YearUnit[], sources: DocumentSources): Promise<MinutesSection[]> {
  const year = sources.year.year;
  const [scoring, yearEnd] = await Promise.all([sources.scoring(), sources.yearEnd()]);
  const voted = votedAt(meeting, yearEnd);
  // In the order of the conference: the scores, the vote on them, then next year's head.
  const records: Outcome[] = [];
  if (scoring && scoring.standings.length > 0) {
    records.push({ topic: /cham diem/, heading: `Kết quả chấm điểm thi đua năm ${year}`, paragraphs: [scoringParagraph(scoring, year)] });
  }
  if (voted && yearEnd.awards.length > 0) {
    records.push({
      topic: VOTE,
      heading: 'Bình xét, suy tôn đơn vị đề nghị khen thưởng',
      paragraphs: ['Kết quả kiểm phiếu (Có Biên bản kiểm phiếu kèm theo):', ...yearEnd.awards.map((a) => `- ${awardResultLine(a)}`)],
    });
  }
  const next =
    voted &&
    successionSentence(yearEnd.succession, members, {
      vote: `Năm ${year + 1}, theo kết quả bầu tại Hội nghị,`,
      rotation: `Năm ${year + 1}, theo nguyên tắc luân phiên của Khối,`,
      none: `Năm ${year + 1},`,
    });
  const head = members.find((m) => m.unitId === yearEnd.succession.nextHeadUnitId)?.name;
  if (next) records.push({ topic: /truong khoi/, heading: `Đơn vị Trưởng khối, Phó khối năm ${year + 1}`, paragraphs: [next], known: head });

  // Each finds its agenda point, the vote first: its point may also speak of the scores it rests on.
  const placed = new Map<Outcome, number>();
  for (const r of [...records].sort((a, b) => Number(b.topic === VOTE) - Number(a.topic === VOTE))) {
    const at = content.findIndex((c, i) => ![...placed.values()].includes(i) && c.heading !== undefined && r.topic.test(searchKey(c.heading)));
    if (at >= 0) placed.set(r, at);
  }
  const said = (c: MinutesSection, r: Outcome) => r.known !== undefined && searchKey(c.paragraphs.join(' ')).includes(searchKey(r.known));
  const out = content.map((c, i) => ({
    ...c,
    paragraphs: [...c.paragraphs, ...records.filter((r) => placed.get(r) === i && !said(c, r)).flatMap((r) => r.paragraphs)],
  }));
  return [...out, ...records.filter((r) => !placed.has(r)).map((r) => ({ heading: r.heading, paragraphs: r.paragraphs }))];
}

/**
 * "Kết quả chấm điểm … (Có Bảng tổng hợp … kèm theo). Các đơn vị dẫn đầu: …": the whole table travels
 * attached; the minutes name the first three places.
 */
function scoringParagraph(scoring: ScoringSource, year: number): string {
  const top = scoring.standings
    .filter((s) => s.rank !== null && s.rank <= 3)
    .map((s) => `${s.unitName} (${formatPoints(s.total)} điểm, xếp thứ ${s.rank})`);
  return (
    `Kết quả chấm điểm thi đua năm ${year} của ${scoring.standings.length} đơn vị thành viên ` +
    `(Có Bảng tổng hợp kết quả chấm điểm kèm theo).${top.length > 0 ? ` Các đơn vị dẫn đầu: ${top.join('; ')}.` : ''}`
  );
}

/** The vote's results must be final before the minutes that record them are signed. */
export async function yearEndProblems(meeting: Meeting, sources: DocumentSources): Promise<Problem[]> {
  const yearEnd = await sources.yearEnd();
  return votedAt(meeting, yearEnd) ? undecidedAwards(yearEnd) : [];
}
