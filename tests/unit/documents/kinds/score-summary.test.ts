// Bảng tổng hợp kết quả chấm điểm thi đua: what an officer checks on the printed table, the readiness
// checks before it is issued, and the DOCX as Word reads it (landscape, header rows merged and repeated).
import { describe, expect, it } from 'vitest';
import { A4, MARGINS, checkDocument, checkDocx, kinds, renderDocx, type StateDocument, type TableBlock, type TableCell } from '../../../../main/documents/index.js';
import { scoreSummaryInput } from '../../../../main/documents/kinds/score-summary/index.js';
import { unzipDocx, paragraphs } from '../../../support/docx.js';
import { fakeSources, scoringOf, tenUnits, thirtyUnits, yearEndMeeting } from '../../../support/score-summary.js';

const kind = kinds.scoreSummary;
const input = (raw: object = {}) => scoreSummaryInput.parse(raw);

async function draft(raw: object = {}, sources = fakeSources(scoringOf(tenUnits))) {
  const parsed = input(raw);
  const { data } = await kind.gather(parsed, sources);
  return { input: parsed, data, sources, model: kind.build(data) };
}

const textOf = (cell: TableCell | undefined): string => {
  if (cell === undefined) return '';
  const t = typeof cell === 'string' ? cell : cell.text;
  return typeof t === 'string' ? t : t.map((r) => r.text).join('');
};
const tableOf = (model: StateDocument) => model.body.find((b): b is TableBlock => b.kind === 'table')!;
const rowOf = (table: TableBlock, unit: string) => table.rows.find((r) => textOf(r[1]) === unit)!.map(textOf);
const bodyTexts = (model: StateDocument) => model.body.flatMap((b) => (b.kind === 'paragraph' && typeof b.text === 'string' ? [b.text] : []));

