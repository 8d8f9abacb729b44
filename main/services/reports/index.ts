import type { Db } from '../../../db/connection.js';
import type { Handlers } from '../../contract/index.js';
import { notFound } from '../errors.js';
import type { Reader } from '../transaction.js';
import { unitHistory } from './history.js';
import { membershipTable } from './membership.js';
import { searchYears } from './search.js';

type ReportsHandlers = Pick<Handlers, Extract<keyof Handlers, `reports.${string}`>>;

async function findBloc(db: Reader, blocId: number): Promise<void> {
  const bloc = await db.selectFrom('blocs').select('id').where('id', '=', blocId).executeTakeFirst();
  if (!bloc) throw notFound('khối thi đua');
}

/** Reads only: a closed year reads as any other. */
export const reportsHandlers = (db: Db): ReportsHandlers => ({
  'reports.unitHistory': async ({ blocId, unitId }) => {
    await findBloc(db, blocId);
    return unitHistory(db, blocId, unitId);
  },
  'reports.membership': async ({ blocId }) => {
    await findBloc(db, blocId);
    return membershipTable(db, blocId);
  },
  'reports.search': async ({ blocId, query }) => {
    await findBloc(db, blocId);
    return searchYears(db, blocId, query);
  },
});
