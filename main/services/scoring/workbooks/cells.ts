// Cell helpers shared by the workbooks: the font state documents use, thin borders, reading a cell as text,
// and naming a cell the way an officer finds it ("dòng 14, cột E").
import type ExcelJS from 'exceljs';
import { cleanText } from '../../../common/vietnamese.js';

export const FONT = 'Times New Roman';
export const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 12, ...extra });

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** A column letter from its 1-based number (the workbooks use fewer than 27 columns). */
export const columnLetter = (column: number): string => String.fromCharCode(64 + column);

/** "Sở Y tế.xlsx — trang “Tự chấm”, dòng 14, cột E" (row and column optional). */
export function placeOf(fileName: string, sheet: string | null, row?: number, column?: number): string {
  const parts = [sheet === null ? fileName : `${fileName} — trang “${sheet}”`];
  if (row !== undefined) parts.push(`dòng ${row}`);
  if (column !== undefined) parts.push(`cột ${columnLetter(column)}`);
  return parts.join(', ');
}

/** What a cell shows as text, cleaned: formulas by their last result, rich text joined. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cleanText(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return cleanText(String(value.text));
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

/** True for a cell holding a formula, whatever its cached result. */
export const isFormula = (value: ExcelJS.CellValue): boolean =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
