// The history of a year's closing and reopening (year_events): one row per change of status, with the
// officer's reason, written in the transaction that changes it. The database lets the status change only
// as the newest row says, and never lets a row change or go.
import type { YearEvent } from '../../contract/index.js';
import type { Reader, Trx } from '../transaction.js';
import { findYear } from './queries.js';

/** Records the change and makes it, in the caller's transaction. */
export async function changeStatus(trx: Trx, yearIds: number[], kind: YearEvent['kind'], reason: string): Promise<void> {
  if (yearIds.length === 0) return;
  await trx
    .insertInto('yearEvents')
    .values(yearIds.map((yearId) => ({ yearId, kind, reason })))
    .execute();
  await trx
    .updateTable('years')
    .set({ status: kind === 'close' ? 'closed' : 'open' })
    .where('id', 'in', yearIds)
    .execute();
}

/** Oldest first. */
export async function yearHistory(db: Reader, yearId: number): Promise<YearEvent[]> {
  await findYear(db, yearId);
  return db.selectFrom('yearEvents').select(['kind', 'reason', 'at']).where('yearId', '=', yearId).orderBy('id').execute();
}

/**
 * Closes imported years as they came. Their history travels with them; a package made before it was kept
 * brings none, so each such year gets the closing it had, with the reason kept with its year end and no time.
 */
export async function closeImportedYears(trx: Trx, yearIds: number[]): Promise<void> {
  if (yearIds.length === 0) return;
  const bare = await trx
    .selectFrom('years')
    .leftJoin('yearEnds', 'yearEnds.yearId', 'years.id')
    .select(['years.id', 'yearEnds.closingReason'])
    .where('years.id', 'in', yearIds)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('yearEvents').select('yearEvents.id').whereRef('yearEvents.yearId', '=', 'years.id'))))
    .execute();
  if (bare.length > 0) {
    await trx
      .insertInto('yearEvents')
      .values(bare.map((y) => ({ yearId: y.id, kind: 'close' as const, reason: y.closingReason ?? '', at: null })))
      .execute();
  }
  await trx.updateTable('years').set({ status: 'closed' }).where('id', 'in', yearIds).execute();
}

/** Opens the closed years of a bloc a handover package replaces, each opening recorded like any other. */
export async function reopenReplacedBloc(trx: Trx, blocId: number): Promise<void> {
  const closed = await trx.selectFrom('years').select('id').where('blocId', '=', blocId).where('status', '=', 'closed').execute();
  await changeStatus(
    trx,
    closed.map((y) => y.id),
    'reopen',
    'Thay bằng dữ liệu của gói bàn giao.',
  );
}
