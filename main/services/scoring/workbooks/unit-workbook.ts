// The self-scoring workbook a unit fills in offline and sends back (domain.md §3): one row per scored item,
// only the "Tự chấm" and "Ghi chú" cells open for typing, each score cell checked by Excel as it is typed,
// and a hidden sheet naming the unit and the scale version so the returned file can be matched and checked.
import ExcelJS from 'exceljs';
import type Big from 'big.js';
import type { ScaleDefinition, ScoreEntry } from '../../../contract/scoring.js';
import { formatPoints, minBig, parseFigure, round2, sum, toBig, ZERO } from '../../../scoring/decimal.js';
import { scoredItems, type ScoredItem } from '../../../scoring/items.js';
import { BORDER, columnLetter, fill, font } from './cells.js';
import { COL, FORMAT_VERSION, ID_LABEL, IDENTITY_SHEET, MARK, NOTE_MAX, UNIT_SHEET } from './unit-layout.js';
import { asciiWords } from '../../../common/vietnamese.js';

export interface WorkbookIdentity {
  blocName: string;
  year: number;
  unitId: number;
  unitName: string;
  scaleId: number;
  scaleVersion: number;
  checksum: string;
}

const fp = (value: number): string => formatPoints(toBig(value));

const GREY = 'FFE7E6E6';
/** The cells a unit types in, so they stand out from the locked ones. */
const OPEN = 'FFFFF2CC';

/** How the item is scored, in words, for the "Cách tính" column. */
export function howScored(item: ScoredItem): string {
  if (item.role === 'bonus') return `${fp(item.points)} điểm/lần, tối đa ${item.maxCount} lần`;
  if (item.role === 'deduction') {
    return item.disqualifies ? `Trừ ${fp(item.points)} điểm/lần; không được xét thi đua` : `Trừ ${fp(item.points)} điểm/lần`;
  }
  const kind = item.kind;
  switch (kind.type) {
    case 'judgement':
      return 'Chấm theo mức độ';
    case 'passFail':
      return `Đạt: ${fp(item.max)}, không đạt: 0`;
    case 'count':
      return `${fp(kind.pointsEach)} điểm/lần, tối đa ${fp(item.max)}; nhập số lần`;
    case 'target':
      return `Chỉ tiêu ${fp(kind.target)}${kind.unit ? ` ${kind.unit}` : ''}: nhập số thực hiện`;
  }
}

type Rule = Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae' | 'promptTitle' | 'prompt' | 'error'>;

/** What Excel accepts in the score cell `ref` of the item, with the message shown on entering and on a wrong value. */
function scoreRule(item: ScoredItem, ref: string): Rule {
  if (item.role === 'bonus') {
    const range = `từ 0 đến ${item.maxCount}`;
    return { type: 'whole', operator: 'between', formulae: [0, item.maxCount], promptTitle: 'Số lần đạt', prompt: `Nhập số lần đạt, ${range}`, error: `Số lần đạt phải là số nguyên ${range}` };
  }
  if (item.role === 'deduction') {
    const error = 'Số lần vi phạm phải là số nguyên không âm';
    return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], promptTitle: 'Số lần vi phạm', prompt: 'Nhập số lần vi phạm; để trống nếu không có', error };
  }
  const kind = item.kind;
  const max = fp(item.max);
  switch (kind.type) {
    case 'judgement':
      return { type: 'decimal', operator: 'between', formulae: [0, item.max], promptTitle: 'Điểm tự chấm', prompt: `Nhập điểm từ 0 đến ${max}`, error: `Điểm phải là số từ 0 đến ${max}` };
    case 'passFail':
      // A formula rather than a list: a list of numbers is read with the locale's separators, a formula is not.
      return { type: 'custom', formulae: [`OR(${ref}=0,${ref}=${item.max})`], promptTitle: 'Điểm tự chấm', prompt: `Đạt: nhập ${max}; không đạt: nhập 0`, error: `Chỉ nhập 0 hoặc ${max}` };
    case 'count':
      return {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        promptTitle: 'Số lần',
        prompt: `Nhập số lần (số nguyên); mỗi lần ${fp(kind.pointsEach)} điểm, tối đa ${max} điểm`,
        error: 'Số lần phải là số nguyên không âm',
      };
    case 'target':
      return {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        promptTitle: 'Số thực hiện',
        prompt: `Nhập số thực hiện được; chỉ tiêu là ${fp(kind.target)}${kind.unit ? ` ${kind.unit}` : ''}`,
        error: 'Số thực hiện phải là số không âm',
      };
  }
}

/**
 * The points a figure earns, as an Excel formula (so the unit sees its running total) with the same value
 * computed here (so a viewer that does not recalculate shows it too). A target criterion counts what the
 * unit is sure of, half the maximum at the target: the bloc's best figure, worth the maximum, is not known yet.
 */
