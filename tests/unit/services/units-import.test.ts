// Units in bulk: a list pasted from Excel or Word, or a workbook, read into rows (columns found by a header or by
// their content), checked per row, then added in one transaction or refused whole; and the list exported back.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTable, splitPasted } from '../../../main/services/units/import-table.js';
import { openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
let yearId: number;

beforeEach(async () => {
  s = await openTestServices();
  ({ yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2018 }));
});
afterEach(() => s.close());

const read = (text: string) => readTable(splitPasted(text));
const fields = (rows: { name: string; shortName: string; headPosition: string; headName: string }[]) =>
  rows.map(({ name, shortName, headPosition, headName }) => [name, shortName, headPosition, headName]);

describe('reading a pasted list', () => {
  it('names the columns by a header row in any order, Excel’s tabs', () => {
    const table = read('Thủ trưởng\tChức vụ\tTên đơn vị\tViết tắt\r\nĐặng Văn H\tGIÁM ĐỐC\tSở Y tế\tSYT\r\n\r\nBùi Thị K\tTRƯỞNG BAN\tBan Dân tộc\tBDT\r\n');
    expect(table).toMatchObject({ header: true, columns: ['headName', 'headPosition', 'name', 'shortName'] });
    expect(fields(table.rows)).toEqual([
      ['Sở Y tế', 'SYT', 'GIÁM ĐỐC', 'Đặng Văn H'],
      ['Ban Dân tộc', 'BDT', 'TRƯỞNG BAN', 'Bùi Thị K'],
    ]);
    // Line numbers as the officer sees them: the blank line is skipped, not renumbered.
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('tells the columns apart by content when there is no header: capitals are a position, a short cell a short name', () => {
    const table = read(
      ['1\tSYT\tSở Y tế\tGIÁM ĐỐC\tĐặng Văn H', '2\tĐài PT-TH\tĐài Phát thanh và Truyền hình tỉnh Bắc Kạn\tGIÁM ĐỐC\tNgô Thị M', '3\tBDT\tBan Dân tộc\tTrưởng ban\tBùi Thị K'].join('\n'),
    );
    expect(table).toMatchObject({ header: false, columns: ['ignored', 'shortName', 'name', 'headPosition', 'headName'] });
    expect(fields(table.rows)[2]).toEqual(['Ban Dân tộc', 'BDT', 'Trưởng ban', 'Bùi Thị K']);
  });

  it('takes a Word table pasted as text with bars, semicolons, quoted cells and a single column of names', () => {
    const bars = read('| Tên đơn vị | Chức vụ |\n|---|---|\n| Sở Y tế | GIÁM ĐỐC |');
    expect(bars).toMatchObject({ header: true, columns: ['name', 'headPosition'] });
    expect(fields(bars.rows)).toEqual([['Sở Y tế', '', 'GIÁM ĐỐC', '']]);
    expect(fields(read('Sở Y tế;SYT').rows)).toEqual([['Sở Y tế', 'SYT', '', '']]);
    // Excel quotes a cell holding a line break; it stays one cell, on one line.
    expect(fields(read('"Sở Văn hóa,\nThể thao và Du lịch"\tGIÁM ĐỐC').rows)).toEqual([['Sở Văn hóa, Thể thao và Du lịch', '', 'GIÁM ĐỐC', '']]);
    expect(fields(read('Sở Y tế\nBan Dân tộc\n').rows)).toEqual([
      ['Sở Y tế', '', '', ''],
      ['Ban Dân tộc', '', '', ''],
    ]);
  });
});

describe('previewing and adding units in bulk', () => {
  it('checks every row in Vietnamese: empty name, twice in the list, already a member, too long', async () => {
    await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const pasted = ['Tên đơn vị\tViết tắt', 'Sở Y tế\tSYT', '\tBDT', 'Ban Dân tộc\tBDT', 'ban  dân tộc\t', `Sở ${'Văn hóa '.repeat(30)}\t`, 'Sở Nội vụ\tSNV'].join('\n');
    const preview = await s.ok('units.previewImport', { yearId, pasted });
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, ['Đơn vị “Sở Y tế” đã có trong khối năm 2018.']],
      [3, ['Tên đơn vị không được để trống']],
      [4, []],
      [5, ['Trùng tên với dòng 4 của danh sách.']],
      [6, ['Tên đơn vị quá dài (tối đa 200 ký tự)']],
      [7, []],
    ]);
  });

  it('adds the valid rows in one transaction, head and position optional', async () => {
    const preview = await s.ok('units.previewImport', { yearId, pasted: 'Sở Y tế\tGIÁM ĐỐC\tĐặng Văn H\nBan Dân tộc\t\t' });
    const rows = preview.rows.filter((r) => r.errors.length === 0);
    const added = await s.ok('units.importMany', { yearId, rows });
    expect(added.map((u) => [u.name, u.headPosition, u.headName])).toEqual([
      ['Sở Y tế', 'GIÁM ĐỐC', 'Đặng Văn H'],
      ['Ban Dân tộc', '', ''],
    ]);
    expect(await s.ok('units.list', { yearId })).toHaveLength(2);
  });

  it('refuses the whole list with the preview’s messages, and saves nothing', async () => {
    await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const rows = [
      { line: 2, name: 'Sở Nội vụ', shortName: '', headPosition: '', headName: '' },
      { line: 3, name: 'sở y tế', shortName: '', headPosition: '', headName: '' },
      { line: 4, name: ' ', shortName: '', headPosition: '', headName: '' },
    ];
    const result = await s.call('units.importMany', { yearId, rows });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { rows: 'Chưa thêm đơn vị nào. Cần sửa dòng 3: Đơn vị “Sở Y tế” đã có trong khối năm 2018.; dòng 4: Tên đơn vị không được để trống' },
    });
    expect((await s.ok('units.list', { yearId })).map((u) => u.name)).toEqual(['Sở Y tế']);
  });

  it('refuses a closed year', async () => {
    await s.ok('years.close', { yearId, reason: 'Kiểm thử' });
    const rows = [{ name: 'Sở Nội vụ', shortName: '', headPosition: '', headName: '' }];
    expect(await s.call('units.importMany', { yearId, rows })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
  });

  it('reads a workbook the same way, and refuses a file that is not one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Danh sách').addRows([
      ['DANH SÁCH ĐƠN VỊ'],
      [],
      ['STT', 'Tên đơn vị', 'Họ tên thủ trưởng', 'Chức vụ thủ trưởng'],
      [1, 'Sở Y tế', 'Đặng Văn H', 'Giám đốc'],
    ]);
    const file = { fileName: 'don-vi.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
    const preview = await s.ok('units.previewImport', { yearId, file });
    expect(preview).toMatchObject({ fileName: 'don-vi.xlsx', header: true, columns: ['ignored', 'name', 'headName', 'headPosition'] });
    expect(preview.rows).toEqual([{ line: 4, name: 'Sở Y tế', shortName: '', headPosition: 'Giám đốc', headName: 'Đặng Văn H', errors: [] }]);
    const notExcel = await s.call('units.previewImport', { yearId, file: { fileName: 'a.xlsx', base64: Buffer.from('không phải').toString('base64') } });
    expect(notExcel).toMatchObject({ ok: false, message: 'Tệp a.xlsx không phải tệp Excel (.xlsx).' });
  });
});

