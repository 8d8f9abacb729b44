import { sql, type Kysely } from 'kysely';

// A unit's name as it prints in a signature block, with the officer's line breaks, per year. Adding a
// column fires no trigger: closed years keep '' (automatic breaks), as they printed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE year_units ADD COLUMN printed_name TEXT NOT NULL DEFAULT ''`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
