// "Xuất Excel" of the register, read back with exceljs: the year's entries in register order, or every year's,
// with number, date (a real date), kind, title, recipients, status and whether the signed copy is there.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, optionsFor } from '../../../main/services/index.js';
import { openDemoYear, openTestServices, type TestServices } from '../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

const PDF = Buffer.from('%PDF-1.4\n% giấy mời đã ký\n');

async function sheetOf(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Sổ văn bản')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { ws, rows };
}

/** The demo's 2018: an invitation with its signed copy, a notice withdrawn, the pledge, then a replacement notice. */
async function register2018() {
  const { yearId, signing, blocId } = await openDemoYear(s, 2018);
  const notice = { kind: 'notice' as const, subject: 'Lịch họp Khối', paragraphs: ['Trưởng khối thông báo lịch họp./.'] };
  const invitation = await s.ok('documents.issue', { yearId, type: 'invitation', input: { meetingId: signing!.id }, date: '2018-03-02' });
  await s.ok('documents.attachSignedCopy', { documentId: invitation.id, files: [{ fileName: 'giay-moi.pdf', base64: PDF.toString('base64') }] });
  const withdrawn = await s.ok('documents.issue', { yearId, type: 'letter', input: notice, date: '2018-04-02' });
  await s.ok('documents.withdraw', { documentId: withdrawn.id });
  const first = await s.ok('documents.issue', { yearId, type: 'letter', input: notice, date: '2018-04-05' });
  await s.ok('documents.issue', { yearId, type: 'letter', input: { ...notice, subject: 'Lịch họp Khối (sửa đổi)' }, date: '2018-04-06', replacesDocumentId: first.id });
  await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
  return { yearId, blocId };
}

describe('the register as a workbook', () => {
  it('lists the year in register order, one line an entry, the signed copy said yes or no', async () => {
    const { yearId } = await register2018();
    const out = await s.ok('documents.registerWorkbook', { yearId });
    expect(out).toMatchObject({ fileName: 'So-van-ban-2018.xlsx', path: null });
    const { ws, rows } = await sheetOf(out.base64!);
    // Merged across the table: each cell of the line reads the title.
    expect(rows[0]![0]).toBe('SỔ VĂN BẢN NĂM 2018');
    expect(rows[1]![0]).toBe('Khối thi đua Văn hóa - Xã hội');
    expect(ws.getCell('A1').isMerged && ws.getCell('H1').isMerged).toBe(true);
    expect(rows[2]).toEqual(['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu', 'Nơi nhận', 'Trạng thái', 'Bản ký']);
    const lines = rows.slice(3).map(([n, number, date, kind, title, , status, signed]) => [n, number, (date as Date).toISOString().slice(0, 10), kind, title, status, signed]);
    // The register's own words for the kind and the title.
    const register = new Map((await s.ok('documents.list', { yearId })).map((e) => [e.numberText + e.date, [e.typeLabel, e.title]]));
    const words = (number: string, date: string) => register.get(number + date)!;
    expect(lines).toEqual([
      [1, '01/GM-KTĐVHXH', '2018-03-02', ...words('01/GM-KTĐVHXH', '2018-03-02'), 'Đã ban hành', 'Có'],
      [2, 'Không số', '2018-03-09', ...words('Không số', '2018-03-09'), 'Đã ban hành', 'Không'],
      [3, '02/TB-KTĐVHXH', '2018-04-02', 'Thông báo', 'Lịch họp Khối', 'Đã thu hồi', 'Không'],
      [4, '03/TB-KTĐVHXH', '2018-04-05', 'Thông báo', 'Lịch họp Khối', 'Đã thay thế bởi 04/TB-KTĐVHXH', 'Không'],
      [5, '04/TB-KTĐVHXH', '2018-04-06', 'Thông báo', 'Lịch họp Khối (sửa đổi)', 'Đã ban hành', 'Không'],
    ]);
    expect(lines[0]![3]).toBe('Giấy mời');
    expect(ws.getCell('C4').numFmt).toBe('dd/mm/yyyy');
    expect(rows[3]![5]).toBe('Như thành phần mời; Lưu: VT, VP');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('every year of the bloc with a year column; an empty year is a header only', async () => {
    const { blocId } = await register2018();
    const y2022 = (await s.ok('years.list', { blocId })).find((y) => y.year === 2022)!;
    const empty = await sheetOf((await s.ok('documents.registerWorkbook', { yearId: y2022.id })).base64!);
    expect(empty.rows).toHaveLength(3);
    await s.ok('documents.issue', { yearId: y2022.id, type: 'pledge', input: {}, date: '2022-03-15' });
    const all = await s.ok('documents.registerWorkbook', { yearId: y2022.id, allYears: true });
    expect(all.fileName).toBe('So-van-ban-2018-2022.xlsx');
    const { rows } = await sheetOf(all.base64!);
    expect(rows[0]![0]).toBe('SỔ VĂN BẢN CÁC NĂM 2018-2022');
    expect(rows[2]!.slice(0, 3)).toEqual(['STT', 'Năm', 'Số, ký hiệu']);
    expect(rows.slice(3).map((r) => [r[0], r[1], r[2]])).toEqual([
      [1, 2018, '01/GM-KTĐVHXH'],
      [2, 2018, 'Không số'],
      [3, 2018, '02/TB-KTĐVHXH'],
      [4, 2018, '03/TB-KTĐVHXH'],
      [5, 2018, '04/TB-KTĐVHXH'],
      [6, 2022, 'Không số'],
    ]);
  });

  it('on the desktop it is saved where the officer chooses, proposed in the documents folder', async () => {
    const { yearId } = await register2018();
    const proposed: string[] = [];
    const target = path.join(s.dir, 'usb', 'so-van-ban.xlsx');
    const desktop = {
      chooseSavePath: async (p: string) => (proposed.push(p), target),
      openPath: async () => {},
      showItemInFolder: () => {},
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
      printToPdf: async () => new Uint8Array(),
    };
    const handlers = createHandlers(s.opened.db, optionsFor(s.opened, { desktop }));
    expect(await handlers['documents.registerWorkbook']({ yearId, allYears: false })).toEqual({ fileName: 'So-van-ban-2018.xlsx', path: target, base64: null });
    expect(proposed).toEqual([path.join(s.dir, 'van-ban', 'So-van-ban-2018.xlsx')]);
    const { rows } = await sheetOf(fs.readFileSync(target).toString('base64'));
    expect(rows).toHaveLength(8);
  });
});
