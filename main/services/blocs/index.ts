import type { Db } from '../../../db/connection.js';
import type { Bloc, Handlers } from '../../contract/index.js';
import { sortVietnamese } from '../../common/vietnamese.js';
import { inTransaction } from '../transaction.js';
import { createBloc } from './create.js';
import { seedDemoBloc } from '../demo/index.js';

type BlocsHandlers = Pick<Handlers, 'blocs.list' | 'blocs.create' | 'blocs.openDemo'>;

export const blocsHandlers = (db: Db): BlocsHandlers => ({
  'blocs.list': () => listBlocs(db),
  'blocs.create': (input) => inTransaction(db, (trx) => createBloc(trx, input)),
  'blocs.openDemo': () => inTransaction(db, (trx) => seedDemoBloc(trx)),
});

async function listBlocs(db: Db): Promise<Bloc[]> {
  const blocs = await db.selectFrom('blocs').selectAll().execute();
  const years = await db.selectFrom('years').select(['blocId', 'year']).orderBy('year').execute();
  return sortVietnamese(
    blocs.map((b) => ({ id: b.id, name: b.name, years: years.filter((y) => y.blocId === b.id).map((y) => y.year) })),
    (b) => b.name,
  );
}
