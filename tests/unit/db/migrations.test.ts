// Data written by an earlier version keeps its meaning after an upgrade, closed years included.
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection.js';
import { isYearClosedGuard } from '../../../db/guards.js';
import { migrations } from '../../../db/migrations/index.js';
import { openLocalServices } from '../../../main/services/local.js';
import { tempDir } from '../../support/services.js';

describe('0007: what was said at a meeting is attributed to its speaker', () => {
  it('turns the discussion and directions text into views and directions whose speaker is to fill in, in a closed year too', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'khoi-thi-dua.sqlite');
    const before = await openDatabase(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007')));
    await sql`INSERT INTO blocs (id, name) VALUES (1, 'Khối thi đua số 1')`.execute(before.db);
    await sql`INSERT INTO years (id, bloc_id, year, bloc_name) VALUES (1, 1, 2018, 'Khối'), (2, 1, 2019, 'Khối')`.execute(before.db);
    await sql`INSERT INTO meetings (year_id, kind, name, discussion, directions) VALUES
      (1, 'signing', 'Hội nghị 2018', 'Các đại biểu nhất trí.', 'Đổi mới nội dung thi đua.'),
      (2, 'signing', 'Hội nghị 2019', '', '')`.execute(before.db);
    await sql`UPDATE years SET status = 'closed' WHERE id = 1`.execute(before.db);
    await before.close();

    const s = await openLocalServices(dir);
    try {
      const [closed] = await s.ok('meetings.list', { yearId: 1 });
      expect(closed).toMatchObject({
        views: [{ speaker: '', content: 'Các đại biểu nhất trí.' }],
        directions: [{ speaker: '', content: 'Đổi mới nội dung thi đua.' }],
      });
      expect(closed).not.toHaveProperty('discussion');
      expect((await s.ok('meetings.list', { yearId: 2 }))[0]).toMatchObject({ views: [], directions: [] });
      // The closed year is still read-only.
      const refused = await sql`UPDATE meetings SET conclusions = 'x' WHERE year_id = 1`.execute(s.opened.db).catch((e: unknown) => e);
      expect(isYearClosedGuard(refused)).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('0011: the history of closing and reopening', () => {
  it('gives each year closed before it the closing it had, with its reason and no time, so it stays closed and can be reopened', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'khoi-thi-dua.sqlite');
    const before = await openDatabase(file, Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0011')));
    await sql`INSERT INTO blocs (id, name) VALUES (1, 'Khối thi đua số 1')`.execute(before.db);
    for (const [id, year] of [[1, 2018], [2, 2019], [3, 2020]]) {
      await sql`INSERT INTO years (id, bloc_id, year, bloc_name, governing_body, issuing_body, symbol, place)
        VALUES (${id}, 1, ${year}, 'Khối', 'UBND TỈNH BẮC KẠN', 'KHỐI THI ĐUA', 'KTĐ', 'Bắc Kạn')`.execute(before.db);
    }
    await sql`INSERT INTO year_ends (year_id, closing_reason) VALUES (1, 'Bàn giao sớm.')`.execute(before.db);
    await sql`UPDATE years SET status = 'closed' WHERE id IN (1, 2)`.execute(before.db);
    await before.close();

    const s = await openLocalServices(dir);
    try {
      expect(await s.ok('years.history', { yearId: 1 })).toEqual([{ kind: 'close', reason: 'Bàn giao sớm.', at: null }]);
      expect(await s.ok('years.history', { yearId: 2 })).toEqual([{ kind: 'close', reason: '', at: null }]);
      expect(await s.ok('years.history', { yearId: 3 })).toEqual([]);
      const raw = await sql`UPDATE years SET status = 'open' WHERE id = 1`.execute(s.opened.db).catch((e: unknown) => e);
      expect(isYearClosedGuard(raw)).toBe(true);
      expect(await s.ok('years.reopen', { yearId: 2, reason: 'Sửa tên đơn vị.' })).toMatchObject({ status: 'open' });
      expect((await s.ok('years.history', { yearId: 2 })).map((e) => e.kind)).toEqual(['close', 'reopen']);
    } finally {
      await s.close();
    }
  });
});
