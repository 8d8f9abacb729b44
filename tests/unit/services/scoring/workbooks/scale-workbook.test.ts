// A scale read from a workbook laid out the way officers keep theirs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../../main/common/errors.js';
import { readScaleWorkbook } from '../../../../../main/services/scoring/workbooks/scale-workbook.js';

/** A first sheet with a title above the table, as officers type it: rows from row 1. */
async function officersSheet(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thang điểm 2023');
  ws.addRows(rows);
  wb.addWorksheet('Ghi chú').addRow(['Trang thứ hai không được đọc']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const TITLE = [['UBND TỈNH BẮC KẠN'], ['', 'THANG ĐIỂM CHẤM THI ĐUA KHỐI VĂN HÓA - XÃ HỘI NĂM 2023'], []];
const HEADER = ['STT', 'Nội dung tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm'];

async function refusal(bytes: Uint8Array): Promise<ServiceError> {
  const error = await readScaleWorkbook(bytes, 'thang-diem.xlsx').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe('VALIDATION');
  return error as ServiceError;
}

describe('reading a scale from an officer’s workbook', () => {
  it('finds the table under its title and reads groups, criteria, sub-criteria, bonus and deductions', async () => {
    const bytes = await officersSheet([
      ...TITLE,
      HEADER,
      ['I', 'Thực hiện nhiệm vụ chính trị, chuyên môn', 60, ''],
      ['1.1', 'Hoàn thành các chỉ tiêu kế hoạch được giao', 30, 'Hoàn thành 100% chỉ tiêu: 30 điểm'],
      [1.2, 'Thực hiện nhiệm vụ đột xuất', '10', ''],
      ['1.3', 'Cải cách hành chính', null, ''],
      ['(a)', 'Chỉ số PAR INDEX', '12,5', ''],
      ['b', 'Chỉ số SIPAS', 7.5, ''],
      ['II.', 'Công tác thi đua, khen thưởng', null, ''],
      ['2.1', 'Xây dựng kế hoạch, phát động thi đua', 20, ''],
      ['2.2', 'Khen thưởng đúng quy trình', 20, ''],
      ['', 'Lưu ý: chấm theo báo cáo năm', null, ''],
      ['III', 'ĐIỂM THƯỞNG', 5, ''],
      ['1', 'Được tặng Cờ thi đua của Chính phủ', 3, ''],
      ['2', 'Tập thể được tặng Bằng khen', '2', ''],
      ['-', 'Điểm cộng cho sáng kiến được công nhận', 0.5, ''],
      ['B.', 'Điểm trừ', null, ''],
      ['-', 'Báo cáo chậm (mỗi lần)', 1, ''],
      ['', 'Tổng cộng', 100, ''],
    ]);
    const { definition, warnings } = await readScaleWorkbook(bytes, 'thang-diem.xlsx');
    expect(definition).toEqual({
      base: 100,
      bonusCap: 5,
      groups: [
        {
          key: 'g1',
          code: 'I',
          name: 'Thực hiện nhiệm vụ chính trị, chuyên môn',
          max: 60,
          guidance: '',
          criteria: [
            { key: 'c1-1', code: '1.1', name: 'Hoàn thành các chỉ tiêu kế hoạch được giao', max: 30, guidance: 'Hoàn thành 100% chỉ tiêu: 30 điểm', kind: { type: 'judgement' }, children: [] },
            { key: 'c1-2', code: '1.2', name: 'Thực hiện nhiệm vụ đột xuất', max: 10, guidance: '', kind: { type: 'judgement' }, children: [] },
            {
              key: 'c1-3',
              code: '1.3',
              name: 'Cải cách hành chính',
              max: 20,
              guidance: '',
              kind: { type: 'judgement' },
              children: [
                { key: 'c1-3-1', code: '1.3.a', name: 'Chỉ số PAR INDEX', max: 12.5, guidance: '', kind: { type: 'judgement' } },
                { key: 'c1-3-2', code: '1.3.b', name: 'Chỉ số SIPAS', max: 7.5, guidance: '', kind: { type: 'judgement' } },
              ],
            },
          ],
        },
        {
          key: 'g2',
          code: 'II',
          name: 'Công tác thi đua, khen thưởng',
          max: 40,
          guidance: '',
          criteria: [
            { key: 'c2-1', code: '2.1', name: 'Xây dựng kế hoạch, phát động thi đua', max: 20, guidance: '', kind: { type: 'judgement' }, children: [] },
            { key: 'c2-2', code: '2.2', name: 'Khen thưởng đúng quy trình', max: 20, guidance: '', kind: { type: 'judgement' }, children: [] },
          ],
        },
      ],
      bonus: [
        { key: 'b1', name: 'Được tặng Cờ thi đua của Chính phủ', points: 3, maxCount: 1 },
        { key: 'b2', name: 'Tập thể được tặng Bằng khen', points: 2, maxCount: 1 },
        { key: 'b3', name: 'Điểm cộng cho sáng kiến được công nhận', points: 0.5, maxCount: 1 },
      ],
      deductions: [{ key: 'd1', name: 'Báo cáo chậm (mỗi lần)', points: 1, disqualifies: false }],
      bands: [],
      tieBreaks: [],
    });
    expect(warnings).toEqual([
      { where: 'thang-diem.xlsx — trang “Thang điểm 2023”, dòng 14', message: 'Dòng không có mã nên không được đọc: “Lưu ý: chấm theo báo cáo năm”' },
      { where: 'thang-diem.xlsx — trang “Thang điểm 2023”, dòng 8, cột C', message: 'Tiêu chí 1.3 không ghi điểm tối đa: lấy tổng các mục bên dưới (20)' },
      { where: 'thang-diem.xlsx — trang “Thang điểm 2023”, dòng 11, cột C', message: 'Nhóm II không ghi điểm tối đa: lấy tổng các mục bên dưới (40)' },
    ]);
  });

  it('takes "1", "1.1" and "1.1.1" as criterion and sub-criterion, and columns headed "TT", "Tiêu chí", "Điểm chuẩn"', async () => {
    const bytes = await officersSheet([
      ['TT', 'Tiêu chí', 'Điểm chuẩn'],
      ['I', 'Nhiệm vụ chuyên môn', 10],
      ['1', 'Kết quả thực hiện nhiệm vụ', 10],
      ['1.1', 'Đúng tiến độ', 6],
      ['1.2', 'Đúng chất lượng', 4],
    ]);
    const { definition } = await readScaleWorkbook(bytes, 'tc.xlsx');
    const criterion = definition.groups[0]!.criteria[0]!;
    expect(criterion.code).toBe('1');
    expect(criterion.children!.map((c) => [c.key, c.code, c.max])).toEqual([
      ['c1-1-1', '1.1', 6],
      ['c1-1-2', '1.2', 4],
    ]);
  });

  it('refuses a maximum that is not a number, naming its row and column', async () => {
    const bytes = await officersSheet([...TITLE, HEADER, ['I', 'Nhiệm vụ chuyên môn', 60], ['1.1', 'Hoàn thành chỉ tiêu', 'năm mươi']]);
    expect((await refusal(bytes)).message).toBe('thang-diem.xlsx — trang “Thang điểm 2023”, dòng 6, cột C: điểm “năm mươi” không phải là số không âm');
  });

  it('refuses a maximum with three decimals and a sheet without the table’s header, saying why', async () => {
    const three = await officersSheet([HEADER, ['I', 'Nhiệm vụ', 10], ['1.1', 'Chỉ tiêu', 10.125]]);
    expect((await refusal(three)).message).toBe('thang-diem.xlsx — trang “Thang điểm 2023”, dòng 3, cột C: Điểm có tối đa hai chữ số thập phân');
    const noHeader = await officersSheet([['Mã', 'Tên'], ['I', 'Nhiệm vụ']]);
    expect((await refusal(noHeader)).message).toBe(
      'thang-diem.xlsx — trang “Thang điểm 2023”: không tìm thấy dòng tiêu đề của bảng (các cột “Mã” hoặc “STT”, “Nội dung”, “Điểm tối đa”) trong 30 dòng đầu',
    );
  });

  it('refuses criteria before any group, and a file that is not a workbook', async () => {
    const noGroup = await officersSheet([HEADER, ['1.1', 'Chỉ tiêu', 10]]);
    expect((await refusal(noGroup)).message).toBe(
      'thang-diem.xlsx — trang “Thang điểm 2023”, dòng 2, cột A: tiêu chí “1.1” đứng trước nhóm đầu tiên; thang điểm cần các nhóm đánh số La Mã (I, II, III…)',
    );
    expect((await refusal(new Uint8Array([1, 2, 3]))).message).toBe('Tệp thang-diem.xlsx không phải tệp Excel (.xlsx)');
    expect((await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).message).toBe('Tệp thang-diem.xlsx được đặt mật khẩu; hãy bỏ mật khẩu rồi nhập lại');
  });
});
