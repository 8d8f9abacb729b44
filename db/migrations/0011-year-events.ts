import { sql, type Kysely } from 'kysely';
import { unitGuards, yearEventGuards, yearStatusGuards } from '../guards.js';

// The history of each year's closing and reopening, with the reasons: written by the services in the
// transaction that changes the status, never changed afterwards. A year's status follows its newest event,
// so it is closed and reopened only through the services; units get their closed-year guards.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE year_events (
      id INTEGER PRIMARY KEY,
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('close', 'reopen')),
      reason TEXT NOT NULL DEFAULT '',
      -- NULL when unknown: a year closed before its history was kept.
      at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`.execute(db);
  await sql`CREATE INDEX year_events_year ON year_events(year_id, id)`.execute(db);
  // Years closed before now keep their status: each gets the closing it had, with its reason if one was kept.
  await sql`
    INSERT INTO year_events (year_id, kind, reason, at)
    SELECT y.id, 'close', coalesce(e.closing_reason, ''), NULL
    FROM years y LEFT JOIN year_ends e ON e.year_id = y.id
    WHERE y.status = 'closed' ORDER BY y.id`.execute(db);
  await yearEventGuards(db);
  await yearStatusGuards(db);
  await unitGuards(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
