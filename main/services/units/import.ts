// Units in bulk: a pasted list or a workbook read into rows and checked (previewImport), then added together
// in one transaction (importMany), which checks again and refuses the whole list with the same messages.
import fs from 'node:fs';
import path from 'node:path';
import { membershipFields, type ImportedUnit, type UnitsImportPreview, type YearUnit } from '../../contract/index.js';
import { sameNameKey } from '../../common/vietnamese.js';
import { StorageError } from '../../../db/storage-errors.js';
import { fieldError, ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { cellText } from '../scoring/workbooks/cells.js';
import { openWorkbook } from '../scoring/workbooks/open-workbook.js';
import type { Reader, Trx } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { createUnit } from './index.js';
import { readTable, splitPasted, type ReadTable, type SourceRow } from './import-table.js';
import { listMembers } from './queries.js';

type Row = ImportedUnit & { line?: number };

/** What stops each row from being added: the unit form's own rules, a name twice in the list, a member already. */
export async function checkRows(db: Reader, yearId: number, rows: Row[]): Promise<string[][]> {
  const year = await findYear(db, yearId);
  const members = new Map((await listMembers(db, yearId)).map((m) => [sameNameKey(m.name), m.name]));
  const firstLine = new Map<string, number>();
  return rows.map((row, i) => {
    const parsed = membershipFields.safeParse(row);
    const errors = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    const key = sameNameKey(row.name);
    if (key === '') return errors;
    const member = members.get(key);
    if (member) errors.push(`Đơn vị “${member}” đã có trong khối năm ${year.year}.`);
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, row.line ?? i + 1);
    else errors.push(`Trùng tên với dòng ${earlier} của danh sách.`);
    return errors;
  });
}

async function preview(db: Reader, yearId: number, table: ReadTable, fileName: string | null): Promise<UnitsImportPreview> {
  const errors = await checkRows(db, yearId, table.rows);
  return { fileName, columns: table.columns, header: table.header, rows: table.rows.map((row, i) => ({ ...row, errors: errors[i]! })) };
}

/** The first sheet with anything in it, as rows of the text each cell shows. */
async function workbookRows(bytes: Uint8Array, fileName: string): Promise<SourceRow[]> {
  const opened = await openWorkbook(bytes, fileName);
  if (!opened.ok) throw new ServiceError('VALIDATION', `${opened.message}.`);
  const sheet = opened.workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ServiceError('VALIDATION', `Tệp ${fileName} không có trang tính nào có dữ liệu.`);
  const rows: SourceRow[] = [];
  sheet.eachRow((row, line) => {
    // A merged title repeats its text in every cell it spans: read once.
    const cells = Array.from({ length: row.cellCount }, (_, i) => {
      const cell = row.getCell(i + 1);
      return cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell.value);
    });
    rows.push({ line, cells });
  });
  return rows;
}

export async function previewImport(db: Reader, yearId: number, source: { pasted?: string; file?: { fileName: string; base64: string } }) {
  if (source.file) {
    const { fileName, base64 } = source.file;
    return preview(db, yearId, readTable(await workbookRows(Buffer.from(base64, 'base64'), fileName)), fileName);
  }
  return preview(db, yearId, readTable(splitPasted(source.pasted ?? '')), null);
}

/** Desktop: the workbook picked in the system's open dialog, read by main; null when the officer cancels. */
export async function chooseImportFile(db: Reader, options: ServiceOptions, yearId: number) {
  if (!options.desktop) throw new ServiceError('VALIDATION', 'Hãy chọn tệp Excel (.xlsx) có danh sách đơn vị.');
  const chosen = await options.desktop.chooseOpenPath('Danh sách đơn vị (Excel)', ['xlsx']);
  if (!chosen) return null;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(chosen);
  } catch (error) {
    throw StorageError.from(error, path.dirname(chosen)) ?? error;
  }
  const fileName = path.basename(chosen);
  return preview(db, yearId, readTable(await workbookRows(bytes, fileName)), fileName);
}

export async function importMany(trx: Trx, yearId: number, rows: Row[]): Promise<YearUnit[]> {
  await findOpenYear(trx, yearId);
  const errors = await checkRows(trx, yearId, rows);
  const refused = rows.flatMap((row, i) => (errors[i]!.length > 0 ? [`dòng ${row.line ?? i + 1}: ${errors[i]!.join(' ')}`] : []));
  if (refused.length > 0) {
    throw fieldError('rows', `Chưa thêm đơn vị nào. Cần sửa ${refused.join('; ')}`);
  }
  const added: YearUnit[] = [];
  for (const row of rows) added.push(await createUnit(trx, yearId, membershipFields.parse(row)));
  return added;
}
