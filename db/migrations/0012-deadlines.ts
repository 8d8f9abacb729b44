import { sql, type Kysely } from 'kysely';
import { closedYearGuards } from '../guards.js';

// Each year's deadline per step of the guided year (contract/guide.ts), as the officer set it. A year without
// rows follows the defaults by month; a new year copies the year it is made from, one year later.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE year_deadlines (
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      step TEXT NOT NULL,
      date TEXT NOT NULL,
      PRIMARY KEY (year_id, step)
    ) WITHOUT ROWID`.execute(db);
  await closedYearGuards(db, 'year_deadlines');
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
