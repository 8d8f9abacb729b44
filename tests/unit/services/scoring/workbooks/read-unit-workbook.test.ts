// Returned workbooks that must be refused: each gives its own message, naming where the problem is, and
// brings back no figure at all.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScaleDefinition } from '../../../../../main/contract/scoring.js';
import { readUnitWorkbook, type ReadWorkbook } from '../../../../../main/services/scoring/workbooks/read-unit-workbook.js';
import { writeUnitWorkbook, type WorkbookIdentity } from '../../../../../main/services/scoring/workbooks/unit-workbook.js';
import { edited, expectation, identity, rowOf, template, typed } from './support.js';

const FILE = 'Sở Y tế.xlsx';
const SHEET = `${FILE} — trang “Tự chấm”`;
let def: ScaleDefinition;
let sent: Uint8Array;
/** Row numbers of items in the workbook as sent. */
let row: (key: string) => number;

beforeAll(async () => {
  def = template();
  sent = await writeUnitWorkbook(identity(), def, []);
  const rows = new Map<string, number>();
  await edited(sent, (ws) => ['c1-1', 'c1-2', 'c2-2', 'c2-3', 'c3-3', 'b4'].forEach((key) => rows.set(key, rowOf(ws, key))));
  row = (key) => rows.get(key)!;
});

const read = (bytes: Uint8Array, change: Parameters<typeof expectation>[1] = {}) => readUnitWorkbook(bytes, FILE, expectation(def, change));
const sentAs = (change: Partial<WorkbookIdentity>) => writeUnitWorkbook(identity(change), def, []);

/** Refused with exactly these messages (where, message), and nothing to write. */
function refused(result: ReadWorkbook, ...errors: { where: string; message: string }[]) {
  expect(result.errors).toEqual(errors);
  expect(result.changes).toEqual([]);
}

describe('a returned workbook for someone else', () => {
  it('is refused when the unit is not a member of the bloc this year', async () => {
    const result = await read(await sentAs({ unitId: 99, unitName: 'Sở Ngoại vụ' }));
    refused(result, { where: FILE, message: 'Đơn vị “Sở Ngoại vụ” (mã 99) ghi trong tệp không phải thành viên của Khối năm 2022' });
    expect(result.unitId).toBeNull();
    expect(result.unitName).toBe('Sở Ngoại vụ');
  });

  it('is refused when it is for another year', async () => {
    refused(await read(await sentAs({ year: 2021 })), { where: FILE, message: 'Bảng tự chấm này của năm 2021, không phải năm 2022 đang chấm' });
  });

  it('is refused when it is for another bloc', async () => {
    refused(await read(await sentAs({ blocName: 'Khối thi đua Kinh tế - Tổng hợp' })), {
      where: FILE,
      message: 'Bảng tự chấm này của “Khối thi đua Kinh tế - Tổng hợp”, không phải của “Khối thi đua Văn hóa - Xã hội”',
    });
  });

  it('is refused when the scale has a newer version, or was changed since', async () => {
    refused(await read(sent, { scaleId: 4, scaleVersion: 2, checksum: 'sha-def' }), {
      where: FILE,
      message: 'Bảng tự chấm được lập theo thang điểm phiên bản 1, nay là phiên bản 2: hãy gửi lại bảng mới',
    });
    refused(await read(sent, { checksum: 'sha-edited' }), {
      where: FILE,
      message: 'Bảng tự chấm được lập theo thang điểm phiên bản 1 trước khi thang điểm được sửa: hãy gửi lại bảng mới',
    });
  });

  it('is accepted, with a warning, when the unit was renamed since it was sent', async () => {
    const result = await read(await sentAs({ unitName: 'Sở Y tế tỉnh Bắc Kạn' }));
    expect(result.errors).toEqual([]);
    expect(result.unitName).toBe('Sở Y tế');
    expect(result.warnings[0]).toEqual({ where: FILE, message: 'Tệp ghi tên đơn vị “Sở Y tế tỉnh Bắc Kạn”, nay đơn vị có tên “Sở Y tế”' });
  });
});

