/**
 * Báo cáo tổng kết năm (BC) of the bloc: "BÁO CÁO" / "Tổng kết công tác thi đua, khen thưởng năm … của
 * Khối …", an opening, then I. Đặc điểm tình hình / II. Kết quả thực hiện / III. Đánh giá / IV. Kết quả chấm
 * điểm, bình xét (the results table, then the vote) / V. Phương hướng năm sau / VI. Kiến nghị, đề xuất;
 * "… trân trọng báo cáo./."; signed for the bloc. A report like the conference's, so it is built as one.
 */
import type { StateDocument } from '../../model.js';
import { formatPoints } from '../../../scoring/decimal.js';
import type { DocumentBase } from '../shared/base.js';
import { buildReport, type ReportContent, type ReportTable } from '../report/wording.js';
import { noteOf, rankingOrder, type ScoreSummaryRow } from '../score-summary/wording.js';

/** The parts the officer may rewrite, in the order they print ('intro' is the opening before section I). */
export const PART_KEYS = ['intro', 'situation', 'achievements', 'assessment', 'scoring', 'outlook', 'proposals'] as const;
export type PartKey = (typeof PART_KEYS)[number];
export type SectionKey = Exclude<PartKey, 'intro'>;

/** The numbered sections' headings (printed in capitals, numbered I to VI). */
export function sectionHeading(key: SectionKey, year: number): string {
  const headings: Record<SectionKey, string> = {
    situation: 'Đặc điểm tình hình',
    achievements: 'Kết quả thực hiện',
    assessment: 'Đánh giá',
    scoring: 'Kết quả chấm điểm, bình xét thi đua',
    outlook: `Phương hướng, nhiệm vụ năm ${year + 1}`,
    proposals: 'Kiến nghị, đề xuất',
  };
  return headings[key];
}

export interface AnnualReportData extends DocumentBase {
  year: number;
  /** Each part's text as it prints: the officer's, or the draft from the year's data. One paragraph a line. */
  parts: Record<PartKey, string>;
  /** The results table of section IV, generated from the standings; empty while the year has no locked scale. */
  results: { classified: boolean; rows: ScoreSummaryRow[] };
}

export const annualSubject = (year: number, blocName: string) => `Tổng kết công tác thi đua, khen thưởng năm ${year} của ${blocName}`;

/**
 * A line of a part as the report prints it: "- …" or "+ …" a bullet, "1. Ưu điểm" (a number and a few words
 * without a closing full stop) a sub-heading, anything else a paragraph.
 */
export function contentOf(line: string): ReportContent {
  if (/^[-+]\s+/.test(line)) return { bullet: line.replace(/^[-+]\s+/, '') };
  if (isSubheading(line)) return { subheading: line };
  return line;
}

export const isSubheading = (line: string) => /^\d+(\.\d+)*\.\s+\S/.test(line) && !/[.:;]$/.test(line) && line.length <= 120;

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** STT | Tên đơn vị | Tổng điểm | Xếp hạng | Xếp loại (when the scale has bands) | Ghi chú (when a unit has one). */
function resultsTable({ classified, rows }: AnnualReportData['results']): ReportTable {
  const ordered = rankingOrder(rows);
  const noted = ordered.some((r) => noteOf(r) !== '');
  return {
    columns: [
      // STT wide enough for its header on one line; the names and the bands may take two lines.
      { title: 'STT', weight: 1.7, align: 'center' },
      { title: 'Tên đơn vị', weight: noted ? 7 : 9 },
      { title: 'Tổng điểm', weight: 2.1, align: 'center' },
      { title: 'Xếp hạng', weight: 2, align: 'center' },
      ...(classified ? [{ title: 'Xếp loại', weight: 5 }] : []),
      ...(noted ? [{ title: 'Ghi chú', weight: 3.6 }] : []),
    ],
    rows: ordered.map((r, i) => [
      String(i + 1),
      r.unitName,
      formatPoints(r.total),
      r.rank === null ? '—' : String(r.rank),
      ...(classified ? [r.classification ?? '—'] : []),
      ...(noted ? [noteOf(r)] : []),
    ]),
  };
}

export function buildAnnualReport(data: AnnualReportData): StateDocument {
  const { year, parts, results } = data;
  const sectionKeys = PART_KEYS.filter((k): k is SectionKey => k !== 'intro');
  const sections = sectionKeys.map((key) => {
    const text = linesOf(parts[key]).map(contentOf);
    // The results are generated, never free text: the table goes first, the officer's text on the vote after it.
    const table: ReportContent[] =
      key === 'scoring' && results.rows.length > 0
        ? [`Kết quả chấm điểm thi đua năm ${year} của các đơn vị thành viên như sau:`, { table: resultsTable(results) }]
        : [];
    return { heading: sectionHeading(key, year), content: [...table, ...text] };
  });
  return buildReport({
    ...data,
    subject: annualSubject(year, data.settings.blocName),
    addressee: [],
    intro: linesOf(parts.intro),
    sections,
    closing: `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm ${year} của ${data.settings.blocName}, trân trọng báo cáo./.`,
  });
}
