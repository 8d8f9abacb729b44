// Reading back a self-scoring workbook a unit returned. Nothing in the file is trusted: the hidden sheet must
// name this bloc, year, member unit and scale version; each row must still be the item it was written as;
// each score cell must hold a figure the item accepts. Totals and formulas are ignored, the app recomputes.
// A bad file never throws: every problem becomes a message naming the file, sheet, row and column.
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { importMessage, ScaleDefinition } from '../../../contract/scoring.js';
import { cleanText, sameNameKey } from '../../../common/vietnamese.js';
import { plain, toBig } from '../../../scoring/decimal.js';
import { entryProblem, scoredItems, type ScoredItem } from '../../../scoring/items.js';
import { cellText, isFormula, placeOf } from './cells.js';
import { openWorkbook } from './open-workbook.js';
import { COL, FORMAT_VERSION, ID_LABEL, IDENTITY_SHEET, MARK, NOTE_MAX, UNIT_SHEET } from './unit-layout.js';

export { MAX_WORKBOOK_BYTES } from './open-workbook.js';

type ImportMessage = z.infer<typeof importMessage>;

export interface ImportExpectation {
  blocName: string;
  year: number;
  scaleId: number;
  scaleVersion: number;
  checksum: string;
  members: { unitId: number; unitName: string }[];
  def: ScaleDefinition;
}

export interface ReadWorkbook {
  unitId: number | null;
  unitName: string | null;
  changes: { unitId: number; itemKey: string; self: string | null; note: string }[];
  errors: ImportMessage[];
  warnings: ImportMessage[];
}

/** A row the scale expects: a scored item, or a group or parent criterion shown for reading only. */
type Expected = { label: string; code: string | null; name: string; item: ScoredItem | null };

function expectedRows(def: ScaleDefinition): Map<string, Expected> {
  const rows = new Map<string, Expected>();
  for (const g of def.groups) {
    rows.set(g.key, { label: `nhóm ${g.code}`, code: g.code, name: g.name, item: null });
    for (const c of g.criteria) {
      if (c.children.length > 0) rows.set(c.key, { label: `tiêu chí ${c.code}`, code: c.code, name: c.name, item: null });
    }
  }
  for (const item of scoredItems(def)) {
    if (item.role === 'criterion') rows.set(item.key, { label: `tiêu chí ${item.code}`, code: item.code, name: item.name, item });
    else rows.set(item.key, { label: item.role === 'bonus' ? 'mục điểm thưởng' : 'mục điểm trừ', code: null, name: item.name, item });
  }
  return rows;
}

/** The figure typed in a score cell, canonical ("7.5"), or the problem with it. */
function figureOf(value: ExcelJS.CellValue): { figure: string | null } | { problem: string } {
  if (value === null || value === undefined) return { figure: null };
  if (isFormula(value)) return { problem: 'ô chứa công thức, hãy nhập số' };
  if (typeof value === 'number') return Number.isFinite(value) ? { figure: plain(toBig(value)) } : { problem: 'ô không chứa số hợp lệ' };
  if (value instanceof Date) return { problem: 'ô chứa ngày tháng, hãy nhập số' };
  if (typeof value === 'boolean') return { problem: 'ô chứa giá trị đúng/sai, hãy nhập số' };
  if (typeof value === 'object' && 'error' in value) return { problem: `ô chứa lỗi ${value.error}, hãy nhập số` };
  const text = cellText(value);
  if (text === '') return { figure: null };
  // Officers type a decimal comma, and a cell formatted as text keeps "7,5" as text.
  if (/^-?\d+([.,]\d+)?$/.test(text)) return { figure: plain(toBig(text.replace(',', '.'))) };
  return { problem: `ô chứa chữ “${text}”, hãy nhập số` };
}

/** The identity sheet as label → value. */
function identityOf(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const values = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row) => values.set(cellText(row.getCell(1).value), row.getCell(2).value));
  return values;
}

const wholeOf = (value: ExcelJS.CellValue): number | null => {
  const n = Number(cellText(value));
  return cellText(value) !== '' && Number.isInteger(n) ? n : null;
};

export async function readUnitWorkbook(bytes: Uint8Array, fileName: string, expect: ImportExpectation): Promise<ReadWorkbook> {
  const result: ReadWorkbook = { unitId: null, unitName: null, changes: [], errors: [], warnings: [] };
  const fail = (where: string, message: string) => {
    result.errors.push({ where, message });
    return result;
  };
  const opened = await openWorkbook(bytes, fileName);
  if (!opened.ok) return fail(fileName, opened.message);
  const wb = opened.workbook;
  const sheet = wb.getWorksheet(UNIT_SHEET);
  const hidden = wb.getWorksheet(IDENTITY_SHEET);
  if (!hidden) {
    return fail(fileName, `Tệp ${fileName} không phải bảng tự chấm do Khối gửi (thiếu trang ẩn “${IDENTITY_SHEET}” ghi đơn vị và thang điểm); hãy nhập vào bảng tự chấm được gửi`);
  }
  if (!sheet) return fail(fileName, `Tệp ${fileName} không có trang “${UNIT_SHEET}”; hãy giữ nguyên tên trang của bảng tự chấm`);

  if (!checkIdentity(identityOf(hidden), fileName, expect, result)) return result;
  readRows(sheet, fileName, expect, result);
  if (result.errors.length > 0) result.changes = [];
  return result;
}