describe('the score summary: wording', () => {
  it('landscape, no number, the title with the year, the bloc’s name under it', async () => {
    const { model } = await draft();
    expect(model.options.orientation).toBe('landscape');
    expect(model.header).toMatchObject({ numbered: false, number: null, typeCode: null, issuerCode: 'KTĐVHXH' });
    expect(model.title).toBe('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2022');
    expect(model.subject).toEqual({ placement: 'underTitle', lines: ['Khối thi đua Văn hóa - Xã hội'] });
    expect(kind.numbered((await draft()).data)).toBe(false);
    expect(kind.registerTitle(model)).toBe('Bảng tổng hợp kết quả chấm điểm thi đua năm 2022');
  });

  it('two header rows: “Điểm Khối chấm” over one column per group, the other headers spanning both rows', async () => {
    const table = tableOf((await draft()).model);
    const [top, groups] = table.headerRows;
    expect(top?.map(textOf)).toEqual([
      'STT', 'Tên đơn vị', 'Điểm tự chấm', 'Điểm Khối chấm', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Ghi chú',
    ]);
    expect(top?.find((c) => textOf(c) === 'Điểm Khối chấm')).toMatchObject({ colSpan: 3 });
    expect(top?.filter((c) => typeof c !== 'string' && c.rowSpan === 2)).toHaveLength(9);
    expect(groups?.map(textOf)).toEqual(['I', 'II', 'III']);
    // One column per cell of a body row: STT, name, self, three groups, bonus, deductions, total, rank, classification, note.
    expect(table.columns).toHaveLength(12);
    expect(table.rows.every((r) => r.length === 12)).toBe(true);
  });

  it('a unit’s row: its figures with a decimal comma, total, rank and classification', async () => {
    const table = tableOf((await draft()).model);
    expect(rowOf(table, 'Trường Cao đẳng Cộng đồng Bắc Kạn')).toEqual([
      '1', 'Trường Cao đẳng Cộng đồng Bắc Kạn', '101,5', '59,5', '20', '19,5', '2', '0', '101', '1', 'Hoàn thành xuất sắc nhiệm vụ', '',
    ]);
    expect(rowOf(table, 'Sở Giáo dục và Đào tạo')).toEqual([
      '3', 'Sở Giáo dục và Đào tạo', '95,75', '57,25', '19', '19,5', '0', '0', '95,75', '3', 'Hoàn thành xuất sắc nhiệm vụ', '',
    ]);
    expect(rowOf(table, 'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn').slice(6, 11)).toEqual(['0', '2', '74,75', '9', 'Hoàn thành nhiệm vụ']);
  });

  it('ranking order with the disqualified unit last, “—” for its rank and class, its reason in Ghi chú', async () => {
    // Whatever order the source gives, the table goes by rank.
    const shuffled = [tenUnits[9]!, ...tenUnits.slice(0, 9).reverse()];
    const table = tableOf((await draft({}, fakeSources(scoringOf(shuffled)))).model);
    expect(table.rows.map((r) => textOf(r[0]))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(table.rows.map((r) => textOf(r[9]))).toEqual(['1', '2', '3', '4', '4', '6', '7', '8', '9', '—']);
    expect(table.rows.at(-1)?.map(textOf)).toEqual([
      '10', 'Sở Khoa học và Công nghệ', '86,5', '58,5', '19', '19', '0', '10', '86,5', '—', '—', 'Tập thể hoặc người đứng đầu bị kỷ luật',
    ]);
  });

  it('units tied for a re-vote share their rank and say “Bỏ phiếu lại”; a tie the chain broke shows in the ranks', async () => {
    const table = tableOf((await draft()).model);
    for (const unit of ['Ban Dân tộc', 'Bảo hiểm xã hội tỉnh Bắc Kạn']) {
      const row = rowOf(table, unit);
      expect([row[8], row[9], row[11]]).toEqual(['94', '4', 'Bỏ phiếu lại']);
    }
    // Equal totals separated by group I: distinct ranks, group I beside them, no sentence in the notes.
    const [above, below] = ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Thông tin và Truyền thông'].map((u) => rowOf(table, u));
    expect([above?.[3], above?.[8], above?.[9], above?.[11]]).toEqual(['55', '92,5', '6', '']);
    expect([below?.[3], below?.[8], below?.[9], below?.[11]]).toEqual(['54,5', '92,5', '7', '']);
  });

  it('signed NGƯỜI LẬP BIỂU on the left (blank to sign by hand, or named) and TM. KHỐI on the right', async () => {
    const blank = (await draft()).model;
    expect(blank.signatures?.left).toMatchObject({ authority: ['NGƯỜI LẬP BIỂU'], name: '', blankName: true });
    expect(blank.signatures?.right).toMatchObject({ prefix: 'TM.', authority: ['KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', 'TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'], name: 'Lê Thị C' });
    const named = (await draft({ preparerName: '  Hà Thị  Q ' })).model;
    expect(named.signatures?.left).toMatchObject({ authority: ['NGƯỜI LẬP BIỂU'], name: 'Hà Thị Q', blankName: false });
    // It travels attached to the minutes: no "Nơi nhận". Neither that nor a blank preparer is a format breach.
    expect(blank.recipients).toEqual([]);
    expect(checkDocument({ ...blank, header: { ...blank.header, date: '2022-12-20' } })).toEqual([]);
  });

  it('“(Kèm theo Biên bản …)” in italics under the subject, as far as the minutes are given', async () => {
    expect(bodyTexts((await draft()).model)).toEqual([]);
    const both = (await draft({ minutesNumber: '12', minutesDate: '2022-12-20' })).model;
    expect(both.body[0]).toMatchObject({ kind: 'paragraph', text: '(Kèm theo Biên bản số 12/BB-KTĐVHXH ngày 20/12/2022)', italic: true, align: 'center' });
    expect(bodyTexts((await draft({ minutesNumber: '05/BB-UBND' })).model)).toEqual(['(Kèm theo Biên bản số 05/BB-UBND)']);
    expect(bodyTexts((await draft({ minutesDate: '2022-12-20' })).model)).toEqual(['(Kèm theo Biên bản ngày 20/12/2022)']);
    expect(scoreSummaryInput.safeParse({ minutesDate: '2022-02-30' }).success).toBe(false);
  });

  it('without classification bands there is no “Xếp loại” column', async () => {
    const scoring = { ...scoringOf(tenUnits), definition: { ...scoringOf(tenUnits).definition, bands: [] } };
    const table = tableOf((await draft({}, fakeSources(scoring))).model);
    expect(table.headerRows[0]?.map(textOf)).not.toContain('Xếp loại');
    expect(table.columns).toHaveLength(11);
    expect(rowOf(table, 'Sở Y tế')).toHaveLength(11);
  });

  it('the unit name is the widest column; 12 pt for a small bloc whose names fit a line, else 11 pt', async () => {
    const thirty = tableOf((await draft({}, fakeSources(scoringOf(thirtyUnits)))).model);
    const [stt, name, ...rest] = thirty.columns.map((c) => c.width);
    expect(Math.max(stt!, ...rest)).toBeLessThan(name!);
    expect(thirty.fontSize).toBe(11);
    const shortNames = tenUnits.filter((s) => s.unitName.length <= 25);
    expect(tableOf((await draft({}, fakeSources(scoringOf(shortNames)))).model).fontSize).toBe(12);
    // “Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn” would wrap at 12 pt.
    expect(tableOf((await draft()).model).fontSize).toBe(11);
  });
});

describe('the score summary: readiness and date', () => {
  it('refuses a year without a locked scale', async () => {
    const d = await draft({}, fakeSources(null));
    expect(tableOf(d.model).rows).toEqual([]);
    expect(await kind.readiness(d)).toEqual([
      { field: 'scoring.scale', message: 'Năm 2022 chưa có thang điểm đã khóa: khóa thang điểm và chấm điểm trước khi lập bảng tổng hợp.' },
    ]);
  });

  it('names each unit with criteria not scored yet, and bloc scores changed without a reason', async () => {
    const standings = tenUnits.map((s) =>
      s.unitName === 'Sở Y tế' ? { ...s, missing: 3 } : s.unitName === 'Ban Dân tộc' ? { ...s, missingReasons: 2 } : s,
    );
    const messages = (await kind.readiness(await draft({}, fakeSources(scoringOf(standings))))).map((p) => p.message);
    expect(messages).toEqual([
      'Sở Y tế còn 3 tiêu chí chưa chấm.',
      'Ban Dân tộc có 2 mục Khối chấm khác điểm tự chấm nhưng chưa ghi lý do.',
    ]);
    // A fully scored year has nothing left to fix, not even the archive code: there is no "Lưu: VT, …" line.
    expect(await kind.readiness(await draft())).toEqual([]);
  });

  it('is dated as the minutes it goes with, else the year-end conference; a year-end document', async () => {
    const plain = await draft();
    expect(await kind.issueDate(plain)).toEqual({ default: '2022-12-20', yearEnd: true });
    expect(await kind.issueDate(await draft({ minutesDate: '2022-12-22' }))).toEqual({ default: '2022-12-22', yearEnd: true });
    const other = { ...yearEndMeeting, kind: 'crossInspection' as const, date: '2022-11-02' };
    expect(await kind.issueDate(await draft({}, fakeSources(scoringOf(tenUnits), [other])))).toEqual({ default: null, yearEnd: true });
  });
});

describe('the score summary: the DOCX', () => {
  it('is landscape A4 (w:orient, width over height) and passes the file checks', async () => {
    const { model } = await draft({ minutesNumber: '12', minutesDate: '2022-12-20' });
    const bytes = await renderDocx({ ...model, header: { ...model.header, date: '2022-12-20' } });
    expect(await checkDocx(bytes)).toEqual([]);
    const { document } = await unzipDocx(bytes);
    const pgSz = /<w:pgSz [^>]*\/>/.exec(document)?.[0] ?? '';
    expect(pgSz).toContain('w:orient="landscape"');
    const [w, h] = ['w', 'h'].map((a) => Number(new RegExp(`w:${a}="(\\d+)"`).exec(pgSz)?.[1]));
    expect(w).toBeGreaterThan(h!);
    expect(document).not.toContain('Số:');
  });

  it('merges the header cells down two rows, repeats both header rows, and no row splits', async () => {
    const { document } = await unzipDocx(await renderDocx((await draft()).model));
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const summary = tables.find((t) => t.includes('Điểm Khối chấm'))!;
    const rows = [...summary.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(2 + tenUnits.length);
    const [first, second] = rows;
    expect(first).toContain('<w:tblHeader/>');
    expect(second).toContain('<w:tblHeader/>');
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(first?.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(9);
    expect(first).toContain('<w:gridSpan w:val="3"/>');
    // The second row: nine continuing cells and the three group codes, twelve cells on the grid.
    expect(second?.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(9);
    expect(paragraphs(second!).map((p) => p.text).filter((t) => t !== '')).toEqual(['I', 'II', 'III']);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('keeps its last two rows with the signatures, whose names share a line', async () => {
    const { document } = await unzipDocx(await renderDocx((await draft()).model));
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const rows = [...tables.find((t) => t.includes('Điểm Khối chấm'))!.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.map((r) => r.includes('<w:keepNext/>'))).toEqual([...Array(10).fill(false), true, true]);
    // NGƯỜI LẬP BIỂU (one line) and TM. KHỐI … (three): as many lines in each cell, the names last.
    const cells = [...tables.find((t) => t.includes('NGƯỜI LẬP BIỂU'))!.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]));
    expect(cells).toHaveLength(2);
    expect(cells[0]).toHaveLength(cells[1]!.length);
    expect([cells[0]!.at(-1)?.text, cells[1]!.at(-1)?.text]).toEqual(['', 'Lê Thị C']);
  });

  it('a 30-unit table keeps the sum of its widths within the landscape text width', async () => {
    const { document } = await unzipDocx(await renderDocx((await draft({}, fakeSources(scoringOf(thirtyUnits)))).model));
    const grid = [...document.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
    const summary = grid.find((cols) => cols.length === 12)!;
    // A4 landscape, less the left and right margins.
    expect(summary.reduce((a, b) => a + b, 0)).toBe(A4.height - MARGINS.left - MARGINS.right);
  });
});

