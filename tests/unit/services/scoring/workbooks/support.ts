// Shared by the workbook tests: the bloc's template scale, a member list, a unit's identity, and the edits a
// unit makes to its workbook in Excel (done here with exceljs on the real file).
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { scaleDefinition, type ScaleDefinition, type ScaleDefinitionInput } from '../../../../../main/contract/scoring.js';
import type { ImportExpectation } from '../../../../../main/services/scoring/workbooks/read-unit-workbook.js';
import type { WorkbookIdentity } from '../../../../../main/services/scoring/workbooks/unit-workbook.js';

export const templateInput = (): ScaleDefinitionInput => JSON.parse(fs.readFileSync('assets/defaults/scale.json', 'utf8')) as ScaleDefinitionInput;
export const template = (): ScaleDefinition => scaleDefinition.parse(templateInput());

export const BLOC = 'Khối thi đua Văn hóa - Xã hội';
export const members = [
  { unitId: 7, unitName: 'Sở Y tế' },
  { unitId: 8, unitName: 'Sở Giáo dục và Đào tạo' },
];

export const identity = (change: Partial<WorkbookIdentity> = {}): WorkbookIdentity => ({
  blocName: BLOC,
  year: 2022,
  unitId: 7,
  unitName: 'Sở Y tế',
  scaleId: 3,
  scaleVersion: 1,
  checksum: 'sha-abc',
  ...change,
});

export const expectation = (def: ScaleDefinition, change: Partial<ImportExpectation> = {}): ImportExpectation => ({
  blocName: BLOC,
  year: 2022,
  scaleId: 3,
  scaleVersion: 1,
  checksum: 'sha-abc',
  members,
  def,
  ...change,
});

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return wb;
}

/** The row of the "Tự chấm" sheet that carries the item key in the hidden column G. */
export function rowOf(ws: ExcelJS.Worksheet, key: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 7).value === key) return r;
  throw new Error(`no row for ${key}`);
}

/** Opens the workbook as a unit would, lets `edit` change the "Tự chấm" sheet, and saves it. */
export async function edited(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = await load(bytes);
  edit(wb.getWorksheet('Tự chấm')!, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Types scores (column E) and notes (column F) into the rows of the given item keys. */
export const typed = (scores: Record<string, ExcelJS.CellValue>, notes: Record<string, string> = {}) => (ws: ExcelJS.Worksheet) => {
  for (const [key, value] of Object.entries(scores)) ws.getCell(rowOf(ws, key), 5).value = value;
  for (const [key, note] of Object.entries(notes)) ws.getCell(rowOf(ws, key), 6).value = note;
};
