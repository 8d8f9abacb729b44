import type { Kysely } from 'kysely';
import { closedYearGuards, closedYearRowGuard, GUARDED_TABLES } from '../guards.js';

// The closed-year guards of databases made before they raised a code: re-created to raise it, so the
// services recognise them exactly rather than by their words.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, yearOf] of Object.entries(GUARDED_TABLES)) await closedYearGuards(db, table, yearOf);
  await closedYearRowGuard(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