/** Who and what the file is for; false when it is not this bloc's, year's, member's or scale's workbook. */
function checkIdentity(id: Map<string, ExcelJS.CellValue>, fileName: string, expect: ImportExpectation, result: ReadWorkbook): boolean {
  const where = placeOf(fileName, null);
  const error = (message: string) => result.errors.push({ where, message });
  if (wholeOf(id.get(ID_LABEL.format) ?? null) !== FORMAT_VERSION) {
    error(`Tệp ${fileName} được lập theo mẫu bảng tự chấm khác; hãy nhập vào bảng tự chấm mới được gửi`);
    return false;
  }
  const bloc = cellText(id.get(ID_LABEL.bloc) ?? null);
  if (sameNameKey(bloc) !== sameNameKey(expect.blocName)) error(`Bảng tự chấm này của “${bloc}”, không phải của “${expect.blocName}”`);
  const year = wholeOf(id.get(ID_LABEL.year) ?? null);
  if (year !== expect.year) error(`Bảng tự chấm này của năm ${year ?? '(không rõ)'}, không phải năm ${expect.year} đang chấm`);

  const unitId = wholeOf(id.get(ID_LABEL.unitId) ?? null);
  const unitName = cellText(id.get(ID_LABEL.unitName) ?? null);
  result.unitName = unitName || null;
  const member = expect.members.find((m) => m.unitId === unitId);
  if (member) {
    result.unitId = member.unitId;
    result.unitName = member.unitName;
    if (sameNameKey(unitName) !== sameNameKey(member.unitName)) {
      result.warnings.push({ where, message: `Tệp ghi tên đơn vị “${unitName}”, nay đơn vị có tên “${member.unitName}”` });
    }
  } else {
    error(`Đơn vị “${unitName || '(không rõ)'}” (mã ${unitId ?? 'không rõ'}) ghi trong tệp không phải thành viên của Khối năm ${expect.year}`);
  }

  const version = wholeOf(id.get(ID_LABEL.scaleVersion) ?? null);
  const checksum = cellText(id.get(ID_LABEL.checksum) ?? null);
  const scaleId = wholeOf(id.get(ID_LABEL.scaleId) ?? null);
  if (version !== expect.scaleVersion) {
    error(`Bảng tự chấm được lập theo thang điểm phiên bản ${version ?? '(không rõ)'}, nay là phiên bản ${expect.scaleVersion}: hãy gửi lại bảng mới`);
  } else if (scaleId !== expect.scaleId || checksum !== expect.checksum) {
    error(`Bảng tự chấm được lập theo thang điểm phiên bản ${version} trước khi thang điểm được sửa: hãy gửi lại bảng mới`);
  }
  return result.errors.length === 0;
}

/** Compares each row with the scale and reads the scored rows' figures and notes. */
function readRows(sheet: ExcelJS.Worksheet, fileName: string, expect: ImportExpectation, result: ReadWorkbook): void {
  const at = (row: number, column?: number) => placeOf(fileName, UNIT_SHEET, row, column);
  const error = (where: string, message: string) => result.errors.push({ where, message });
  const expected = expectedRows(expect.def);
  const seen = new Map<string, number>();
  let header: number | null = null;
  const unscored: string[] = [];

  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const key = cellText(row.getCell(COL.key).value);
    if (header === null) {
      if (key === MARK.header) header = r;
      continue;
    }
    if ((Object.values(MARK) as string[]).includes(key)) continue;
    const code = cellText(row.getCell(COL.code).value);
    const name = cellText(row.getCell(COL.name).value);
    const shown = [code, name].filter(Boolean).join(' ');
    const want = expected.get(key);
    if (!want) {
      const filled = [COL.code, COL.name, COL.max, COL.how, COL.self, COL.note].some((c) => cellText(row.getCell(c).value) !== '');
      if (key !== '' || filled) {
        error(at(r), `Dòng “${shown || '(trống)'}” không có trong thang điểm hiện hành: không thêm dòng vào bảng tự chấm`);
      }
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      error(at(r), `Dòng này lặp lại ${want.label} đã có ở dòng ${earlier}: không chép thêm dòng`);
      continue;
    }
    seen.set(key, r);
    if (want.code !== null && code !== want.code) {
      error(at(r, COL.code), `Mã của ${want.label} đã bị sửa thành “${code}”; không sửa nội dung bảng tự chấm`);
    }
    if (name !== cleanText(want.name)) {
      error(at(r, COL.name), `Nội dung ${want.label} đã bị sửa: “${name}” thay cho “${want.name}”; không sửa nội dung bảng tự chấm`);
    }
    if (!want.item) continue;

    const figure = figureOf(row.getCell(COL.self).value);
    let self: string | null = null;
    if ('problem' in figure) error(at(r, COL.self), `${capitalised(want.label)}: ${figure.problem}`);
    else if (figure.figure !== null) {
      const problem = entryProblem(want.item, figure.figure);
      if (problem) error(at(r, COL.self), problem);
      self = figure.figure;
    } else if (want.item.role === 'criterion') unscored.push(want.item.code);

    const note = cellText(row.getCell(COL.note).value);
    if (note.length > NOTE_MAX) error(at(r, COL.note), `Ghi chú của ${want.label} quá dài (tối đa ${NOTE_MAX} ký tự)`);
    if (result.unitId !== null) result.changes.push({ unitId: result.unitId, itemKey: want.item.key, self, note });
  }

  if (header === null) {
    error(placeOf(fileName, UNIT_SHEET), `Trang “${UNIT_SHEET}” không còn dòng tiêu đề của bảng; hãy nhập vào bảng tự chấm được gửi`);
    return;
  }
  for (const [key, want] of expected) {
    if (!seen.has(key)) error(placeOf(fileName, UNIT_SHEET), `Thiếu dòng của ${want.label} “${want.name}”: không xóa dòng khỏi bảng tự chấm`);
  }
  if (unscored.length > 0) {
    result.warnings.push({ where: placeOf(fileName, UNIT_SHEET), message: `Còn ${unscored.length} tiêu chí chưa chấm: ${unscored.join(', ')}` });
  }
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
