import { sql, type Kysely } from 'kysely';
import { closedYearGuards } from '../guards.js';

// The pledge of a year (giao ước thi đua): its contents, one row per year, and its signatories, one row
// per member unit in the order they sign. The items are a JSON array of groups: they are edited and
// printed as a whole, never queried item by item.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE pledges (
      year_id INTEGER PRIMARY KEY REFERENCES years(id) ON DELETE CASCADE,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      subject TEXT NOT NULL DEFAULT '',
      legal_bases TEXT NOT NULL DEFAULT '[]',
      preamble TEXT NOT NULL DEFAULT '',
      -- [{ title, items: [{ text }] }]
      item_groups TEXT NOT NULL DEFAULT '[]',
      implementation TEXT NOT NULL DEFAULT '',
      per_row INTEGER NOT NULL DEFAULT 3 CHECK (per_row IN (2, 3)),
      -- A pledge has no official type code; a bloc may use its own.
      type_code TEXT,
      -- 0: issued without a number (no "Số:" line); 1: takes the next number of the year's series.
      numbered INTEGER NOT NULL DEFAULT 0 CHECK (numbered IN (0, 1)),
      recipients TEXT NOT NULL DEFAULT '[]'
    )`.execute(db);

  await sql`
    CREATE TABLE pledge_signatories (
      year_id INTEGER NOT NULL REFERENCES pledges(year_id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL,
      position INTEGER NOT NULL CHECK (position >= 1),
      -- 1: the officer chose "để trống họ tên": the name is written by hand.
      blank_name INTEGER NOT NULL DEFAULT 0 CHECK (blank_name IN (0, 1)),
      PRIMARY KEY (year_id, unit_id),
      UNIQUE (year_id, position),
      -- Only a member of that year signs; a unit leaving the year leaves the list.
      FOREIGN KEY (year_id, unit_id) REFERENCES year_units(year_id, unit_id) ON DELETE CASCADE
    )`.execute(db);

  // A closed year is read-only for these tables too.
  for (const table of ['pledges', 'pledge_signatories']) await closedYearGuards(db, table);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
