/**
 * Bảng tổng hợp kết quả chấm điểm thi đua: A4 landscape; the header without a "Số:" line and no "Nơi
 * nhận" (it travels attached to the year-end minutes, "(Kèm theo Biên bản số …)"); the title with the year,
 * the bloc's name; then one table, a row per unit in ranking order, units out of the running last; signed
 * by the preparer (NGƯỜI LẬP BIỂU) on the left and for the bloc on the right.
 */
import type { BodyBlock, SignatureBlock, StateDocument, TableBlock, TableCell } from '../../model.js';
import { formatShortDate } from '../../format.js';
import { formatPoints } from '../../../scoring/decimal.js';
import { headerOf, type DocumentBase } from '../shared/base.js';
import { tableLayout } from './columns.js';

export interface ScoreSummaryRow {
  unitName: string;
  /** Points as decimal strings ("92.5"), printed with a decimal comma. */
  self: string;
  /** The bloc's final points per group, in the scale's group order. */
  groups: string[];
  bonus: string;
  deductions: string;
  total: string;
  /** Null: out of the running. Units the tie-break chain cannot separate share a rank. */
  rank: number | null;
  classification: string | null;
  /** Why the unit is out of the running. */
  disqualifiedReason: string | null;
  /** Tied with others the chain cannot separate: the bloc re-votes. */
  revote: boolean;
}

export interface ScoreSummaryData extends DocumentBase {
  year: number;
  /** The scale's group codes, e.g. ["I", "II", "III"]: one "Điểm Khối chấm" sub-column each. */
  groupCodes: string[];
  /** The scale has classification bands: without them there is no "Xếp loại" column. */
  classified: boolean;
  rows: ScoreSummaryRow[];
  /** The year-end minutes the summary is attached to, as far as the officer gave them. */
  minutes: { number: string; date: string | null } | null;
  /** NGƯỜI LẬP BIỂU; an empty name leaves room to write it by hand. */
  preparerName: string;
}

export const summaryTitle = (year: number) => `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${year}`;

/** "(Kèm theo Biên bản số 12/BB-KTĐVHXH ngày 20/12/2022)", as much of it as is known. */
function attachedLine(minutes: ScoreSummaryData['minutes']): string | null {
  if (!minutes || (!minutes.number && !minutes.date)) return null;
  const number = minutes.number ? ` số ${minutes.number}` : '';
  const date = minutes.date ? ` ngày ${formatShortDate(minutes.date)}` : '';
  return `(Kèm theo Biên bản${number}${date})`;
}

/**
 * Ghi chú: why a unit is out of the running, or that it re-votes. How a tie was broken stays on the unit's
 * card in the scoring screen: as a sentence in this narrow column it would make the row many lines tall.
 */
export function noteOf(row: ScoreSummaryRow): string {
  if (row.disqualifiedReason) return row.disqualifiedReason;
  return row.revote ? 'Bỏ phiếu lại' : '';
}

/** Units in the running by rank (a stable sort keeps the source's order among equals), the others last. */
export const rankingOrder = (rows: ScoreSummaryRow[]) =>
  [...rows].sort((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));

function summaryTable(data: ScoreSummaryData): TableBlock {
  const groups = data.groupCodes.length;
  const both = { rowSpan: 2 };
  const headerRows: TableCell[][] = [
    [
      { text: 'STT', ...both },
      { text: 'Tên đơn vị', ...both },
      { text: 'Điểm tự chấm', ...both },
      { text: 'Điểm Khối chấm', colSpan: groups },
      { text: 'Điểm thưởng', ...both },
      { text: 'Điểm trừ', ...both },
      { text: 'Tổng điểm', ...both },
      { text: 'Xếp hạng', ...both },
      ...(data.classified ? [{ text: 'Xếp loại', ...both }] : []),
      { text: 'Ghi chú', ...both },
    ],
    data.groupCodes,
  ];
  const rows = rankingOrder(data.rows).map((r, i): TableCell[] => [
    String(i + 1),
    r.unitName,
    formatPoints(r.self),
    ...r.groups.map((g) => (g ? formatPoints(g) : '')),
    formatPoints(r.bonus),
    formatPoints(r.deductions),
    { text: formatPoints(r.total), bold: true },
    r.rank === null ? '—' : String(r.rank),
    ...(data.classified ? [r.classification ?? '—'] : []),
    noteOf(r),
  ]);
  const { fontSize, weights } = tableLayout(data);
  // Centred: STT and the figures (self, groups, bonus, deductions, total, rank); the texts left.
  const figures = Array<'center'>(groups + 5).fill('center');
  const align = ['center', 'left', ...figures, ...(data.classified ? ['left' as const] : []), 'left'] as const;
  return {
    kind: 'table',
    widthUnit: 'weight',
    columns: weights.map((width, i) => ({ width, align: align[i] })),
    headerRows,
    rows,
    fontSize,
    dense: true,
    // The signatures never stand alone on a page: the last rows go over with them.
    keepLastRows: 2,
  };
}

export function buildScoreSummary(data: ScoreSummaryData): StateDocument {
  const body: BodyBlock[] = [];
  const attached = attachedLine(data.minutes);
  if (attached) body.push({ kind: 'paragraph', text: attached, italic: true, align: 'center', indent: false });
  body.push(summaryTable(data));
  const preparer: SignatureBlock = { authority: ['NGƯỜI LẬP BIỂU'], name: data.preparerName, blankName: !data.preparerName.trim() };
  return {
    // Not numbered: it is part of the minutes it is attached to, which carry the number.
    header: headerOf(data, null, false),
    title: summaryTitle(data.year),
    subject: { placement: 'underTitle', lines: [data.settings.blocName] },
    addressee: [],
    legalBases: [],
    body,
    signatures: { left: preparer, right: data.signature ?? data.settings.signature },
    // No "Nơi nhận": it goes wherever the minutes go.
    recipients: [],
    options: { bodyFontSize: data.settings.bodyFontSize, orientation: 'landscape' },
  };
}