function pointsOf(item: ScoredItem, ref: string, figure: Big | null): { formula: string; points: Big } {
  const v = figure ?? ZERO;
  const of = (expr: string, points: Big) => ({ formula: `IF(ISNUMBER(${ref}),${expr},0)`, points: round2(points) });
  if (item.role !== 'criterion') return of(`${ref}*${item.points}`, v.times(item.points));
  const max = toBig(item.max);
  const kind = item.kind;
  switch (kind.type) {
    case 'judgement':
    case 'passFail':
      return of(`MIN(${ref},${item.max})`, minBig(v, max));
    case 'count':
      return of(`MIN(${ref}*${kind.pointsEach},${item.max})`, minBig(v.times(kind.pointsEach), max));
    case 'target':
      return of(`MIN(${ref}/${kind.target},1)*${item.max}/2`, minBig(v.div(kind.target), toBig(1)).times(max).div(2));
  }
}

export function unitWorkbookFileName(identity: WorkbookIdentity): string {
  return `Tu-cham-${identity.year}-${asciiWords(identity.unitName, 80) || `don-vi-${identity.unitId}`}.xlsx`;
}

/** A scored row and the points its prefilled figure earns. */
type Counted = { row: number; points: Big };
type Part = 'criteria' | 'bonus' | 'deductions';

type RowStyle = 'header' | 'group' | 'parent' | 'item' | 'total';

class SheetWriter {
  row = 0;
  constructor(private readonly ws: ExcelJS.Worksheet) {}

  /** Writes one table row (columns A..F bordered) and returns its number. */
  put(values: Partial<Record<keyof typeof COL, ExcelJS.CellValue>>, style: RowStyle): number {
    const r = ++this.row;
    const row = this.ws.getRow(r);
    for (const [name, value] of Object.entries(values)) row.getCell(COL[name as keyof typeof COL]).value = value;
    const bold = style === 'header' || style === 'group' || style === 'total';
    for (let c = COL.code; c <= COL.note; c++) {
      const cell = row.getCell(c);
      cell.font = font({ bold });
      cell.border = BORDER;
      const centred = style === 'header' || c === COL.code || c === COL.max || c === COL.self;
      cell.alignment = { vertical: 'middle', horizontal: centred ? 'center' : 'left', wrapText: true };
      if (style === 'header' || style === 'group') cell.fill = fill(GREY);
    }
    row.height = this.heightOf(row);
    return r;
  }

