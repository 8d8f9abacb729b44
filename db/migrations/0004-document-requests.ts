import { sql, type Kysely } from 'kysely';

// The officer's request a register entry was built from ({ type, input } as validated), so a replacement
// opens pre-filled. NULL for entries issued before this migration. Adding a column fires no trigger.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN request TEXT`.execute(db);
  // What was issued stays as issued, its request too: only the status and the replacement link may change.
  await sql`DROP TRIGGER documents_frozen`.execute(db);
  await sql`
    CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
    WHEN NEW.snapshot IS NOT OLD.snapshot OR NEW.sha256 IS NOT OLD.sha256 OR NEW.number IS NOT OLD.number
      OR NEW.year_id IS NOT OLD.year_id OR NEW.issuer_code IS NOT OLD.issuer_code OR NEW.date IS NOT OLD.date
      OR NEW.request IS NOT OLD.request
    BEGIN SELECT RAISE(ABORT, 'register entries are frozen'); END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
