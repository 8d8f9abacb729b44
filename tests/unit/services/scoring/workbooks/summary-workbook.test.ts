// The score summary as a spreadsheet: the DOCX's table, with the points as numbers.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ScoreEntry } from '../../../../../main/contract/scoring.js';
import { computeStandings } from '../../../../../main/scoring/ranking.js';
import { summaryWorkbookFileName, writeSummaryWorkbook } from '../../../../../main/services/scoring/workbooks/summary-workbook.js';
import { BLOC, load, template } from './support.js';

const FULL = ['c1-1', 'c1-2', 'c1-3', 'c1-4', 'c2-1', 'c2-2', 'c2-3', 'c2-4', 'c3-1', 'c3-2', 'c3-3', 'c3-4'];
const MAX: Record<string, string> = { 'c1-1': '30', 'c1-2': '10', 'c1-3': '10', 'c1-4': '10' };

/** Every criterion at full marks but for `changes`. */
function scores(unitId: number, changes: Record<string, string>): ScoreEntry[] {
  const figures: Record<string, string> = Object.fromEntries(FULL.map((key) => [key, MAX[key] ?? '5']));
  return Object.entries({ ...figures, ...changes }).map(([itemKey, self]) => ({ unitId, itemKey, self, bloc: null, reason: '', note: '' }));
}

describe('the score summary workbook', () => {
  it('lists every unit in ranking order under a two-row header, points as numbers', async () => {
    const def = template();
    const members = [
      { unitId: 1, unitName: 'Sở Văn hóa, Thể thao và Du lịch' },
      { unitId: 2, unitName: 'Sở Giáo dục và Đào tạo' },
      { unitId: 3, unitName: 'Sở Y tế' },
    ];
    const entries = [...scores(1, { d3: '1' }), ...scores(2, { 'c1-1': '25.5' }), ...scores(3, { b1: '1' })];
    const standings = computeStandings(def, members, entries);
    const bytes = await writeSummaryWorkbook({ blocName: BLOC, governingBody: 'UBND tỉnh Bắc Kạn', year: 2022 }, def, standings);
    expect(summaryWorkbookFileName(2022)).toBe('Tong-hop-diem-2022.xlsx');

    const ws = (await load(bytes)).worksheets[0]!;
    const v = (address: string) => ws.getCell(address).value;
    expect([v('A1'), v('A2'), v('A4'), v('A5')]).toEqual(['UBND TỈNH BẮC KẠN', 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2022', BLOC]);
    // Row 7 heads the columns, row 8 names the groups under "Điểm Khối chấm".
    const header = ['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'K', 'L'].map((c) => v(`${c}7`));
    expect(header).toEqual(['STT', 'Tên đơn vị', 'Điểm tự chấm', 'Điểm Khối chấm', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Ghi chú']);
    expect(['D8', 'E8', 'F8'].map(v)).toEqual(['I', 'II', 'III']);
    expect(['E7', 'F7'].map((a) => ws.getCell(a).master.address)).toEqual(['D7', 'D7']);
    expect(ws.getCell('A8').master.address).toBe('A7');
    expect(ws.getCell('D8').isMerged).toBe(false);

    const row = (r: number) => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((c) => v(`${c}${r}`));
    expect(row(9)).toEqual([1, 'Sở Y tế', 105, 60, 20, 20, 5, 0, 105, 1, 'Hoàn thành xuất sắc nhiệm vụ', null]);
    expect(row(10)).toEqual([2, 'Sở Giáo dục và Đào tạo', 95.5, 55.5, 20, 20, 0, 0, 95.5, 2, 'Hoàn thành xuất sắc nhiệm vụ', null]);
    const out = standings.find((s) => s.unitId === 1)!;
    expect(row(11)).toEqual([3, 'Sở Văn hóa, Thể thao và Du lịch', 90, 60, 20, 20, 0, 10, 90, '—', '—', out.disqualified!.reason]);
    expect(ws.rowCount).toBe(11);
    expect([ws.getCell('C10').numFmt, ws.getCell('I9').numFmt]).toEqual(['0.##', '0']);

    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const cell: ExcelJS.Cell = ws.getCell('B10');
    expect(cell.font.name).toBe('Times New Roman');
    expect(cell.border.left?.style).toBe('thin');
    expect(ws.getCell('I9').font.bold).toBe(true);
  });

  it('says "Bỏ phiếu lại" for units the tie-break chain cannot separate, and has no "Xếp loại" column without bands', async () => {
    const def = { ...template(), bands: [] };
    const members = [
      { unitId: 1, unitName: 'Sở Y tế' },
      { unitId: 2, unitName: 'Sở Tư pháp' },
    ];
    const standings = computeStandings(def, members, [...scores(1, {}), ...scores(2, {})]);
    const ws = (await load(await writeSummaryWorkbook({ blocName: BLOC, governingBody: 'UBND tỉnh Bắc Kạn', year: 2022 }, def, standings))).worksheets[0]!;
    expect(['J7', 'K7'].map((a) => ws.getCell(a).value)).toEqual(['Xếp hạng', 'Ghi chú']);
    expect(['J9', 'K9', 'J10', 'K10'].map((a) => ws.getCell(a).value)).toEqual([1, 'Bỏ phiếu lại', 1, 'Bỏ phiếu lại']);
  });
});
