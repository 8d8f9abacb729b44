import { sql, type Kysely } from 'kysely';
import { closedYearGuards } from '../guards.js';

// What was said at a meeting is attributed to its speaker: the discussion and the directions become
// lists of { speaker, content }. Text written before keeps its place, with the speaker left to fill in
// (the minutes refuse to go out until it is). Closed years are converted too, so their guard is lifted
// for the conversion and put back.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const op of ['insert', 'update', 'delete']) await sql.raw(`DROP TRIGGER meetings_closed_${op}`).execute(db);
  await sql`ALTER TABLE meetings ADD COLUMN views TEXT NOT NULL DEFAULT '[]'`.execute(db);
  const asSpeeches = (column: string) =>
    sql.raw(`CASE WHEN trim(${column}) = '' THEN '[]' ELSE json_array(json_object('speaker', '', 'content', ${column})) END`);
  await sql`UPDATE meetings SET views = ${asSpeeches('discussion')}, directions = ${asSpeeches('directions')}`.execute(db);
  await sql`ALTER TABLE meetings DROP COLUMN discussion`.execute(db);
  await closedYearGuards(db, 'meetings');
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
