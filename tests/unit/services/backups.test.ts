import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../db/connection.js';
import { closeYear, openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

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

  it(`keeps the newest ${BACKUPS_KEPT} copies only`, async () => {
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await s.opened.backup(`thu-${String(i).padStart(2, '0')}`);
    const kept = backups();
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept.some((f) => f.includes('thu-00-'))).toBe(false);
    expect(kept.some((f) => f.includes(`thu-${BACKUPS_KEPT + 2}-`))).toBe(true);
  });
});
