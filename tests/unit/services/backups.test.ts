import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeYear, openDemoYear, openTestServices, sampleProfile, tempDir, type TestServices } from '../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

const backups = () => {
  const dir = path.join(s.dir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

/** Unit names of a year as they stand in a backup copy. */
const namesIn = (file: string, year: number) => {
  const db = new BetterSqlite3(path.join(s.dir, 'backups', file), { readonly: true });
  const rows = db
    .prepare('SELECT yu.name FROM year_units yu JOIN years y ON y.id = yu.year_id WHERE y.year = ? ORDER BY yu.name')
    .all(year) as { name: string }[];
  db.close();
  return rows.map((r) => r.name);
};

describe('a copy of the data before anything hard to undo', () => {
  it('is taken before merging units, holding the year as it was', async () => {
    const { blocId, yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2020 });
    const a = await s.ok('units.create', { yearId, name: 'Trường A' });
    const b = await s.ok('units.create', { yearId, name: 'Trường B' });
    expect(backups()).toEqual([]);
    await s.ok('units.merge', { blocId, unitIds: [a.unitId, b.unitId], fromYear: 2020, newUnit: { name: 'Trường C' } });
    const taken = backups();
    expect(taken).toHaveLength(1);
    expect(taken[0]).toContain('truoc-hop-nhat-don-vi');
    expect(namesIn(taken[0]!, 2020)).toEqual(['Trường A', 'Trường B']);
  });

  it('is taken before closing a year', async () => {
    const { yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2020 });
    await closeYear(s, yearId);
    expect(backups()).toEqual([expect.stringContaining('truoc-khoa-so-nam')]);
  });

  it('is not taken for a refused request: thirty refused clicks leave the backups as they were', async () => {
    const { blocId, yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2020 });
    const a = await s.ok('units.create', { yearId, name: 'Trường A' });
    await closeYear(s, yearId);
    const taken = backups();
    for (let i = 0; i < 10; i++) {
      // A closed year refuses all of these; none may cost a backup.
      expect(await s.call('years.close', { yearId, reason: 'Lần nữa' })).toMatchObject({ ok: false });
      expect(await s.call('units.merge', { blocId, unitIds: [a.unitId], fromYear: 2020, newUnit: { name: 'Trường C' } })).toMatchObject({ ok: false });
      expect(await s.call('pledges.startFrom', { yearId, source: 'template' })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    }
    expect(backups()).toEqual(taken);
  });
});

