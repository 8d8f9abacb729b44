// The self-scoring workbook a unit receives: what it shows, what it lets the unit type, and that what the
// unit typed comes back as its self scores and notes.
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { scaleDefinition, type ScoreEntry } from '../../../../../main/contract/scoring.js';
import { readUnitWorkbook } from '../../../../../main/services/scoring/workbooks/read-unit-workbook.js';
import { unitWorkbookFileName, writeUnitWorkbook } from '../../../../../main/services/scoring/workbooks/unit-workbook.js';
import { edited, expectation, identity, load, rowOf, template, templateInput, typed } from './support.js';

/** The template with sub-criteria under 1.3 and a target criterion 1.4, so every kind of row appears. */
function richScale() {
  const input = templateInput();
  const g1 = input.groups[0]!;
  g1.criteria[2]!.children = [
    { key: 'c1-3-a', code: '1.3.a', name: 'Chỉ số cải cách hành chính (PAR INDEX)', max: 5, guidance: 'Theo công bố của UBND tỉnh' },
    { key: 'c1-3-b', code: '1.3.b', name: 'Chỉ số hài lòng (SIPAS)', max: 5 },
  ];
  g1.criteria[3]!.kind = { type: 'target', target: 100, unit: '%' };
  return scaleDefinition.parse(input);
}

const entry = (itemKey: string, self: string | null, note = ''): ScoreEntry => ({ unitId: 7, itemKey, self, bloc: null, reason: '', note });
const text = (ws: ExcelJS.Worksheet, r: number, c: number) => String(ws.getCell(r, c).value ?? '');

