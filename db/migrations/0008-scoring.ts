import { sql, type Kysely } from 'kysely';
import { closedYearGuards, GUARDED_TABLES } from '../guards.js';

// The scoring half of the year. A scale is one JSON definition per version: the officer edits it as a
// whole and it is read as a whole. Scores refer to a version and to an item's stable key, so a new
// version leaves the old scores readable. Figures are decimal text ("7.5"), never floats: totals are
// computed from them exactly, and none is stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE scales (
      id INTEGER PRIMARY KEY,
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version >= 1),
      -- draft: editable; locked: scored on; superseded: a later version was locked, kept for reading.
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'locked', 'superseded')),
      definition TEXT NOT NULL,
      checksum TEXT NOT NULL,
      locked_at TEXT,
      created_at TEXT NOT NULL DEFAULT (datetime('now')),
      UNIQUE (year_id, version)
    )`.execute(db);

  await sql`
    CREATE TABLE scores (
      scale_id INTEGER NOT NULL REFERENCES scales(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      item_key TEXT NOT NULL,
      self TEXT CHECK (self IS NULL OR self GLOB '[0-9]*'),
      bloc TEXT CHECK (bloc IS NULL OR bloc GLOB '[0-9]*'),
      reason TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL DEFAULT (datetime('now')),
      PRIMARY KEY (scale_id, unit_id, item_key)
    ) WITHOUT ROWID`.execute(db);

  // Evidence belongs to the year, the unit and the item's key: it outlives a new version of the scale.
  await sql`
    CREATE TABLE evidence (
      id INTEGER PRIMARY KEY,
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      item_key TEXT NOT NULL,
      file_name TEXT NOT NULL,
      -- Relative to the data directory; chosen by the program, never by the file's own name.
      stored_path TEXT NOT NULL UNIQUE,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      added_at TEXT NOT NULL DEFAULT (datetime('now'))
    )`.execute(db);
  await sql`CREATE INDEX evidence_by_unit ON evidence (year_id, unit_id, item_key)`.execute(db);

  for (const table of ['scales', 'scores', 'evidence']) await closedYearGuards(db, table, GUARDED_TABLES[table]);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
