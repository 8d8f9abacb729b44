// "Xuất Excel" of the register: the year's entries (or every year's of the bloc) in register order, one line
// each, with the dates as real dates so the secretariat can sort and filter them.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Db } from '../../../db/connection.js';
import type { Handlers, RegisterEntry } from '../../contract/index.js';
import type { ServiceOptions } from '../options.js';
import { BORDER, fill, font } from '../scoring/workbooks/cells.js';
import { landscapeA4 } from '../workbook-page.js';
import { statusText } from '../../documents/register-status.js';
import type { Reader } from '../transaction.js';
import { findYear, listYears } from '../years/queries.js';
import { DOCUMENTS_FOLDER, writeFile } from './files.js';
import { listEntries } from './register.js';

export interface RegisterHeading {
  blocName: string;
  years: number[];
}

/** "Có (3 trang)" for a copy scanned as images, "Có" for a PDF, "Không" without one. */
const signedText = (entry: RegisterEntry) =>
  !entry.signedCopy ? 'Không' : entry.signedCopy.files.length > 1 ? `Có (${entry.signedCopy.files.length} trang)` : 'Có';

/** The register's order: by year, date, then number (unnumbered first), then as recorded. */
export const inRegisterOrder = (entries: RegisterEntry[]) =>
  entries.toSorted((a, b) => a.year - b.year || a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id);

const spanOf = (years: number[]) => (years.length === 1 ? String(years[0]) : `${years[0]}-${years.at(-1)}`);

export const registerWorkbookFileName = (years: number[]) => `So-van-ban-${spanOf(years)}.xlsx`;

export async function writeRegisterWorkbook(heading: RegisterHeading, entries: RegisterEntry[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khối Thi Đua';
  const ws = wb.addWorksheet('Sổ văn bản', {
    pageSetup: { ...landscapeA4, printTitlesRow: '3:3' },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  const many = heading.years.length > 1;
  const columns = [
    { header: 'STT', width: 6 },
    ...(many ? [{ header: 'Năm', width: 7 }] : []),
    { header: 'Số, ký hiệu', width: 20 },
    { header: 'Ngày ban hành', width: 13 },
    { header: 'Loại văn bản', width: 18 },
    { header: 'Trích yếu', width: 50 },
    { header: 'Nơi nhận', width: 30 },
    { header: 'Trạng thái', width: 22 },
    { header: 'Bản ký', width: 12 },
  ];
  ws.columns = columns.map((c) => ({ width: c.width }));

  ws.mergeCells(1, 1, 1, columns.length);
  const title = ws.getCell(1, 1);
  title.value = `SỔ VĂN BẢN ${many ? `CÁC NĂM ${spanOf(heading.years)}` : `NĂM ${heading.years[0]}`}`;
  title.font = font({ bold: true, size: 14 });
  title.alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns.length);
  const bloc = ws.getCell(2, 1);
  bloc.value = heading.blocName;
  bloc.font = font({ bold: true });
  bloc.alignment = { horizontal: 'center' };

  const header = ws.getRow(3);
  header.values = columns.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = fill('FFE8E8E8');
  });

  for (const [i, e] of entries.entries()) {
    const row = ws.addRow([
      i + 1,
      ...(many ? [e.year] : []),
      e.numberText,
      new Date(`${e.date}T00:00:00Z`),
      e.typeLabel,
      e.title,
      e.recipients.join('; '),
      statusText(e, entries),
      signedText(e),
    ]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = font();
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 || (many && col === 2) ? 'center' : 'left' };
    });
    row.getCell(many ? 4 : 3).numFmt = 'dd/mm/yyyy';
  }
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + entries.length, column: columns.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The entries and heading of one year, or of every year of its bloc. */
export async function registerOf(db: Reader, yearId: number, allYears: boolean) {
  const year = await findYear(db, yearId);
  const years = allYears ? await listYears(db, year.blocId) : [year];
  const entries = (await Promise.all(years.map((y) => listEntries(db, y.id)))).flat();
  return { heading: { blocName: year.blocName, years: years.map((y) => y.year) }, entries: inRegisterOrder(entries) };
}

export const registerWorkbookHandlers = (db: Db, options: ServiceOptions): Pick<Handlers, 'documents.registerWorkbook'> => ({
  'documents.registerWorkbook': async ({ yearId, allYears }) => {
    const { heading, entries } = await registerOf(db, yearId, allYears);
    const fileName = registerWorkbookFileName(heading.years);
    const bytes = await writeRegisterWorkbook(heading, entries);
    if (!options.desktop) return { fileName, path: null, base64: Buffer.from(bytes).toString('base64') };
    const chosen = await options.desktop.chooseSavePath(path.join(path.resolve(options.dataDir), DOCUMENTS_FOLDER, fileName));
    if (chosen !== null) writeFile(chosen, bytes);
    return { fileName, path: chosen, base64: null };
  },
});
