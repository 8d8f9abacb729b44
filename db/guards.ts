/**
 * A closed year is read-only down to the database: triggers refuse any write to its rows, whatever code
 * path tries. They raise a code, not words, so the services recognise the guard exactly.
 */
import { sql, type Kysely } from 'kysely';

export const YEAR_CLOSED = 'KTD_YEAR_CLOSED';

/** The error a closed-year trigger raised (better-sqlite3 reports RAISE(ABORT) as SQLITE_CONSTRAINT_TRIGGER). */
export const isYearClosedGuard = (error: unknown): boolean =>
  error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_TRIGGER' && error.message === YEAR_CLOSED;

/**
 * (Re)creates the three triggers that refuse inserting, updating and deleting a row of `table` while its
 * year is closed. `yearOf(row)` is the SQL giving the row's year id from NEW or OLD.
 */
export async function closedYearGuards(
  db: Kysely<unknown>,
  table: string,
  yearOf: (row: 'NEW' | 'OLD') => string = (row) => `${row}.year_id`,
): Promise<void> {
  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const row = op === 'INSERT' ? 'NEW' : 'OLD';
    const name = `${table}_closed_${op.toLowerCase()}`;
    await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
    await sql.raw(`
      CREATE TRIGGER ${name} BEFORE ${op} ON ${table}
      WHEN (SELECT status FROM years WHERE id = ${yearOf(row)}) = 'closed'
      BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED}'); END`).execute(db);
  }
}

/** A closed year's own row: its profile, head and deputy stay as they were. */
export async function closedYearRowGuard(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS years_closed_update`.execute(db);
  await sql.raw(`
    CREATE TRIGGER years_closed_update BEFORE UPDATE ON years
    WHEN OLD.status = 'closed' AND NEW.status = 'closed'
    BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED}'); END`).execute(db);
}

const roundYear = (roundId: string) =>
  `(SELECT a.year_id FROM award_rounds r JOIN awards a ON a.id = r.award_id WHERE r.id = ${roundId})`;

/** Every table guarded so far, with how its rows find their year. */
export const GUARDED_TABLES: Record<string, ((row: 'NEW' | 'OLD') => string) | undefined> = {
  year_units: undefined,
  settings: undefined,
  meetings: undefined,
  documents: undefined,
  attendance: (row) => `(SELECT year_id FROM meetings WHERE id = ${row}.meeting_id)`,
  pledges: undefined,
  pledge_signatories: undefined,
  scales: undefined,
  scores: (row) => `(SELECT year_id FROM scales WHERE id = ${row}.scale_id)`,
  evidence: undefined,
  year_ends: undefined,
  awards: undefined,
  award_rounds: (row) => `(SELECT year_id FROM awards WHERE id = ${row}.award_id)`,
  round_candidates: (row) => roundYear(`${row}.round_id`),
  tallies: (row) => roundYear(`${row}.round_id`),
  tally_votes: (row) => roundYear(`${row}.round_id`),
};
