import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, SchemaTooNewError } from '../../../db/connection.js';
import { migrations } from '../../../db/migrations/index.js';
import { tempDir } from '../../support/services.js';

const fileIn = (dir: string) => path.join(dir, 'khoi-thi-dua.sqlite');

describe('opening the database', () => {
  it('creates a new database with every migration, WAL, synchronous FULL and foreign keys on, and no backup', async () => {
    const file = fileIn(tempDir());
    const opened = await openDatabase(file);
    const mode = await sql<{ journalMode: string }>`PRAGMA journal_mode`.execute(opened.db);
    const fks = await sql<{ foreignKeys: number }>`PRAGMA foreign_keys`.execute(opened.db);
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(opened.db);
    expect(mode.rows[0]?.journalMode).toBe('wal');
    expect(fks.rows[0]?.foreignKeys).toBe(1);
    // FULL (2): a commit survives a power cut, so an issued number is never given twice.
    expect(await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(opened.db).then((r) => r.rows[0]?.synchronous)).toBe(2);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
    expect(opened.backupFile).toBeNull();
    await opened.close();
  });

  it('reopens an up-to-date database without a backup and keeps its data', async () => {
    const file = fileIn(tempDir());
    const first = await openDatabase(file);
    await first.db.insertInto('blocs').values({ name: 'Khối thi đua số 1' }).execute();
    await first.close();
    const again = await openDatabase(file);
    expect(again.backupFile).toBeNull();
    expect(await again.db.selectFrom('blocs').select('name').execute()).toEqual([{ name: 'Khối thi đua số 1' }]);
    await again.close();
  });

  it('takes a backup before applying a pending migration to existing data', async () => {
    const file = fileIn(tempDir());
    const first = await openDatabase(file);
    await first.db.insertInto('blocs').values({ name: 'Khối thi đua số 1' }).execute();
    await first.close();
    // A newer version of the program brings one more migration.
    const newer = {
      ...migrations,
      '9000-test-add-note': {
        up: async (db: Kysely<unknown>) => {
          await sql`ALTER TABLE blocs ADD COLUMN note TEXT NOT NULL DEFAULT ''`.execute(db);
        },
      },
    };
    const upgraded = await openDatabase(file, newer);
    expect(upgraded.backupFile).not.toBeNull();
    await upgraded.close();
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups')).filter((name) => name.includes('truoc-nang-cap-'));
    expect(backups).toEqual([path.basename(upgraded.backupFile!)]);
    expect(backups[0]).toContain('truoc-nang-cap-9000-test-add-note');
    const copy = new BetterSqlite3(path.join(path.dirname(file), 'backups', backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT name FROM blocs').all()).toEqual([{ name: 'Khối thi đua số 1' }]);
    copy.close();
  });

  it('refuses a database written by a newer version, with a Vietnamese message, and leaves it untouched', async () => {
    const file = fileIn(tempDir());
    await (await openDatabase(file)).close();
    const raw = new BetterSqlite3(file);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01')").run();
    raw.close();
    const before = fs.readFileSync(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as Error).message).toContain('phiên bản mới hơn');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