describe('the unit workbook as written', () => {
  it('is named in ASCII from the year and the unit', () => {
    expect(unitWorkbookFileName(identity())).toBe('Tu-cham-2022-So-Y-te.xlsx');
    expect(unitWorkbookFileName(identity({ unitName: 'Đài Phát thanh - Truyền hình / tỉnh' }))).toBe('Tu-cham-2022-Dai-Phat-thanh-Truyen-hinh-tinh.xlsx');
  });

  it('shows the heading, the table with groups, criteria, bonus and deductions, and the unit’s earlier figures', async () => {
    const bytes = await writeUnitWorkbook(identity(), richScale(), [entry('c1-1', '25.5', 'Báo cáo số 12/BC-SYT'), { ...entry('c1-2', '9'), unitId: 8 }]);
    const ws = (await load(bytes)).getWorksheet('Tự chấm')!;
    expect([1, 2, 3].map((r) => text(ws, r, 1))).toEqual(['BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2022', 'Đơn vị: Sở Y tế', 'Khối thi đua Văn hóa - Xã hội']);
    expect(text(ws, 4, 1)).toContain('nhập điểm tự chấm vào cột “Tự chấm”');
    const header = rowOf(ws, '#header');
    expect([1, 2, 3, 4, 5, 6].map((c) => text(ws, header, c))).toEqual(['Mã', 'Nội dung', 'Điểm tối đa', 'Cách tính', 'Tự chấm', 'Ghi chú']);

    const g1 = rowOf(ws, 'g1');
    expect([text(ws, g1, 1), text(ws, g1, 2), ws.getCell(g1, 3).value]).toEqual(['I', 'Thực hiện nhiệm vụ chính trị, chuyên môn', 60]);
    expect(ws.getCell(g1, 2).font.bold).toBe(true);
    const c11 = rowOf(ws, 'c1-1');
    expect([text(ws, c11, 1), ws.getCell(c11, 3).value, text(ws, c11, 4), ws.getCell(c11, 5).value, text(ws, c11, 6)]).toEqual([
      '1.1',
      30,
      'Chấm theo mức độ',
      25.5,
      'Báo cáo số 12/BC-SYT',
    ]);
    // Another unit's figure is not this unit's.
    expect(ws.getCell(rowOf(ws, 'c1-2'), 5).value).toBeNull();
    expect(text(ws, rowOf(ws, 'c1-3'), 4)).toBe('Chấm theo các tiêu chí thành phần');
    expect(ws.getCell(rowOf(ws, 'c1-3-a'), 2).note).toBe('Theo công bố của UBND tỉnh');
    expect(text(ws, rowOf(ws, 'c1-4'), 4)).toBe('Chỉ tiêu 100 %: nhập số thực hiện');
    expect(text(ws, rowOf(ws, 'c2-3'), 4)).toBe('1 điểm/lần, tối đa 5; nhập số lần');
    expect(text(ws, rowOf(ws, 'c3-3'), 4)).toBe('Đạt: 5, không đạt: 0');

    const bonus = rowOf(ws, '#bonus');
    expect([2, 3, 5].map((c) => text(ws, bonus, c))).toEqual(['Điểm thưởng (cộng tối đa 10 điểm)', 'Điểm/lần', 'Số lần đạt']);
    const b4 = rowOf(ws, 'b4');
    expect([text(ws, b4, 2), ws.getCell(b4, 3).value, text(ws, b4, 4)]).toEqual(['Sáng kiến được công nhận cấp tỉnh (mỗi sáng kiến, tối đa 3)', 1, '1 điểm/lần, tối đa 3 lần']);
    expect(rowOf(ws, '#deductions')).toBeGreaterThan(b4);
    expect(text(ws, rowOf(ws, 'd3'), 4)).toBe('Trừ 10 điểm/lần; không được xét thi đua');

    // The running total, for the unit's comfort, with the value already computed for viewers that do not recalculate.
    const total = ws.getCell(rowOf(ws, '#total'), 5).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\(H\d+:H\d+\)\+MIN\(SUM\(H\d+:H\d+\),10\)-SUM\(H\d+:H\d+\)$/);
    expect(total.result).toBe(25.5);

    expect(ws.getCell(c11, 2).font.name).toBe('Times New Roman');
    expect(ws.getCell(c11, 2).alignment.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
    expect(ws.getColumn(7).hidden).toBe(true);
  });

  it('opens only the score and note cells of scored rows, each score cell checked with a message', async () => {
    const def = richScale();
    const ws = (await load(await writeUnitWorkbook(identity(), def, []))).getWorksheet('Tự chấm')!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);

    const scored = ['c1-1', 'c1-2', 'c1-3-a', 'c1-3-b', 'c1-4', 'c2-1', 'c2-2', 'c2-3', 'c2-4', 'c3-1', 'c3-2', 'c3-3', 'c3-4', 'b1', 'b2', 'b3', 'b4', 'b5', 'd1', 'd2', 'd3'];
    const open: string[] = [];
    const last = ws.rowCount;
    for (let r = 1; r <= last; r++) {
      for (let c = 1; c <= 8; c++) {
        if (ws.getCell(r, c).protection?.locked === false) open.push(`${String(ws.getCell(r, 7).value)}:${c}`);
      }
    }
    expect(open).toEqual(scored.flatMap((key) => [`${key}:5`, `${key}:6`]));

    const rule = (key: string) => ws.getCell(rowOf(ws, key), 5).dataValidation;
    expect(rule('c1-1')).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 30],
      showInputMessage: true,
      promptTitle: 'Điểm tự chấm',
      prompt: 'Nhập điểm từ 0 đến 30',
      showErrorMessage: true,
      error: 'Điểm phải là số từ 0 đến 30',
    });
    const passFail = rowOf(ws, 'c3-3');
    expect(rule('c3-3')).toMatchObject({ type: 'custom', formulae: [`OR(E${passFail}=0,E${passFail}=5)`], prompt: 'Đạt: nhập 5; không đạt: nhập 0' });
    expect(rule('c2-3')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], promptTitle: 'Số lần' });
    expect(rule('c1-4')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], prompt: 'Nhập số thực hiện được; chỉ tiêu là 100 %' });
    expect(rule('b4')).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 3], prompt: 'Nhập số lần đạt, từ 0 đến 3' });
    expect(rule('d1')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], promptTitle: 'Số lần vi phạm' });
    // A group row and a parent criterion take no figure.
    expect(ws.getCell(rowOf(ws, 'g1'), 5).dataValidation).toBeUndefined();
    expect(ws.getCell(rowOf(ws, 'c1-3'), 5).dataValidation).toBeUndefined();
  });

  it('names the bloc, year, unit and scale version in a very hidden sheet', async () => {
    const wb = await load(await writeUnitWorkbook(identity(), template(), []));
    const hidden = wb.getWorksheet('_khoi')!;
    expect(hidden.state).toBe('veryHidden');
    expect(wb.getWorksheet('Tự chấm')!.state).toBe('visible');
    const values = Object.fromEntries(hidden.getSheetValues().filter(Boolean).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
    expect(values).toEqual({
      dinhDang: 1,
      khoi: 'Khối thi đua Văn hóa - Xã hội',
      nam: 2022,
      donViId: 7,
      donVi: 'Sở Y tế',
      thangDiemId: 3,
      phienBan: 1,
      checksum: 'sha-abc',
    });
  });
});

