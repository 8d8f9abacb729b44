import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/connection.js';
import { lockFile } from '../../../db/lock.js';
import { StorageError } from '../../../db/storage-errors.js';
import { tempDir } from '../../support/services.js';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

const fileIn = (dir: string) => path.join(dir, 'khoi-thi-dua.sqlite');
const refusal = (file: string) => openDatabase(file).then(
  (o) => {
    opened.push(o);
    return null;
  },
  (e: unknown) => e,
);

describe('the data file at start', () => {
  it('a 0-byte file is refused, not silently replaced by an empty database', async () => {
    const file = fileIn(tempDir());
    fs.writeFileSync(file, '');
    const error = await refusal(file);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('empty');
    expect((error as Error).message).toContain('rỗng (0 byte)');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a file that is not a database (a Word file renamed) is refused and left as it was', async () => {
    const file = fileIn(tempDir());
    fs.writeFileSync(file, 'PK\u0003\u0004 not a database at all');
    const error = await refusal(file);
    expect((error as StorageError).problem).toBe('notDatabase');
    expect(fs.readFileSync(file, 'utf8')).toContain('not a database');
  });

  it('damage inside a table is found by the check at start, with advice to restore', async () => {
    const file = fileIn(tempDir());
    const db = await openDatabase(file);
    for (let i = 0; i < 400; i++) await db.db.insertInto('blocs').values({ name: `Khối thi đua số ${i} ${'x'.repeat(100)}` }).execute();
    await db.close();
    // Overwrite a page in the middle of the blocs table: the header stays, the b-tree breaks.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const raw = new BetterSqlite3(file, { readonly: true });
    const root = (raw.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'blocs'").get() as { rootpage: number }).rootpage;
    raw.close();
    bytes.fill(0x41, (root - 1) * pageSize, root * pageSize);
    fs.writeFileSync(file, bytes);
    const error = await refusal(file);
    expect((error as StorageError).problem).toBe('damaged');
    expect((error as Error).message).toContain('khôi phục từ bản sao lưu');
  });
});

describe('one writer per data folder', () => {
  it('a second opener is refused with "Dữ liệu đang được mở ở cửa sổ khác", and may open once the first closes', async () => {
    const file = fileIn(tempDir());
    const first = await openDatabase(file);
    const error = await refusal(file);
    expect((error as StorageError).problem).toBe('inUse');
    expect((error as Error).message).toContain('Dữ liệu đang được mở ở cửa sổ khác');
    await first.close();
    const second = await openDatabase(file);
    opened.push(second);
    expect(fs.existsSync(lockFile(path.dirname(file)))).toBe(true);
  });

  it('a lock left by a process that died (a crash, a power cut) is taken over', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10)']);
    const pid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: new Date().toISOString() }));
    const db = await openDatabase(fileIn(dir));
    opened.push(db);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
  });

  it('a refused opener leaves the holder\'s lock in place', async () => {
    const file = fileIn(tempDir());
    const first = await openDatabase(file);
    opened.push(first);
    await refusal(file);
    expect(JSON.parse(fs.readFileSync(lockFile(path.dirname(file)), 'utf8')).pid).toBe(process.pid);
    await refusal(file);
    expect(fs.existsSync(lockFile(path.dirname(file)))).toBe(true);
  });
});
