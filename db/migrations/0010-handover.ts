import { sql, type Kysely } from 'kysely';

// A bloc's stable identity, the same on every PC its handover package reaches: importing a package finds
// "the same bloc" by it, never by the name (two provinces may well have a bloc of the same name). Existing
// blocs get theirs now; a trigger gives one to every bloc inserted without it, whatever code inserts it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE blocs ADD COLUMN uid TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`UPDATE blocs SET uid = lower(hex(randomblob(16)))`.execute(db);
  await sql`CREATE UNIQUE INDEX blocs_uid ON blocs(uid) WHERE uid <> ''`.execute(db);
  await sql`
    CREATE TRIGGER blocs_uid_default AFTER INSERT ON blocs
    WHEN NEW.uid = ''
    BEGIN UPDATE blocs SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
