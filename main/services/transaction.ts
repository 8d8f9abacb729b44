import type { Transaction } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';

export type Trx = Transaction<Database>;

/** Every write is one transaction: it all lands or nothing does. */
export const inTransaction = <T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> =>
  db.transaction().execute(work);

/** Reads run on the database or inside a write's transaction alike. */
export type Reader = Db | Trx;

class Rehearsal extends Error {}

/**
 * For a write hard to undo: runs it once and rolls it back, so a refused request (a closed year, a bad
 * merge) is refused before any backup is taken; then takes the backup and runs it for real.
 */
export async function backedUp<T>(db: Db, takeBackup: () => Promise<unknown>, work: (trx: Trx) => Promise<T>): Promise<T> {
  await db
    .transaction()
    .execute(async (trx) => {
      await work(trx);
      throw new Rehearsal();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rehearsal)) throw error;
    });
  await takeBackup();
  return inTransaction(db, work);
}
