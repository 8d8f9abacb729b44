import type { Transaction } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';

export type Trx = Transaction<Database>;

/** Every write is one transaction: it all lands or nothing does. */
export const inTransaction = <T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> =>
  db.transaction().execute(work);

/** Reads run on the database or inside a write's transaction alike. */
export type Reader = Db | Trx;
