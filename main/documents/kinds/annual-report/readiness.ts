// What the annual report must have before it takes a number: the results (a locked scale, every unit
// scored), a final vote for every award, next year's head, and the bloc's own assessment and proposals,
// which no data can draft.
import type { YearEnd, YearUnit } from '../../../contract/index.js';
import { scoreSummaryProblems } from '../score-summary/gather.js';
import type { DocumentSources, Problem } from '../shared/kind.js';
import type { AnnualReportInput } from './index.js';
import { undecidedAwards } from '../shared/year-end.js';
import { isSubheading, sectionHeading } from './wording.js';

export async function annualReportProblems(input: AnnualReportInput, sources: DocumentSources): Promise<Problem[]> {
  const year = sources.year.year;
  const [yearEnd, members] = await Promise.all([sources.yearEnd(), sources.members()]);
  return [
    ...(await scoreSummaryProblems(sources)),
    ...voteProblems(yearEnd, year),
    ...successionProblems(yearEnd, members, year),
    ...ownText(input, 'assessment', year, 'ưu điểm, hạn chế và nguyên nhân'),
    ...ownText(input, 'proposals', year, 'kiến nghị, đề xuất của Khối'),
  ];
}

function voteProblems(yearEnd: YearEnd, year: number): Problem[] {
  if (yearEnd.awards.length === 0) {
    return [{ field: 'votes.awards', message: `Năm ${year} chưa có hình thức khen thưởng nào được bình xét (mục IV): nhập ở trang Bình xét khen thưởng.` }];
  }
  return undecidedAwards(yearEnd);
}

function successionProblems(yearEnd: YearEnd, members: YearUnit[], year: number): Problem[] {
  const head = yearEnd.succession.nextHeadUnitId;
  if (head !== null && members.some((m) => m.unitId === head)) return [];
  return [{ field: 'votes.succession', message: `Chưa ghi đơn vị Trưởng khối năm ${year + 1} (mục V): nhập ở trang Bình xét khen thưởng.` }];
}

/** A part only the officer can write: the drafted sub-headings alone are not an assessment. */
function ownText(input: AnnualReportInput, key: 'assessment' | 'proposals', year: number, what: string): Problem[] {
  const written = input.parts[key].split('\n').some((l) => l.trim() !== '' && !isSubheading(l.trim()));
  if (written) return [];
  return [{ field: `input.parts.${key}`, message: `Mục “${sectionHeading(key, year)}” chưa có nội dung: nhập ${what}.` }];
}
