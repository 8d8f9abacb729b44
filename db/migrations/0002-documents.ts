import { sql, type Kysely } from 'kysely';
import { closedYearGuards, GUARDED_TABLES } from '../guards.js';

// Document settings per year, meetings with their attendance, and the document register.
// Ordered lists (legal bases, recipients, guests, agenda) are JSON arrays: they are edited and
// printed as a whole, never queried item by item.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE settings (
      year_id INTEGER PRIMARY KEY REFERENCES years(id) ON DELETE CASCADE,
      legal_bases TEXT NOT NULL DEFAULT '[]',
      default_recipients TEXT NOT NULL DEFAULT '[]',
      -- 0: the signature block is derived from the year's head unit; 1: the fields below are used as typed.
      signature_explicit INTEGER NOT NULL DEFAULT 0 CHECK (signature_explicit IN (0, 1)),
      signature_prefix TEXT CHECK (signature_prefix IN ('TM.', 'KT.')),
      signature_authority TEXT NOT NULL DEFAULT '[]',
      signature_deputy_position TEXT NOT NULL DEFAULT '',
      signature_name TEXT NOT NULL DEFAULT '',
      archive TEXT NOT NULL DEFAULT '',
      body_font_size INTEGER NOT NULL DEFAULT 14 CHECK (body_font_size IN (13, 14))
    )`.execute(db);

  await sql`
    CREATE TABLE meetings (
      id INTEGER PRIMARY KEY,
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('signing', 'midYearReview', 'crossInspection', 'yearEndReview', 'other')),
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      date TEXT,
      start_time TEXT,
      end_time TEXT,
      part_of_day TEXT NOT NULL DEFAULT '' CHECK (part_of_day IN ('', 'sáng', 'chiều', 'tối')),
      place TEXT NOT NULL DEFAULT '',
      host_unit_id INTEGER REFERENCES units(id),
      chair TEXT NOT NULL DEFAULT '',
      secretary TEXT NOT NULL DEFAULT '',
      guests TEXT NOT NULL DEFAULT '[]',
      agenda TEXT NOT NULL DEFAULT '[]',
      discussion TEXT NOT NULL DEFAULT '',
      conclusions TEXT NOT NULL DEFAULT '',
      directions TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT ''
    )`.execute(db);
  await sql`CREATE INDEX meetings_year ON meetings(year_id)`.execute(db);

  await sql`
    CREATE TABLE attendance (
      meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'represented')),
      -- Who came when the head did not: "Nguyễn Văn X - Phó Giám đốc".
      represented_by TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting_id, unit_id)
    )`.execute(db);

  await sql`
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      year_id INTEGER NOT NULL REFERENCES years(id),
      type TEXT NOT NULL,
      type_code TEXT,
      issuer_code TEXT NOT NULL,
      number INTEGER CHECK (number IS NULL OR number >= 1),
      date TEXT NOT NULL,
      title TEXT NOT NULL,
      recipients TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'withdrawn', 'replaced')),
      replaced_by_id INTEGER REFERENCES documents(id),
      source_meeting_id INTEGER REFERENCES meetings(id),
      -- The type's data with settings, number and date resolved: the document rebuilds from it alone.
      snapshot TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      file_name TEXT NOT NULL,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      -- One series per issuing body per year; a number is never given twice, whatever became of the first.
      UNIQUE (year_id, issuer_code, number)
    )`.execute(db);
  await sql`CREATE INDEX documents_meeting ON documents(source_meeting_id)`.execute(db);

  // The register is a record: entries change status, they are never removed.
  await sql`
    CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
    BEGIN SELECT RAISE(ABORT, 'register entries are never deleted'); END`.execute(db);
  // What was issued stays as issued: only the status and the replacement link may change.
  await sql`
    CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
    WHEN NEW.snapshot IS NOT OLD.snapshot OR NEW.sha256 IS NOT OLD.sha256 OR NEW.number IS NOT OLD.number
      OR NEW.year_id IS NOT OLD.year_id OR NEW.issuer_code IS NOT OLD.issuer_code OR NEW.date IS NOT OLD.date
    BEGIN SELECT RAISE(ABORT, 'register entries are frozen'); END`.execute(db);

  // A closed year is read-only for these tables too.
  for (const table of ['settings', 'meetings', 'documents', 'attendance']) await closedYearGuards(db, table, GUARDED_TABLES[table]);
  // Years without a settings row (created before this migration) read the bloc defaults.
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
