import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../db/connection.js';
import { GUARDED_TABLES, isYearClosedGuard, YEAR_CLOSED } from '../../../db/guards.js';
import { migrations } from '../../../db/migrations/index.js';
import { createDispatcher, createHandlers } from '../../../main/services/index.js';
import { tempDir } from '../../support/services.js';

const triggers = async (db: Db) =>
  (await sql<{ name: string; sql: string }>`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%closed%'`.execute(db)).rows;

async function closedYear(db: Db): Promise<number> {
  const bloc = await db.insertInto('blocs').values({ name: 'Khối thi đua số 1' }).returning('id').executeTakeFirstOrThrow();
  const year = await db
    .insertInto('years')
    .values({ blocId: bloc.id, year: 2018, status: 'open', headUnitId: null, deputyUnitId: null, blocName: 'Khối', governingBody: '', issuingBody: '', symbol: '', place: '', provincialBoard: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO settings (year_id) VALUES (${year.id})`.execute(db);
  await db.updateTable('years').set({ status: 'closed' }).where('id', '=', year.id).execute();
  return year.id;
}

describe('the closed-year guards', () => {
  it('raise a code, also in a database made when they raised words', async () => {
    const file = path.join(tempDir(), 'khoi-thi-dua.sqlite');
    const older = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    const before = await openDatabase(file, older);
    // As version 0.1.0 made it.
    await sql`DROP TRIGGER settings_closed_update`.execute(before.db);
    await sql.raw(`CREATE TRIGGER settings_closed_update BEFORE UPDATE ON settings
      WHEN (SELECT status FROM years WHERE id = OLD.year_id) = 'closed' BEGIN SELECT RAISE(ABORT, 'year closed'); END`).execute(before.db);
    await before.close();

    const opened = await openDatabase(file);
    const all = await triggers(opened.db);
    // Every guarded table × insert, update, delete, and the year's own row.
    expect(all.length).toBe(Object.keys(GUARDED_TABLES).length * 3 + 1);
    for (const t of all) expect(t.sql, t.name).toContain(YEAR_CLOSED);
    const yearId = await closedYear(opened.db);
    const refused = await sql`UPDATE settings SET archive = 'x' WHERE year_id = ${yearId}`.execute(opened.db).catch((e: unknown) => e);
    expect(isYearClosedGuard(refused)).toBe(true);
    await opened.close();
  });

  it('reach the window as YEAR_CLOSED in Vietnamese when a service did not check first; other errors are not mistaken for them', async () => {
    const dir = tempDir();
    const opened = await openDatabase(path.join(dir, 'khoi-thi-dua.sqlite'));
    const yearId = await closedYear(opened.db);
    const handlers = createHandlers(opened.db, { dataDir: dir, backup: opened.backup });
    const careless = createDispatcher(
      {
        ...handlers,
        'settings.get': async () => {
          await sql`UPDATE settings SET archive = 'x' WHERE year_id = ${yearId}`.execute(opened.db);
          throw new Error('unreachable');
        },
        'years.get': async () => {
          throw new Error('year closed');
        },
      },
      () => {},
    );
    expect(await careless('settings.get', { yearId })).toEqual({
      ok: false,
      code: 'YEAR_CLOSED',
      message: 'Năm thi đua đã khóa sổ, không thể thay đổi dữ liệu.',
    });
    expect(await careless('years.get', { yearId })).toMatchObject({ ok: false, code: 'INTERNAL' });
    await opened.close();
  });
});
