import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoYear, openScoredYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

/** The unit's workbook as the program writes it, filled in as the unit would: figures by criterion code. */
async function filledWorkbook(yearId: number, unitId: number, figures: Record<string, number | string>, note = '') {
  const file = await s.ok('scoring.unitWorkbook', { yearId, unitId });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Tự chấm')!;
  sheet.eachRow((row) => {
    const code = String(row.getCell(1).value ?? '');
    if (code in figures) {
      row.getCell(5).value = figures[code]!;
      if (note) row.getCell(6).value = note;
    }
  });
  const bytes = await workbook.xlsx.writeBuffer();
  return { fileName: file.fileName, base64: Buffer.from(bytes).toString('base64') };
}

describe('returned self-scoring workbooks', () => {
  it('previews a returned file without writing, then writes it on confirmation and the ranking follows', async () => {
    const { yearId, unit: unitId } = await openScoredYear(s);
    const radio = unitId('Đài Phát thanh và Truyền hình tỉnh Bắc Kạn');
    const before = await s.ok('scoring.scores', { yearId });
    const file = await filledWorkbook(yearId, radio, { '1.1': 30, '1.2': '10', '1.3': '9,5', '2.2': 5 }, 'Có minh chứng kèm theo');

    const [preview] = await s.ok('scoring.previewImport', { yearId, files: [file] });
    expect(preview).toMatchObject({ unitId: radio, unitName: 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', errors: [] });
    expect(preview!.scored).toBe(12);
    expect(preview!.total).toBe('89.5');
    expect(await s.ok('scoring.scores', { yearId })).toEqual(before);

    const done = await s.ok('scoring.confirmImport', { yearId, files: [file] });
    expect(done.imported).toEqual([file.fileName]);
    const radioNow = done.ranking.standings.find((u) => u.unitId === radio)!;
    expect(radioNow.total).toBe('89.5');
    expect(radioNow.rank).toBe(8);
    const entry = (await s.ok('scoring.scores', { yearId })).find((e) => e.unitId === radio && e.itemKey === 'c1-3');
    expect(entry).toMatchObject({ self: '9.5', note: 'Có minh chứng kèm theo' });
  });

  it('keeps the bloc’s own figures and reasons when the unit’s file comes back', async () => {
    const { yearId, unit: unitId } = await openScoredYear(s);
    const health = unitId('Sở Y tế');
    await s.ok('scoring.confirmImport', { yearId, files: [await filledWorkbook(yearId, health, { '1.1': 29 })] });
    const entry = (await s.ok('scoring.scores', { yearId })).find((e) => e.unitId === health && e.itemKey === 'c1-1');
    expect(entry).toMatchObject({ self: '29', bloc: '27.5', reason: 'Chưa hoàn thành chỉ tiêu tỷ lệ bác sĩ trên vạn dân theo kế hoạch.' });
  });

  it('writes the good files of a batch and refuses the bad ones, each naming its file, and a refused file changes nothing', async () => {
    const { yearId, unit: unitId } = await openScoredYear(s);
    const before = await s.ok('scoring.scores', { yearId });
    const good = await filledWorkbook(yearId, unitId('Sở Y tế'), { '1.2': 9 });
    const over = await filledWorkbook(yearId, unitId('Ban Dân tộc'), { '1.1': 31 });
    const notAWorkbook = { fileName: 'ghi-chu.xlsx', base64: Buffer.from('không phải bảng tính').toString('base64') };
    const huge = { fileName: 'qua-lon.xlsx', base64: Buffer.alloc(50 * 1024 * 1024).toString('base64') };

    const previews = await s.ok('scoring.previewImport', { yearId, files: [good, over, notAWorkbook, huge] });
    expect(previews.map((p) => p.errors.length > 0)).toEqual([false, true, true, true]);
    expect(previews[1]!.errors[0]!.where).toContain('dòng');
    expect(previews[2]!.errors[0]!.message).toContain('không phải tệp Excel');
    expect(previews[3]!.errors[0]!.message).toContain('quá lớn');

    const done = await s.ok('scoring.confirmImport', { yearId, files: [good, over, notAWorkbook, huge] });
    expect(done.imported).toEqual([good.fileName]);
    expect(done.refused.map((r) => r.fileName)).toEqual([over.fileName, 'ghi-chu.xlsx', 'qua-lon.xlsx']);
    const after = await s.ok('scoring.scores', { yearId });
    const changed = after.filter((e) => !before.some((b) => JSON.stringify(b) === JSON.stringify(e)));
    expect(changed.map((e) => [e.unitId, e.itemKey, e.self])).toEqual([[unitId('Sở Y tế'), 'c1-2', '9']]);
  });

  it('refuses a workbook of another year', async () => {
    const { yearId, unit: unitId } = await openScoredYear(s);
    const file = await filledWorkbook(yearId, unitId('Sở Y tế'), { '1.2': 9 });
    const { blocId } = await openDemoYear(s, 2022);
    const next = await s.ok('years.create', { blocId, year: 2023 });
    await s.ok('scoring.startScale', { yearId: next.id, source: 'lastYear' });
    await s.ok('scoring.lockScale', { yearId: next.id });
    const [preview] = await s.ok('scoring.previewImport', { yearId: next.id, files: [file] });
    expect(preview!.errors.map((e) => e.message).join(' ')).toContain('2022');
    const done = await s.ok('scoring.confirmImport', { yearId: next.id, files: [file] });
    expect(done.imported).toEqual([]);
    expect(await s.ok('scoring.scores', { yearId: next.id })).toEqual([]);
  });
});

describe('sending the workbooks', () => {
  it('writes one workbook per member into the data folder, or answers them as one zip to download', async () => {
    const { yearId } = await openScoredYear(s);
    const written = await s.ok('scoring.allWorkbooks', { yearId, to: 'dataFolder' });
    expect(written.folder).toBe(path.join(path.resolve(s.dir), 'bang-tu-cham', '2022'));
    expect(written.files).toHaveLength(10);
    expect(fs.readdirSync(written.folder!).sort()).toEqual([...written.files].sort());
    expect(written.files).toContain('Tu-cham-2022-So-Y-te.xlsx');
    const zipped = await s.ok('scoring.allWorkbooks', { yearId, to: 'zip' });
    const zip = await JSZip.loadAsync(Buffer.from(zipped.zip!.base64, 'base64'));
    expect(Object.keys(zip.files).sort()).toEqual([...written.files].sort());
  });
});
