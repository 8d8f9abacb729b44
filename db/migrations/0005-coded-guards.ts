import { sql, type Kysely } from 'kysely';
import { closedYearGuards, closedYearRowGuard, GUARDED_TABLES } from '../guards.js';

// The closed-year guards of databases made before they raised a code: re-created to raise it, so the
// services recognise them exactly rather than by their words.
// Tables created by later migrations get their guards there.
export async function up(db: Kysely<unknown>): Promise<void> {
  const existing = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
  const tables = new Set(existing.rows.map((r) => r.name));
  for (const [table, yearOf] of Object.entries(GUARDED_TABLES)) {
    if (tables.has(table)) await closedYearGuards(db, table, yearOf);
  }
  await closedYearRowGuard(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
