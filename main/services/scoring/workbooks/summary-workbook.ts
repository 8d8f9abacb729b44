// The score summary as a workbook: the same table as the DOCX (documents-practice.md, "Score summary"), from
// the same rows, in the same order and words, with the points as real numbers so the secretariat can sort and check them.
import ExcelJS from 'exceljs';
import type { ScaleDefinition, Standing } from '../../../contract/scoring.js';
import { summaryRows } from '../../../documents/kinds/score-summary/gather.js';
import { noteOf, rankingOrder, summaryTitle } from '../../../documents/kinds/score-summary/wording.js';
import { landscapeA4 } from '../../workbook-page.js';
import { BORDER, font } from './cells.js';

export interface SummaryHeading {
  blocName: string;
  governingBody: string;
  year: number;
}

export const summaryWorkbookFileName = (year: number): string => `Tong-hop-diem-${year}.xlsx`;

/** A decimal string as a numeric cell value; whole numbers print without a decimal separator. */
function pointsCell(cell: ExcelJS.Cell, value: string): void {
  if (value === '') return;
  const n = Number(value);
  cell.value = n;
  cell.numFmt = Number.isInteger(n) ? '0' : '0.##';
}

export async function writeSummaryWorkbook(heading: SummaryHeading, def: ScaleDefinition, standings: Standing[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Khối Thi Đua';
  const ws = wb.addWorksheet('Tổng hợp', {
    pageSetup: landscapeA4,
  });
  const classified = def.bands.length > 0;
  const groupCodes = def.groups.map((g) => g.code);
  const groupColumns = Math.max(groupCodes.length, 1);
  // Column numbers, left to right.
  const c = { stt: 1, name: 2, self: 3, group: 4 } as const;
  const bonus = c.group + groupColumns;
  const deductions = bonus + 1;
  const total = bonus + 2;
  const rank = bonus + 3;
  const classification = classified ? bonus + 4 : null;
  const note = bonus + (classified ? 5 : 4);
  ws.columns = [
    { width: 6 },
    { width: 34 },
    { width: 10 },
    ...Array.from({ length: groupColumns }, () => ({ width: 8 })),
    { width: 9.5 },
    { width: 9.5 },
    { width: 10 },
    { width: 8 },
    ...(classified ? [{ width: 24 }] : []),
    { width: 30 },
  ];

  const line = (r: number, from: number, to: number, text: string, extra: Partial<ExcelJS.Font>) => {
    ws.mergeCells(r, from, r, to);
    const cell = ws.getCell(r, from);
    cell.value = text;
    cell.font = font(extra);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  const right = Math.max(c.group, note - 5);
  line(1, c.stt, c.self, heading.governingBody.toLocaleUpperCase('vi'), {});
  line(2, c.stt, c.self, heading.blocName.toLocaleUpperCase('vi'), { bold: true });
  line(1, right, note, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  line(2, right, note, 'Độc lập - Tự do - Hạnh phúc', { bold: true });
  line(4, c.stt, note, summaryTitle(heading.year), { bold: true, size: 14 });
  line(5, c.stt, note, heading.blocName, { bold: true });

  const h = 7;
  const header = (col: number, text: string, span: 'rows' | number) => {
    if (span === 'rows') ws.mergeCells(h, col, h + 1, col);
    else if (span > 1) ws.mergeCells(h, col, h, col + span - 1);
    ws.getCell(h, col).value = text;
  };
  header(c.stt, 'STT', 'rows');
  header(c.name, 'Tên đơn vị', 'rows');
  header(c.self, 'Điểm tự chấm', 'rows');
  header(c.group, 'Điểm Khối chấm', groupColumns);
  groupCodes.forEach((code, i) => (ws.getCell(h + 1, c.group + i).value = code));
  header(bonus, 'Điểm thưởng', 'rows');
  header(deductions, 'Điểm trừ', 'rows');
  header(total, 'Tổng điểm', 'rows');
  header(rank, 'Xếp hạng', 'rows');
  if (classification !== null) header(classification, 'Xếp loại', 'rows');
  header(note, 'Ghi chú', 'rows');
  for (const r of [h, h + 1]) {
    for (let col = 1; col <= note; col++) {
      const cell = ws.getCell(r, col);
      cell.font = font({ bold: true });
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }

  rankingOrder(summaryRows(def, standings)).forEach((row, i) => {
    const r = h + 2 + i;
    ws.getCell(r, c.stt).value = i + 1;
    ws.getCell(r, c.name).value = row.unitName;
    pointsCell(ws.getCell(r, c.self), row.self);
    row.groups.forEach((points, j) => pointsCell(ws.getCell(r, c.group + j), points));
    pointsCell(ws.getCell(r, bonus), row.bonus);
    pointsCell(ws.getCell(r, deductions), row.deductions);
    pointsCell(ws.getCell(r, total), row.total);
    ws.getCell(r, rank).value = row.rank ?? '—';
    if (classification !== null) ws.getCell(r, classification).value = row.classification ?? '—';
    ws.getCell(r, note).value = noteOf(row) || null;
    for (let col = 1; col <= note; col++) {
      const cell = ws.getCell(r, col);
      cell.font = font({ bold: col === total });
      const left = col === c.name || col === classification || col === note;
      cell.alignment = { horizontal: left ? 'left' : 'center', vertical: 'middle', wrapText: true };
    }
  });
  const last = h + 1 + standings.length;
  for (let r = h; r <= last; r++) for (let col = 1; col <= note; col++) ws.getCell(r, col).border = BORDER;

  ws.views = [{ state: 'frozen', ySplit: h + 1 }];
  ws.pageSetup.printTitlesRow = `${h}:${h + 1}`;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
