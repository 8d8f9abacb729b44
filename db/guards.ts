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
  year_deadlines: undefined,
  signed_copies: (row) => `(SELECT year_id FROM documents WHERE id = ${row}.document_id)`,
};

/** The kind of the newest event of the year `yearId` (SQL), NULL when it has none. */
const newestEvent = (yearId: string) => `(SELECT kind FROM year_events WHERE year_id = ${yearId} ORDER BY id DESC LIMIT 1)`;

/**
 * A year is closed and reopened only through the services, which record each change with its reason in
 * year_events in the same transaction: the status may change (or a year arrive closed) only as the newest
 * event says. A raw `UPDATE years SET status = 'open'` is refused like any write to a closed year.
 */
export async function yearStatusGuards(db: Kysely<unknown>): Promise<void> {
  // The status the newest event gives; NULL (nothing allowed) for a year without events.
  const allowed = `CASE ${newestEvent('NEW.id')} WHEN 'close' THEN 'closed' WHEN 'reopen' THEN 'open' END`;
  await sql.raw(`
    CREATE TRIGGER years_closed_status BEFORE UPDATE OF status ON years
    WHEN NEW.status IS NOT OLD.status AND NEW.status IS NOT ${allowed}
    BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED}'); END`).execute(db);
  await sql.raw(`
    CREATE TRIGGER years_closed_insert BEFORE INSERT ON years
    WHEN NEW.status = 'closed' AND ${allowed} IS NOT 'closed'
    BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED}'); END`).execute(db);
}

/** Raised when a year's history would be rewritten or recorded out of turn. */
export const YEAR_HISTORY = 'KTD_YEAR_HISTORY';

/**
 * The history of closing and reopening is append-only, and well formed: a year's first event closes it,
 * then reopening and closing alternate.
 */
export async function yearEventGuards(db: Kysely<unknown>): Promise<void> {
  for (const op of ['UPDATE', 'DELETE'] as const) {
    await sql.raw(`
      CREATE TRIGGER year_events_no_${op.toLowerCase()} BEFORE ${op} ON year_events
      BEGIN SELECT RAISE(ABORT, '${YEAR_HISTORY}'); END`).execute(db);
  }
  await sql.raw(`
    CREATE TRIGGER year_events_in_turn BEFORE INSERT ON year_events
    WHEN NEW.kind IS coalesce(${newestEvent('NEW.year_id')}, 'reopen')
    BEGIN SELECT RAISE(ABORT, '${YEAR_HISTORY}'); END`).execute(db);
}

/** SQL: the unit `unitId` is a member of a closed year later than `after` (both SQL expressions). */
const inClosedYearAfter = (unitId: string, after: string) => `EXISTS (
  SELECT 1 FROM year_units yu JOIN years y ON y.id = yu.year_id
  WHERE yu.unit_id = ${unitId} AND y.status = 'closed' AND y.year > ${after})`;

/**
 * A unit as an identity (year_units holds what is per year): a closed year's members stay, so a unit of a
 * closed year is not deleted, does not end before that year, and who took its place in a closed year
 * (its successor, a member after its end) stays who it was.
 */
export async function unitGuards(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    CREATE TRIGGER units_closed_delete BEFORE DELETE ON units
    WHEN ${inClosedYearAfter('OLD.id', '0')}
    BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED}'); END`).execute(db);
  await sql.raw(`
    CREATE TRIGGER units_closed_update BEFORE UPDATE OF end_year, successor_unit_id ON units
    WHEN (NEW.end_year IS NOT OLD.end_year AND NEW.end_year IS NOT NULL AND ${inClosedYearAfter('OLD.id', 'NEW.end_year')})
      OR (NEW.successor_unit_id IS NOT OLD.successor_unit_id AND (
        ${inClosedYearAfter('OLD.successor_unit_id', 'coalesce(OLD.end_year, 0)')} OR
        ${inClosedYearAfter('NEW.successor_unit_id', 'coalesce(NEW.end_year, 0)')}))
    BEGIN SELECT RAISE(ABORT, '${YEAR_CLOSED}'); END`).execute(db);
}
