import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../db/connection.js';
import { GUARDED_TABLES, isYearClosedGuard, YEAR_CLOSED, YEAR_HISTORY } from '../../../db/guards.js';
import { migrations } from '../../../db/migrations/index.js';
import { createDispatcher, createHandlers, optionsFor } from '../../../main/services/index.js';
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
  await close(db, year.id);
  return year.id;
}

/** Closes a year as the services do: the event first, then the status it allows. */
async function close(db: Db, yearId: number): Promise<void> {
  await db.insertInto('yearEvents').values({ yearId, kind: 'close', reason: 'Kiểm thử' }).execute();
  await db.updateTable('years').set({ status: 'closed' }).where('id', '=', yearId).execute();
}

const refusal = (query: { execute(db: Db): Promise<unknown> }, db: Db) => query.execute(db).then(() => null, (e: unknown) => e);

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
    // Every guarded table × insert, update, delete; the year's own row and status; units.
    const own = ['years_closed_update', 'years_closed_status', 'years_closed_insert', 'units_closed_delete', 'units_closed_update'];
    expect(all.map((t) => t.name).filter((n) => own.includes(n)).sort()).toEqual([...own].sort());
    expect(all.length).toBe(Object.keys(GUARDED_TABLES).length * 3 + own.length);
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
    const handlers = createHandlers(opened.db, optionsFor(opened));
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

describe('a year closed and reopened', () => {
  it('only as its newest event says: a raw reopening or closing is refused, the history is append-only and in turn', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'khoi-thi-dua.sqlite'));
    const { db } = opened;
    const yearId = await closedYear(db);
    const reopen = sql`UPDATE years SET status = 'open' WHERE id = ${yearId}`;
    expect(isYearClosedGuard(await refusal(reopen, db))).toBe(true);
    // With the reopening recorded, the same statement goes through; closing again needs its own event.
    await db.insertInto('yearEvents').values({ yearId, kind: 'reopen', reason: 'Sửa điểm' }).execute();
    expect(await refusal(reopen, db)).toBeNull();
    expect(isYearClosedGuard(await refusal(sql`UPDATE years SET status = 'closed' WHERE id = ${yearId}`, db))).toBe(true);
    await close(db, yearId);

    // Recorded out of turn (a second closing, a reopening of a year never closed), changed or deleted: refused.
    const bloc = (await db.selectFrom('years').select('blocId').where('id', '=', yearId).executeTakeFirstOrThrow()).blocId;
    const other = await sql<{ id: number }>`INSERT INTO years (bloc_id, year, bloc_name) VALUES (${bloc}, 2019, 'Khối') RETURNING id`.execute(db);
    for (const statement of [
      sql`INSERT INTO year_events (year_id, kind) VALUES (${yearId}, 'close')`,
      sql`INSERT INTO year_events (year_id, kind) VALUES (${other.rows[0]!.id}, 'reopen')`,
      sql`UPDATE year_events SET reason = 'Khác' WHERE year_id = ${yearId}`,
      sql`DELETE FROM year_events WHERE year_id = ${yearId}`,
    ]) {
      expect(((await refusal(statement, db)) as Error).message).toBe(YEAR_HISTORY);
    }
    // A year does not arrive closed without its closing.
    const arrived = sql`INSERT INTO years (bloc_id, year, bloc_name, status) VALUES (${bloc}, 2020, 'Khối', 'closed')`;
    expect(isYearClosedGuard(await refusal(arrived, db))).toBe(true);

    const history = await db.selectFrom('yearEvents').select(['kind', 'reason']).where('yearId', '=', yearId).orderBy('id').execute();
    expect(history).toEqual([
      { kind: 'close', reason: 'Kiểm thử' },
      { kind: 'reopen', reason: 'Sửa điểm' },
      { kind: 'close', reason: 'Kiểm thử' },
    ]);
    await opened.close();
  });
});

describe('a unit of a closed year', () => {
  it('is not deleted, does not end before that year, and who took its place there stays', async () => {
    const opened = await openDatabase(path.join(tempDir(), 'khoi-thi-dua.sqlite'));
    const { db } = opened;
    await sql`INSERT INTO blocs (id, name) VALUES (1, 'Khối thi đua số 1')`.execute(db);
    await sql`INSERT INTO years (id, bloc_id, year, bloc_name) VALUES (1, 1, 2018, 'Khối'), (2, 1, 2019, 'Khối'), (3, 1, 2020, 'Khối')`.execute(db);
    // Sở A took part in 2018 and 2019, then merged into Sở C from 2020; Sở B joined in 2020 only.
    await sql`INSERT INTO units (id, bloc_id, name) VALUES (1, 1, 'Sở A'), (2, 1, 'Sở B'), (3, 1, 'Sở C')`.execute(db);
    await sql`INSERT INTO year_units (year_id, unit_id, name) VALUES (1, 1, 'Sở A'), (2, 1, 'Sở A'), (3, 2, 'Sở B'), (3, 3, 'Sở C')`.execute(db);
    await sql`UPDATE units SET end_year = 2019, successor_unit_id = 3 WHERE id = 1`.execute(db);
    await close(db, 2);
    await close(db, 3);

    const refused = [
      sql`DELETE FROM units WHERE id = 1`,
      // Ending before 2019, a closed year it belongs to.
      sql`UPDATE units SET end_year = 2018 WHERE id = 1`,
      // Another successor, or none: Sở C took its place in 2020, closed.
      sql`UPDATE units SET successor_unit_id = 2 WHERE id = 1`,
      sql`UPDATE units SET successor_unit_id = NULL WHERE id = 1`,
    ];
    for (const statement of refused) expect(isYearClosedGuard(await refusal(statement, db))).toBe(true);
    expect(await db.selectFrom('units').select(['endYear', 'successorUnitId']).where('id', '=', 1).executeTakeFirst()).toEqual({ endYear: 2019, successorUnitId: 3 });

    // What leaves the closed years as they were goes through: the name of today, an end after them.
    expect(await refusal(sql`UPDATE units SET name = 'Sở A mới', end_year = 2021 WHERE id = 2`, db)).toBeNull();
    // Once 2020 is reopened, Sở B may end in 2019 (it took part in 2020 only: that is the open year's business).
    await db.insertInto('yearEvents').values({ yearId: 3, kind: 'reopen', reason: 'Sửa' }).execute();
    await db.updateTable('years').set({ status: 'open' }).where('id', '=', 3).execute();
    expect(await refusal(sql`UPDATE units SET end_year = 2019 WHERE id = 2`, db)).toBeNull();
    expect(await refusal(sql`UPDATE units SET successor_unit_id = 2 WHERE id = 1`, db)).toBeNull();
    await opened.close();
  });
});
