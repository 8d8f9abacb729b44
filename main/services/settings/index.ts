import type { Db } from '../../../db/connection.js';
import type { Handlers } from '../../contract/index.js';
import { inTransaction, type Trx } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { rollLegalBases } from './legal-bases.js';
import { findSettings, readSettings, toRow } from './queries.js';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.update'>;

export const settingsHandlers = (db: Db): SettingsHandlers => ({
  'settings.get': ({ yearId }) => findSettings(db, yearId),
  'settings.update': ({ yearId, ...fields }) =>
    inTransaction(db, async (trx) => {
      await findOpenYear(trx, yearId);
      await trx
        .insertInto('settings')
        .values(toRow(yearId, fields))
        .onConflict((oc) => oc.column('yearId').doUpdateSet(toRow(yearId, fields)))
        .execute();
      return findSettings(trx, yearId);
    }),
});

/**
 * A new year starts with the settings of the year it copies, its legal bases brought to those in force in
 * the new year (the officer's own lines kept); the copied year's stored settings are not touched.
 */
export async function copySettings(trx: Trx, fromYearId: number, toYearId: number): Promise<void> {
  const fields = await readSettings(trx, fromYearId);
  const legalBases = rollLegalBases(fields.legalBases, await findYear(trx, fromYearId), await findYear(trx, toYearId));
  await trx.insertInto('settings').values(toRow(toYearId, { ...fields, legalBases })).execute();
}
