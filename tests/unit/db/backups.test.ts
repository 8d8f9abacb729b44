import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/connection.js';
import { backupFiles, backupsDir } from '../../../db/backups/files.js';
import { BACKUP_TIERS } from '../../../db/backups/kinds.js';
import { writeBackupSettings } from '../../../db/backups/settings.js';
import { tempDir } from '../../support/services.js';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const o of opened.splice(0)) await o.close();
});

/** A data folder with one bloc in it; the clock moves one second per call so names never collide. */
async function withData() {
  const dir = tempDir();
  let t = Date.parse('2026-03-02T08:00:00Z');
  const db = await openDatabase(path.join(dir, 'khoi-thi-dua.sqlite'), undefined, { now: () => new Date((t += 1000)) });
  opened.push(db);
  await db.db.insertInto('blocs').values({ name: 'Khối thi đua Văn hóa - Xã hội' }).execute();
  return { dir, db, names: () => backupFiles(db.file, backupsDir(db.file)).map((b) => b.name) };
}

const blocsIn = (file: string) => {
  const copy = new BetterSqlite3(file, { readonly: true });
  try {
    return (copy.prepare('SELECT name FROM blocs').all() as { name: string }[]).map((r) => r.name);
  } finally {
    copy.close();
  }
};

describe('a backup', () => {
  it('is one whole, self-contained file: checked, no WAL beside it, nothing partial left', async () => {
    const { dir, db } = await withData();
    const file = await db.backup('manual');
    expect(path.basename(file)).toMatch(/^khoi-thi-dua-sao-luu-thu-cong-2026-03-02T08-00-0\d-000Z\.sqlite$/);
    expect(fs.readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([1, 1])); // rollback journal, not WAL
    expect(blocsIn(file)).toEqual(['Khối thi đua Văn hóa - Xã hội']);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
  });

  it('keeps each tier apart: thirty manual copies do not push out the copy taken before an upgrade', async () => {
    const { db, names } = await withData();
    await db.backups.take('upgrade', '0099-test');
    for (let i = 0; i < BACKUP_TIERS.manual.kept + 5; i++) await db.backup('manual');
    const kept = names();
    expect(kept.filter((n) => n.includes('sao-luu-thu-cong'))).toHaveLength(BACKUP_TIERS.manual.kept);
    expect(kept.filter((n) => n.includes('truoc-nang-cap-0099-test'))).toHaveLength(1);
  });

  it('is refused before writing anything when the disk has no room, with a Vietnamese message', async () => {
    const { dir, db } = await withData();
    vi.spyOn(fs, 'statfsSync').mockReturnValue({ bavail: 10, bsize: 4096 } as fs.StatsFs);
    await expect(db.backup('closeYear')).rejects.toThrow(/Ổ đĩa chứa thư mục .* đã đầy \(cần khoảng \d+ MB, còn 1 MB\)/);
    expect(fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')) : []).toEqual([]);
  });

  it('leftovers of a copy torn by a crash are removed at the next start and never listed', async () => {
    const { dir, db } = await withData();
    await db.backup('manual');
    const torn = path.join(dir, 'backups', 'khoi-thi-dua-truoc-khoa-so-nam-2026-03-02T09-00-00-000Z.sqlite.partial');
    fs.writeFileSync(torn, 'half a database');
    fs.writeFileSync(`${torn}-journal`, 'x');
    expect(db.backups.list().map((b) => b.name)).not.toContain(path.basename(torn));
    await db.close();
    opened.pop();
    const again = await openDatabase(db.file);
    opened.push(again);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => n.includes('.partial'))).toBe(false);
  });

  it('is copied to the second folder too, and a missing second folder (USB out) does not block it', async () => {
    const { dir, db } = await withData();
    const usb = tempDir();
    writeBackupSettings(dir, { mirrorDir: usb });
    const taken = await db.backups.take('manual');
    expect(taken.mirrorProblem).toBeNull();
    expect(fs.readdirSync(usb)).toEqual([path.basename(taken.file)]);
    expect(db.backups.list().map((b) => b.place).sort()).toEqual(['data', 'mirror']);
    fs.rmSync(usb, { recursive: true });
    const second = await db.backups.take('manual');
    expect(fs.existsSync(second.file)).toBe(true);
    expect(second.mirrorProblem).toContain('USB chưa cắm');
  });

  it('a daily copy is taken at the first start of a day that holds data, and only then', async () => {
    const { db } = await withData();
    await db.close();
    opened.pop();
    const day = (iso: string) => openDatabase(db.file, undefined, { now: () => new Date(iso) });
    for (const iso of ['2026-03-03T08:00:00', '2026-03-03T15:00:00', '2026-03-04T08:00:00']) await (await day(iso)).close();
    const daily = backupFiles(db.file, backupsDir(db.file)).filter((b) => b.kind === 'daily');
    expect(daily.map((b) => b.takenAt.getDate()).sort()).toEqual([3, 4]);
  });

  it('an exit copy is kept only when something changed since the start', async () => {
    const { db } = await withData();
    await db.close({ exitBackup: true });
    opened.pop();
    const again = await openDatabase(db.file);
    await again.close({ exitBackup: true });
    const exits = backupFiles(db.file, backupsDir(db.file)).filter((b) => b.kind === 'exit');
    expect(exits).toHaveLength(1);
  });
});

describe('restoring', () => {
  it('backs up the live data, puts the backup in its place, verifies it, and the open database sees it', async () => {
    const { db } = await withData();
    const before = await db.backup('manual');
    await db.db.insertInto('blocs').values({ name: 'Khối thêm sau' }).execute();
    const result = await db.restore(before);
    expect(result.contents.totals.blocs).toBe(1);
    expect((await db.db.selectFrom('blocs').select('name').execute()).map((r) => r.name)).toEqual(['Khối thi đua Văn hóa - Xã hội']);
    expect(blocsIn(result.safetyBackup).sort()).toEqual(['Khối thi đua Văn hóa - Xã hội', 'Khối thêm sau']);
    expect(path.basename(result.safetyBackup)).toContain('truoc-khoi-phuc');
    // And the restore itself can be undone.
    await db.restore(result.safetyBackup);
    expect(await db.db.selectFrom('blocs').select('name').execute()).toHaveLength(2);
  });

  it('refuses a damaged copy and changes nothing, not even a safety backup', async () => {
    const { dir, db, names } = await withData();
    const bad = path.join(dir, 'hong.sqlite');
    const good = fs.readFileSync(await db.backup('manual'));
    fs.writeFileSync(bad, Buffer.concat([good.subarray(0, 100), Buffer.alloc(good.length - 100, 0x5a)]));
    const count = names().length;
    await expect(db.restore(bad)).rejects.toThrow(/hỏng|không phải là dữ liệu/);
    expect(names()).toHaveLength(count);
    expect(await db.db.selectFrom('blocs').select('name').execute()).toHaveLength(1);
  });
});
