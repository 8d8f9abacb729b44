/**
 * Column widths of the score summary, measured from what it prints. A bloc may have 30 units, which must
 * fit two landscape pages: that holds while each row takes one line. So every figure column is as wide as
 * its widest figure or header line, the classification as its longest label, and the unit name takes what
 * is left, down to a floor where the longest names wrap rather than the notes turning into a column of
 * single words. Widths are weights of the text width (they add up to it).
 */
import { formatPoints } from '../../../scoring/decimal.js';
import { measureText } from '../../layout/measure.js';
import { DENSE_PADDING, mmToTwip, textWidth } from '../../layout/units.js';
import type { ScoreSummaryData, ScoreSummaryRow } from './wording.js';

/** Above this many units the table takes 11 pt: 30 units at 11 pt still fit two pages, at 12 pt they do not. */
const SMALL_BLOC = 15;

/** Room for LibreOffice's and Word's own rounding, so a line that measures as fitting does fit. */
const SLACK = mmToTwip(1);
/** Below this the longest names would wrap into three lines. */
const NAME_FLOOR = mmToTwip(45);

/**
 * The widest of the header's lines (bold) and of the texts, plus the cell's margins. Header lines are
 * given as they should break: every header spanning both header rows keeps to two lines, because
 * LibreOffice clips a merged cell taller than its rows where it repeats the header on the next page.
 */
function fit(sizePt: number, headerLines: string[], texts: string[]): number {
  const widths = [...headerLines.map((l) => measureText(l, sizePt, true)), ...texts.map((t) => measureText(t, sizePt))];
  return Math.max(...widths) + 2 * DENSE_PADDING + SLACK;
}

/**
 * The table's size and widths: 12 pt for a small bloc whose every name then fits on one line, else 11 pt,
 * where a name splitting over two lines ("… và Xã / hội") is rarer.
 */
export function tableLayout(data: ScoreSummaryData): { fontSize: 11 | 12; weights: number[] } {
  if (data.rows.length <= SMALL_BLOC) {
    const { weights, namesFit } = columnWeights(data, 12);
    if (namesFit) return { fontSize: 12, weights };
  }
  return { fontSize: 11, weights: columnWeights(data, 11).weights };
}

/** Weights of STT, name, self, one per group, bonus, deductions, total, rank, [classification], note. */
function columnWeights(data: ScoreSummaryData, sizePt: number): { weights: number[]; namesFit: boolean } {
  const rows = data.rows;
  const points = (pick: (r: ScoreSummaryRow) => string) => rows.map((r) => formatPoints(pick(r) || '0'));
  const figures = [
    fit(sizePt, ['Điểm tự', 'chấm'], points((r) => r.self)),
    ...data.groupCodes.map((code, g) => fit(sizePt, [code], points((r) => r.groups[g] ?? ''))),
    fit(sizePt, ['Điểm', 'thưởng'], points((r) => r.bonus)),
    fit(sizePt, ['Điểm', 'trừ'], points((r) => r.deductions)),
    fit(sizePt, ['Tổng', 'điểm'], points((r) => r.total)),
    fit(sizePt, ['Xếp', 'hạng'], rows.map((r) => String(r.rank ?? '—'))),
  ];
  const number = fit(sizePt, ['STT'], [String(rows.length)]);
  const classification = data.classified ? [fit(sizePt, ['Xếp loại'], rows.map((r) => r.classification ?? '—'))] : [];
  const note = fit(sizePt, ['Ghi chú'], ['Bỏ phiếu lại']);
  const left = textWidth('landscape') - number - note - [...figures, ...classification].reduce((a, b) => a + b, 0);
  const widestName = fit(sizePt, ['Tên đơn vị'], rows.map((r) => r.unitName));
  const name = Math.max(NAME_FLOOR, Math.min(widestName, left));
  // What the name does not need goes to the notes, where a reason for being out of the running is written.
  const weights = [number, name, ...figures, ...classification, note + Math.max(0, left - name)];
  return { weights, namesFit: name >= widestName };
}
