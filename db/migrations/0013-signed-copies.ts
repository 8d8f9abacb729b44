import { sql, type Kysely } from 'kysely';
import { closedYearGuards, GUARDED_TABLES } from '../guards.js';

// The signed copy of an issued document: the scan of the paper as signed and stamped (one PDF, or one image per
// page), kept beside the register. Files live in the data folder under a name the program chooses from their
// content; their SHA-256 is kept to tell a file changed since it was attached. A document's copy is replaced
// as a whole, so its pages carry no history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE signed_copies (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id),
      page INTEGER NOT NULL CHECK (page >= 1),
      file_name TEXT NOT NULL,
      -- Relative to the data directory: van-ban/ban-ky/<year>/<hash>.<ext>; the same scan is stored once.
      stored_path TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size >= 0),
      added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (document_id, page)
    )`.execute(db);
  await closedYearGuards(db, 'signed_copies', GUARDED_TABLES.signed_copies);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