describe('the unit workbook filled in and read back', () => {
  it('brings back every item’s figure and note, a typed decimal comma included, and ignores the total', async () => {
    const def = template();
    const sent = await writeUnitWorkbook(identity(), def, [entry('c1-1', '25.5', 'Báo cáo số 12/BC-SYT')]);
    const returned = await edited(sent, (ws) => {
      typed(
        { 'c1-2': 8, 'c1-3': '7,5', 'c1-4': 10, 'c2-1': 5, 'c2-2': 4.25, 'c2-3': 3, 'c2-4': 5, 'c3-1': 5, 'c3-3': 5, 'b4': 2, 'd1': 1 },
        { 'c1-2': 'Hoàn thành 3 nhiệm vụ đột xuất', 'c3-3': '  Không có   vi phạm ' },
      )(ws);
      // Whatever the total shows, the app recomputes it.
      ws.getCell(rowOf(ws, '#total'), 5).value = 999;
    });
    const read = await readUnitWorkbook(returned, 'Sở Y tế.xlsx', expectation(def));
    expect(read.errors).toEqual([]);
    expect(read.unitId).toBe(7);
    expect(read.unitName).toBe('Sở Y tế');
    const byKey = Object.fromEntries(read.changes.map((c) => [c.itemKey, c]));
    expect(read.changes).toHaveLength(20);
    expect(byKey['c1-1']).toEqual({ unitId: 7, itemKey: 'c1-1', self: '25.5', note: 'Báo cáo số 12/BC-SYT' });
    expect(byKey['c1-2']).toEqual({ unitId: 7, itemKey: 'c1-2', self: '8', note: 'Hoàn thành 3 nhiệm vụ đột xuất' });
    expect(byKey['c1-3']!.self).toBe('7.5');
    expect(byKey['c2-2']!.self).toBe('4.25');
    expect(byKey['c2-3']!.self).toBe('3');
    expect(byKey['c3-3']).toMatchObject({ self: '5', note: 'Không có vi phạm' });
    expect(byKey['b4']!.self).toBe('2');
    expect(byKey['d1']!.self).toBe('1');
    expect(byKey['c3-2']).toEqual({ unitId: 7, itemKey: 'c3-2', self: null, note: '' });
    expect(byKey['b1']!.self).toBeNull();
    expect(read.warnings).toEqual([{ where: 'Sở Y tế.xlsx — trang “Tự chấm”', message: 'Còn 2 tiêu chí chưa chấm: 3.2, 3.4' }]);
  });

  it('reads a workbook saved again without changes as the figures it was sent with', async () => {
    const def = template();
    const sent = await writeUnitWorkbook(identity({ unitId: 8, unitName: 'Sở Giáo dục và Đào tạo' }), def, [{ ...entry('c1-1', '30'), unitId: 8 }]);
    const read = await readUnitWorkbook(await edited(sent, () => {}), 'gd.xlsx', expectation(def));
    expect(read.errors).toEqual([]);
    expect(read.changes.filter((c) => c.self !== null)).toEqual([{ unitId: 8, itemKey: 'c1-1', self: '30', note: '' }]);
    expect(read.warnings[0]!.message).toBe('Còn 11 tiêu chí chưa chấm: 1.2, 1.3, 1.4, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4');
  });
});
