import { sql, type Kysely } from 'kysely';
import { closedYearGuards, closedYearRowGuard } from '../guards.js';

// Raw SQL keeps the constraints (composite foreign keys, triggers) readable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE blocs (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`.execute(db);
  await sql`
    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      bloc_id INTEGER NOT NULL REFERENCES blocs(id) ON DELETE CASCADE,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      short_name TEXT NOT NULL DEFAULT '',
      end_year INTEGER,
      successor_unit_id INTEGER REFERENCES units(id),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`.execute(db);
  await sql`
    CREATE TABLE years (
      id INTEGER PRIMARY KEY,
      bloc_id INTEGER NOT NULL REFERENCES blocs(id) ON DELETE CASCADE,
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      head_unit_id INTEGER,
      deputy_unit_id INTEGER,
      bloc_name TEXT NOT NULL,
      governing_body TEXT NOT NULL DEFAULT '',
      issuing_body TEXT NOT NULL DEFAULT '',
      symbol TEXT NOT NULL DEFAULT '',
      place TEXT NOT NULL DEFAULT '',
      provincial_board TEXT NOT NULL DEFAULT '',
      UNIQUE (bloc_id, year),
      CHECK (head_unit_id IS NULL OR deputy_unit_id IS NULL OR head_unit_id <> deputy_unit_id),
      -- The head and deputy must be members of that year.
      FOREIGN KEY (id, head_unit_id) REFERENCES year_units(year_id, unit_id) DEFERRABLE INITIALLY DEFERRED,
      FOREIGN KEY (id, deputy_unit_id) REFERENCES year_units(year_id, unit_id) DEFERRABLE INITIALLY DEFERRED
    )`.execute(db);
  await sql`
    CREATE TABLE year_units (
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      short_name TEXT NOT NULL DEFAULT '',
      head_name TEXT NOT NULL DEFAULT '',
      head_position TEXT NOT NULL DEFAULT '',
      deputy_signs INTEGER NOT NULL DEFAULT 0 CHECK (deputy_signs IN (0, 1)),
      deputy_name TEXT NOT NULL DEFAULT '',
      deputy_position TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      officer_name TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (year_id, unit_id)
    )`.execute(db);
  await sql`CREATE INDEX year_units_unit ON year_units(unit_id)`.execute(db);

  // A closed year is read-only, whatever code path tries to write it.
  await closedYearGuards(db, 'year_units');
  await closedYearRowGuard(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
