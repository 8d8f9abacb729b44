import { spawn } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../../db/storage-errors.js';
import { openLocalServices } from '../../../main/services/local.js';
import { openTestServices, sampleProfile, tempDir, type TestServices } from '../../support/services.js';

let s: TestServices | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe('when the disk or the file fails, the officer reads what to do and nothing is half-saved', () => {
  it('a full disk answers STORAGE with the disk-full message, and the write is wholly undone', async () => {
    s = await openTestServices();
    const { yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2024 });
    // SQLite's own "database or disk is full" (SQLITE_FULL): the file may not grow by one more page.
    const pages = await sql<{ n: number }>`SELECT page_count AS n FROM pragma_page_count()`.execute(s.opened.db);
    await sql.raw(`PRAGMA max_page_count = ${pages.rows[0]!.n}`).execute(s.opened.db);
    let answer;
    for (let i = 0; i < 200; i++) {
      answer = await s.call('units.create', { yearId, name: `Sở ${i} ${'Văn hóa, Thể thao và Du lịch '.repeat(5)}` });
      if (!answer.ok) break;
    }
    expect(answer).toMatchObject({ ok: false, code: 'STORAGE' });
    expect(answer!.ok || answer!.message).toMatch(/^Ổ đĩa chứa thư mục .* đã đầy\. Dữ liệu không bị thay đổi\./);
    const before = (await s.ok('units.list', { yearId })).length;
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(s.opened.db);
    expect(await s.ok('units.list', { yearId })).toHaveLength(before);
    await s.ok('units.create', { yearId, name: 'Sở Tư pháp' });
  });

  it('a read-only folder, a file in use and damage each get their own message', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(StorageError.from(err('EROFS'), 'D:\\KTD')?.message).toContain('Không ghi được vào thư mục D:\\KTD');
    expect(StorageError.from(err('SQLITE_READONLY'), 'D:\\KTD')?.problem).toBe('readOnly');
    expect(StorageError.from(err('EBUSY'), '')?.message).toContain('Dữ liệu đang được mở ở cửa sổ khác');
    expect(StorageError.from(err('SQLITE_CORRUPT'), '')?.message).toContain('Tệp dữ liệu bị hỏng');
    expect(StorageError.from(err('SQLITE_CONSTRAINT'), '')).toBeNull();
  });
});

describe('two processes on one data folder', () => {
  it('the second is refused at open with a clear message while the first keeps working', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', holder, path.join(dir)], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
        child.on('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
      });
      const error = await openLocalServices(dir).then(
        (opened) => opened.close(),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StorageError);
      expect((error as Error).message).toMatch(/^Dữ liệu đang được mở ở cửa sổ khác \(mở lúc .+\)\./);
    } finally {
      child.kill();
    }
  });
});

// The first process: opens the folder's services and holds them.
const holder = `
const { openLocalServices } = await import(${JSON.stringify(path.resolve('main/services/local.ts'))});
const s = await openLocalServices(process.argv[1]);
console.log('open');
setInterval(() => {}, 1000);
`;
