// The year's member units as a workbook: a title, then one row per unit under a header the import reads back
// (Tên đơn vị, Tên viết tắt, Chức vụ thủ trưởng, Họ tên thủ trưởng), so this year's list can start next year's.
import ExcelJS from 'exceljs';
import type { Year, YearUnit } from '../../contract/index.js';
import { BORDER, font } from '../scoring/workbooks/cells.js';
import { landscapeA4 } from '../workbook-page.js';
import { documentPath, writeFile } from '../documents/files.js';
import type { ServiceOptions } from '../options.js';
import type { Reader } from '../transaction.js';
import { findYear } from '../years/queries.js';
import { listMembers } from './queries.js';

export const unitListFileName = (year: number) => `Danh-sach-don-vi-${year}.xlsx`;

const COLUMNS: { header: string; width: number; value: (u: YearUnit, i: number) => string | number }[] = [
  { header: 'STT', width: 6, value: (_, i) => i + 1 },
  { header: 'Tên đơn vị', width: 44, value: (u) => u.name },
  { header: 'Tên viết tắt', width: 14, value: (u) => u.shortName },
  { header: 'Chức vụ thủ trưởng', width: 22, value: (u) => u.headPosition },
  { header: 'Họ tên thủ trưởng', width: 22, value: (u) => u.headName },
  { header: 'Cấp phó ký thay', width: 30, value: (u) => (u.deputySigns ? `KT. ${u.deputyPosition} ${u.deputyName}`.trim() : '') },
  { header: 'Địa chỉ', width: 30, value: (u) => u.address },
  { header: 'Điện thoại', width: 16, value: (u) => u.phone },
  { header: 'Email', width: 26, value: (u) => u.email },
  { header: 'Cán bộ thi đua', width: 22, value: (u) => u.officerName },
];

export async function writeUnitList(year: Year, members: YearUnit[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khối Thi Đua';
  const ws = wb.addWorksheet(`Đơn vị năm ${year.year}`, {
    pageSetup: landscapeA4,
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  const last = COLUMNS.length;
  const title = (row: number, text: string, extra: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font({ bold: true, ...extra });
    cell.alignment = { horizontal: 'center' };
  };
  title(1, year.blocName.toLocaleUpperCase('vi'));
  title(2, `DANH SÁCH ĐƠN VỊ THÀNH VIÊN NĂM ${year.year}`, { size: 14 });
  const header = ws.getRow(4);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = font({ bold: true });
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  members.forEach((u, r) => {
    const row = ws.getRow(5 + r);
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.value(u, r);
      cell.font = font();
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, ...(i === 0 && { horizontal: 'center' }) };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Desktop: saved where the officer picks (the year's documents folder proposed); browser mode: downloaded. */
export async function exportList(db: Reader, options: ServiceOptions, yearId: number) {
  const year = await findYear(db, yearId);
  const bytes = await writeUnitList(year, await listMembers(db, yearId));
  const fileName = unitListFileName(year.year);
  if (!options.desktop) return { fileName, path: null, base64: Buffer.from(bytes).toString('base64') };
  const chosen = await options.desktop.chooseSavePath(documentPath(options.dataDir, year.year, fileName));
  if (chosen !== null) writeFile(chosen, bytes);
  return { fileName, path: chosen, base64: null };
}