  /**
   * Excel and LibreOffice do not grow a row to fit wrapped text written by a program: the height is
   * estimated from the longest cell, about 1.1 characters of Times 11 pt per unit of column width.
   */
  private heightOf(row: ExcelJS.Row): number {
    let lines = 1;
    for (let c = COL.code; c <= COL.note; c++) {
      const text = String(row.getCell(c).value ?? '');
      const perLine = Math.max(1, Math.floor((this.ws.getColumn(c).width ?? 10) * 1.1));
      lines = Math.max(lines, text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
    }
    return 15 * lines + 2;
  }

  /** A line of the heading, merged across the table. */
  title(text: string, extra: Partial<ExcelJS.Font>, height?: number): void {
    const r = ++this.row;
    this.ws.mergeCells(r, COL.code, r, COL.note);
    const cell = this.ws.getCell(r, COL.code);
    cell.value = text;
    cell.font = font(extra);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (height) this.ws.getRow(r).height = height;
  }
}

function openCell(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  cell.fill = fill(OPEN);
}

const INSTRUCTION =
  'Hướng dẫn: nhập điểm tự chấm vào cột “Tự chấm” (tiêu chí đếm số lần, điểm thưởng, điểm trừ: nhập số lần; tiêu chí theo chỉ tiêu: nhập số thực hiện) và ghi chú, minh chứng vào cột “Ghi chú”. Không sửa, thêm hay xóa dòng; lưu tệp rồi gửi lại cho Khối.';

export async function writeUnitWorkbook(identity: WorkbookIdentity, def: ScaleDefinition, entries: ScoreEntry[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khối Thi Đua';
  wb.calcProperties.fullCalcOnLoad = true;
  const ws = wb.addWorksheet(UNIT_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  ws.columns = [{ width: 7 }, { width: 55 }, { width: 10 }, { width: 24 }, { width: 10 }, { width: 32 }, { hidden: true }, { hidden: true }];

  const mine = new Map(entries.filter((e) => e.unitId === identity.unitId).map((e) => [e.itemKey, e]));
  const items = scoredItems(def);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const w = new SheetWriter(ws);

  w.title(`BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${identity.year}`, { bold: true, size: 14 });
  w.title(`Đơn vị: ${identity.unitName}`, { bold: true });
  w.title(identity.blocName, {});
  w.title(INSTRUCTION, { italic: true, size: 11 }, 48);
  w.row++;
  const headerRow = w.put({ code: 'Mã', name: 'Nội dung', max: 'Điểm tối đa', how: 'Cách tính', self: 'Tự chấm', note: 'Ghi chú', key: MARK.header }, 'header');

  const rows: Record<Part, Counted[]> = { criteria: [], bonus: [], deductions: [] };
  const putItem = (item: ScoredItem, values: Partial<Record<keyof typeof COL, ExcelJS.CellValue>>): Counted => {
    const entry = mine.get(item.key);
    const figure = parseFigure(entry?.self);
    const r = w.put({ ...values, how: howScored(item), self: figure === null ? null : Number(figure), note: entry?.note || null, key: item.key }, 'item');
    const ref = `${columnLetter(COL.self)}${r}`;
    const { formula, points } = pointsOf(item, ref, figure);
    ws.getCell(r, COL.points).value = { formula, result: Number(points) };
    const self = ws.getCell(r, COL.self);
    openCell(self);
    self.dataValidation = { ...scoreRule(item, ref), allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' };
    const note = ws.getCell(r, COL.note);
    openCell(note);
    note.dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [NOTE_MAX],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Ghi chú quá dài',
      error: `Ghi chú tối đa ${NOTE_MAX} ký tự`,
    };
    return { row: r, points };
  };
  const putCriterion = (key: string, guidance: string): void => {
    const item = byKey.get(key);
    if (item?.role !== 'criterion') return;
    const counted = putItem(item, { code: item.code, name: item.name, max: item.max });
    const name = ws.getCell(counted.row, COL.name);
    if (item.parentKey) name.alignment = { vertical: 'middle', wrapText: true, indent: 1 };
    if (guidance) name.note = guidance;
    rows.criteria.push(counted);
  };

  for (const group of def.groups) {
    w.put({ code: group.code, name: group.name, max: group.max, key: group.key }, 'group');
    for (const c of group.criteria) {
      if (c.children.length === 0) {
        putCriterion(c.key, c.guidance);
        continue;
      }
      w.put({ code: c.code, name: c.name, max: c.max, how: 'Chấm theo các tiêu chí thành phần', key: c.key }, 'parent');
      for (const s of c.children) putCriterion(s.key, s.guidance);
    }
  }
  if (def.bonus.length > 0) {
    const heading = `Điểm thưởng (cộng tối đa ${fp(def.bonusCap)} điểm)`;
    w.put({ name: heading, max: 'Điểm/lần', how: 'Cách tính', self: 'Số lần đạt', note: 'Ghi chú', key: MARK.bonus }, 'group');
    def.bonus.forEach((b, i) => {
      const item = byKey.get(b.key);
      if (item) rows.bonus.push(putItem(item, { code: String(i + 1), name: b.name, max: b.points }));
    });
  }
  if (def.deductions.length > 0) {
    w.put({ name: 'Điểm trừ', max: 'Điểm/lần', how: 'Cách tính', self: 'Số lần vi phạm', note: 'Ghi chú', key: MARK.deductions }, 'group');
    def.deductions.forEach((d, i) => {
      const item = byKey.get(d.key);
      if (item) rows.deductions.push(putItem(item, { code: String(i + 1), name: d.name, max: d.points }));
    });
  }

  const totalRow = w.put({ name: 'Tổng điểm tự chấm (tạm tính; Khối tính lại khi nhận bảng)', key: MARK.total }, 'total');
  ws.getCell(totalRow, COL.self).value = totalFormula(rows, def.bonusCap);

  ws.views = [{ state: 'frozen', ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `E${headerRow + 2}` }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  // No password: the protection keeps a unit from overwriting the scale by accident, it is not a secret.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatRows: true, formatColumns: true });

  await writeIdentity(wb, identity);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Σ criteria + bonus within its cap − deductions, over the hidden points column. */
function totalFormula(rows: Record<Part, Counted[]>, bonusCap: number): ExcelJS.CellFormulaValue {
  const H = columnLetter(COL.points);
  const range = (list: Counted[]) => `SUM(${H}${list[0]!.row}:${H}${list.at(-1)!.row})`;
  const value = (list: Counted[]) => sum(list.map((c) => c.points));
  const parts: string[] = [];
  let total = ZERO;
  if (rows.criteria.length > 0) {
    parts.push(range(rows.criteria));
    total = total.plus(value(rows.criteria));
  }
  if (rows.bonus.length > 0) {
    parts.push(`+MIN(${range(rows.bonus)},${bonusCap})`);
    total = total.plus(minBig(value(rows.bonus), toBig(bonusCap)));
  }
  if (rows.deductions.length > 0) {
    parts.push(`-${range(rows.deductions)}`);
    total = total.minus(value(rows.deductions));
  }
  return { formula: parts.join('') || '0', result: Number(total) };
}

async function writeIdentity(wb: ExcelJS.Workbook, identity: WorkbookIdentity): Promise<void> {
  const sheet = wb.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' });
  sheet.addRows([
    [ID_LABEL.format, FORMAT_VERSION],
    [ID_LABEL.bloc, identity.blocName],
    [ID_LABEL.year, identity.year],
    [ID_LABEL.unitId, identity.unitId],
    [ID_LABEL.unitName, identity.unitName],
    [ID_LABEL.scaleId, identity.scaleId],
    [ID_LABEL.scaleVersion, identity.scaleVersion],
    [ID_LABEL.checksum, identity.checksum],
  ]);
  await sheet.protect('', {});
}