describe('a returned workbook whose table was changed', () => {
  it('is refused when a criterion was renamed, naming the cell', async () => {
    const bytes = await edited(sent, (ws) => (ws.getCell(rowOf(ws, 'c1-2'), 2).value = 'Nhiệm vụ đột xuất'));
    refused(await read(bytes), {
      where: `${SHEET}, dòng ${row('c1-2')}, cột B`,
      message: 'Nội dung tiêu chí 1.2 đã bị sửa: “Nhiệm vụ đột xuất” thay cho “Thực hiện nhiệm vụ đột xuất được cấp có thẩm quyền giao”; không sửa nội dung bảng tự chấm',
    });
  });

  it('is refused when a row was removed', async () => {
    const bytes = await edited(sent, (ws) => ws.spliceRows(rowOf(ws, 'c2-2'), 1));
    refused(await read(bytes), { where: SHEET, message: 'Thiếu dòng của tiêu chí 2.2 “Tham gia hoạt động của Khối; báo cáo đúng hạn”: không xóa dòng khỏi bảng tự chấm' });
  });

  it('is refused when a row was added', async () => {
    const at = row('c2-3');
    const bytes = await edited(sent, (ws) => ws.insertRow(at, ['2.5', 'Tham gia phong trào của tỉnh', 5, '', 5, '']));
    refused(await read(bytes), { where: `${SHEET}, dòng ${at}`, message: 'Dòng “2.5 Tham gia phong trào của tỉnh” không có trong thang điểm hiện hành: không thêm dòng vào bảng tự chấm' });
  });

  it('is refused when the "Tự chấm" sheet or the hidden identity sheet is missing', async () => {
    const renamed = await edited(sent, (ws) => (ws.name = 'Sheet1'));
    refused(await read(renamed), { where: FILE, message: 'Tệp Sở Y tế.xlsx không có trang “Tự chấm”; hãy giữ nguyên tên trang của bảng tự chấm' });
    const unnamed = await edited(sent, (_ws, wb) => wb.removeWorksheet(wb.getWorksheet('_khoi')!.id));
    refused(await read(unnamed), {
      where: FILE,
      message: 'Tệp Sở Y tế.xlsx không phải bảng tự chấm do Khối gửi (thiếu trang ẩn “_khoi” ghi đơn vị và thang điểm); hãy nhập vào bảng tự chấm được gửi',
    });
  });
});

describe('a returned workbook with figures that cannot be taken', () => {
  const cell = (key: string) => `${SHEET}, dòng ${row(key)}, cột E`;

  it('refuses text, a formula, a figure over the maximum, a negative one and a count that is not whole, each naming its cell', async () => {
    const bytes = await edited(sent, typed({ 'c1-1': 'tốt', 'c1-2': 12, 'c2-2': -1, 'c2-3': 1.5, 'c3-3': { formula: 'C1*1', result: 5 }, 'b4': 4 }));
    refused(
      await read(bytes),
      { where: cell('c1-1'), message: 'Tiêu chí 1.1: ô chứa chữ “tốt”, hãy nhập số' },
      { where: cell('c1-2'), message: 'Tiêu chí 1.2: điểm không được vượt quá tối đa 10' },
      { where: cell('c2-2'), message: 'Tiêu chí 2.2: không được nhập số âm' },
      { where: cell('c2-3'), message: 'Tiêu chí 2.3: số lần phải là số nguyên' },
      { where: cell('c3-3'), message: 'Tiêu chí 3.3: ô chứa công thức, hãy nhập số' },
      { where: cell('b4'), message: 'Mục điểm thưởng “Sáng kiến được công nhận cấp tỉnh (mỗi sáng kiến, tối đa 3)”: số lần đạt không được vượt quá 3' },
    );
  });

  it('refuses a pass/fail criterion given anything but 0 or its maximum', async () => {
    refused(await read(await edited(sent, typed({ 'c3-3': 3 }))), { where: cell('c3-3'), message: 'Tiêu chí 3.3: tiêu chí đạt/không đạt chỉ nhận 0 hoặc 5' });
  });
});

describe('a file that is not a usable workbook', () => {
  const only = (message: string) => (result: ReadWorkbook) => refused(result, { where: FILE, message });

  it('is refused unread when larger than 10 MB', async () => {
    only('Tệp Sở Y tế.xlsx quá lớn (50 MB); giới hạn 10 MB')(await read(Buffer.alloc(50 * 1024 * 1024)));
    only('Tệp Sở Y tế.xlsx quá lớn (52,4 MB); giới hạn 10 MB')(await read(Buffer.alloc(Math.round(52.4 * 1024 * 1024))));
  });

  it('is refused when it carries a password (an OLE compound file)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(512)]);
    only('Tệp Sở Y tế.xlsx được đặt mật khẩu; hãy bỏ mật khẩu rồi nhập lại')(await read(ole));
  });

  it('is refused when it is an old .xls workbook', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]);
    only('Tệp Sở Y tế.xlsx là tệp Excel 97–2003 (.xls); hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại')(await read(xls));
  });

  it('is refused when it is not an Excel file at all: random bytes, or a Word document', async () => {
    const notExcel = only('Tệp Sở Y tế.xlsx không phải tệp Excel (.xlsx)');
    notExcel(await read(new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 251))));
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    docx.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    notExcel(await read(await docx.generateAsync({ type: 'uint8array' })));
  });
});