describe('exporting the unit list', () => {
  it('writes a workbook (downloaded in browser mode) that the import reads back', async () => {
    await s.ok('units.create', { yearId, name: 'Sở Y tế', shortName: 'SYT', headPosition: 'GIÁM ĐỐC', headName: 'Đặng Văn H', phone: '0209 3870 123' });
    await s.ok('units.create', { yearId, name: 'Ban Dân tộc', headPosition: 'TRƯỞNG BAN', headName: 'Bùi Thị K' });
    const exported = await s.ok('units.exportList', { yearId });
    expect(exported).toMatchObject({ fileName: 'Danh-sach-don-vi-2018.xlsx', path: null });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported.base64!, 'base64') as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('DANH SÁCH ĐƠN VỊ THÀNH VIÊN NĂM 2018');
    expect(ws.getRow(5).values).toEqual([undefined, 1, 'Ban Dân tộc', '', 'TRƯỞNG BAN', 'Bùi Thị K', '', '', '', '', '']);
    expect(ws.getCell('H6').value).toBe('0209 3870 123');

    const next = await s.ok('years.create', { blocId: (await s.ok('years.get', { yearId })).blocId, year: 2019 });
    await s.ok('units.removeFromYear', { yearId: next.id, unitId: (await s.ok('units.list', { yearId: next.id }))[0]!.unitId });
    const back = await s.ok('units.previewImport', { yearId: next.id, file: { fileName: exported.fileName, base64: exported.base64! } });
    expect(back.header).toBe(true);
    expect(back.rows.map((r) => [r.name, r.shortName, r.headPosition, r.headName, r.errors])).toEqual([
      ['Ban Dân tộc', '', 'TRƯỞNG BAN', 'Bùi Thị K', []],
      ['Sở Y tế', 'SYT', 'GIÁM ĐỐC', 'Đặng Văn H', ['Đơn vị “Sở Y tế” đã có trong khối năm 2019.']],
    ]);
  });
});