describe('the backups as the officer sees them', () => {
  it('lists each backup with why it was taken and what it holds, and restores one after backing up the present', async () => {
    const { yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2020 });
    await s.ok('units.create', { yearId, name: 'Trường A' });
    const { entry } = await s.ok('backups.take', {});
    expect(entry).toMatchObject({ reason: 'Sao lưu thủ công', tier: 'Do người dùng sao lưu', place: 'data' });
    await s.ok('units.create', { yearId, name: 'Trường B' });
    const { contents } = await s.ok('backups.inspect', { backup: entry.backup });
    expect(contents.blocs).toEqual([{ name: sampleProfile.blocName, years: [{ year: 2020, closed: false, units: 1, documents: 0 }] }]);

    const restored = await s.ok('backups.restore', { backup: entry.backup });
    expect((await s.ok('units.list', { yearId })).map((u) => u.name)).toEqual(['Trường A']);
    const overview = await s.ok('backups.overview', {});
    const safety = overview.backups.find((b) => b.backup === restored.safetyBackup);
    expect(safety?.reason).toBe('Trước khi khôi phục bản sao lưu');
    expect((await s.ok('backups.inspect', { backup: restored.safetyBackup })).contents.totals.units).toBe(2);
  });

  it('moving to a new computer: one .zip with the data and its evidence files, checked before anything changes, then restored', async () => {
    const old = await openTestServices();
    const { yearId } = await openDemoYear(old, 2022);
    const unitId = (await old.ok('units.list', { yearId }))[0]!.unitId;
    const pdf = { fileName: 'Báo cáo tổng kết.pdf', base64: Buffer.from('%PDF-1.4 báo cáo').toString('base64') };
    const evidence = await old.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: pdf });
    const saved = await old.ok('backups.saveCopy', {});
    await old.close();
    expect(saved.path).toMatch(/ban-sao[\\/]Khoi-Thi-Dua-du-lieu-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(saved.files).toBe(1);

    await s.ok('blocs.create', { ...sampleProfile, blocName: 'Khối thử trên máy mới', firstYear: 2020 });
    const staged = await s.ok('backups.stageCopy', { file: { fileName: 'du-lieu.zip', base64: fs.readFileSync(saved.path!).toString('base64') } });
    expect(staged).toMatchObject({ fileName: 'du-lieu.zip', files: 1 });
    expect(staged!.contents.blocs.map((b) => b.name)).toEqual(['Khối thi đua Văn hóa - Xã hội']);
    expect(staged!.contents.blocs[0]!.years.map((y) => y.year)).toContain(2022);
    expect((await s.ok('blocs.list', {})).map((b) => b.name)).toEqual(['Khối thử trên máy mới']);

    const done = await s.ok('backups.restoreCopy', { copyId: staged!.copyId });
    expect(done).toMatchObject({ filesPlaced: 1, missingFiles: 0 });
    expect((await s.ok('blocs.list', {})).map((b) => b.name)).toEqual(['Khối thi đua Văn hóa - Xã hội']);
    const opened = await s.ok('scoring.openEvidence', { evidenceId: evidence.id });
    expect(Buffer.from(opened.base64!, 'base64').toString()).toBe('%PDF-1.4 báo cáo');
    // The restore's own safety backup holds the data that was replaced.
    expect((await s.ok('backups.inspect', { backup: done.safetyBackup })).contents.blocs.map((b) => b.name)).toEqual(['Khối thử trên máy mới']);
  });

  it('a backup holds the database only: restoring says how many evidence files the folder lacks', async () => {
    const { yearId } = await openDemoYear(s, 2022);
    const unitId = (await s.ok('units.list', { yearId }))[0]!.unitId;
    const added = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: { fileName: 'a.pdf', base64: Buffer.from('x').toString('base64') } });
    const { entry } = await s.ok('backups.take', {});
    await s.ok('scoring.removeEvidence', { evidenceId: added.id });
    expect(await s.ok('backups.restore', { backup: entry.backup })).toMatchObject({ filesPlaced: 0, missingFiles: 1 });
  });

  it('refuses a file that is not the program\'s data, changing nothing', async () => {
    const answer = await s.call('backups.stageCopy', { file: { fileName: 'bao-cao.sqlite', base64: Buffer.from('không phải cơ sở dữ liệu của chương trình').toString('base64') } });
    expect(answer).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: 'Tệp “bao-cao.sqlite” không phải dữ liệu của Khối Thi Đua (hoặc rỗng), không dùng để khôi phục được. Dữ liệu trên máy không thay đổi.',
    });
  });

  it('the second folder must exist, be writable and lie outside the data folder', async () => {
    expect(await s.call('backups.setMirror', { folder: path.join(s.dir, 'khong-co') })).toMatchObject({ ok: false, fieldErrors: { folder: expect.stringContaining('Không tìm thấy thư mục') } });
    fs.mkdirSync(path.join(s.dir, 'trong'));
    expect(await s.call('backups.setMirror', { folder: path.join(s.dir, 'trong') })).toMatchObject({ ok: false, fieldErrors: { folder: expect.stringContaining('phải ở nơi khác') } });
    const usb = tempDir();
    expect(await s.ok('backups.setMirror', { folder: usb })).toEqual({ mirrorDir: usb });
    expect((await s.ok('backups.overview', {})).mirrorDir).toBe(usb);
  });
});
