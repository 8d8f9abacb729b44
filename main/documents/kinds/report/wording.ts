/** Báo cáo (BC): title and subject, "Kính gửi:", sections of headings, paragraphs, bullets and tables. */
import type { BodyBlock, StateDocument, TableBlock } from '../../model.js';
import { toRoman } from '../../format.js';
import { issuedDocument, type DocumentBase } from '../shared/base.js';

/** Decree 30, Appendix III. */
export const typeCode = 'BC';

export interface ReportTable {
  columns: { title: string; weight: number; align?: 'left' | 'center' | 'right' }[];
  rows: string[][];
}

/** One piece of a section: a paragraph, a sub-heading, a bullet or a table. */
export type ReportContent = string | { subheading: string } | { bullet: string } | { table: ReportTable };

export interface ReportSection {
  /** Numbered I, II, III … automatically, e.g. "KẾT QUẢ THỰC HIỆN". */
  heading: string;
  content: ReportContent[];
}

export interface ReportData extends DocumentBase {
  /** Subject under "BÁO CÁO", e.g. "Kết quả hoạt động Khối thi đua Văn hóa - Xã hội năm 2018". */
  subject: string;
  /** "Kính gửi:" lines, e.g. ["Ban Thi đua - Khen thưởng tỉnh Bắc Kạn"]. */
  addressee: string[];
  legalBases?: string[];
  /** Opening paragraphs before the first section. */
  intro?: string[];
  sections: ReportSection[];
  /** Closing paragraph, e.g. "Trên đây là báo cáo …./." */
  closing?: string;
}

export function reportTable(t: ReportTable): TableBlock {
  return {
    kind: 'table',
    widthUnit: 'weight',
    columns: t.columns.map((c) => ({ width: c.weight, align: c.align })),
    headerRows: [t.columns.map((c) => c.title)],
    rows: t.rows,
  };
}

export function buildReport(data: ReportData): StateDocument {
  const body: BodyBlock[] = (data.intro ?? []).map((p) => ({ kind: 'paragraph', text: p }));
  data.sections.forEach((s, i) => {
    body.push({ kind: 'heading', level: 1, text: `${toRoman(i + 1)}. ${s.heading.toLocaleUpperCase('vi')}` });
    for (const c of s.content) {
      if (typeof c === 'string') body.push({ kind: 'paragraph', text: c });
      else if ('subheading' in c) body.push({ kind: 'heading', level: 2, text: c.subheading });
      else if ('bullet' in c) body.push({ kind: 'bullet', text: c.bullet });
      else body.push(reportTable(c.table));
    }
  });
  if (data.closing) body.push({ kind: 'paragraph', text: data.closing });

  return issuedDocument(data, typeCode, 'BÁO CÁO', data.subject, body, {
    addressee: data.addressee,
    legalBases: data.legalBases ?? [],
  });
}
