import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../db/connection.js';
import { dailyIntegrityCheck, lastIntegrityCheck, runIntegrityCheck } from '../../../db/integrity.js';
import { tempDir } from '../../support/services.js';

const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close();
});

async function open() {
  const db = await openDatabase(path.join(tempDir(), 'khoi-thi-dua.sqlite'));
  opened.push(db);
  return db;
}

describe('writes', () => {
  it('take the write lock when their transaction begins (BEGIN IMMEDIATE), not at their first write', async () => {
    const db = await open();
    const other = new BetterSqlite3(db.file);
    other.pragma('busy_timeout = 0');
    try {
      await db.db.transaction().execute(async (trx) => {
        await trx.selectFrom('blocs').select('id').execute(); // only a read so far
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      });
      other.exec('BEGIN IMMEDIATE; ROLLBACK');
    } finally {
      other.close();
    }
  });
});

describe('the daily integrity check', () => {
  it('runs on a worker thread at most once a day and records its answer', async () => {
    const db = await open();
    const morning = new Date('2026-05-04T08:00:00');
    const first = await dailyIntegrityCheck(db.file, morning);
    expect(first).toMatchObject({ ok: true, detail: null });
    expect(await dailyIntegrityCheck(db.file, new Date('2026-05-04T17:00:00'))).toBeNull();
    expect(await dailyIntegrityCheck(db.file, new Date('2026-05-05T08:00:00'))).toMatchObject({ ok: true });
    expect(lastIntegrityCheck(db.file)?.checkedAt).toBe(new Date('2026-05-05T08:00:00').toISOString());
  });

  it('reports damage with SQLite\'s finding', async () => {
    const db = await open();
    for (let i = 0; i < 300; i++) await db.db.insertInto('blocs').values({ name: `Khối ${i} ${'y'.repeat(150)}` }).execute();
    await db.close();
    opened.pop();
    const bytes = fs.readFileSync(db.file);
    const pageSize = bytes.readUInt16BE(16);
    // Scramble the last page of the table's data, leaving the file's header and schema readable.
    bytes.fill(0x07, bytes.length - pageSize + 8, bytes.length);
    fs.writeFileSync(db.file, bytes);
    const result = await runIntegrityCheck(db.file);
    expect(result.ok).toBe(false);
    expect(result.detail).toBeTruthy();
  });
});
