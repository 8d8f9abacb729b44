// The guided year (contract/guide.ts): the steps of the year with what each lacks, the next action, and the
// deadlines of the steps.
import dayjs from 'dayjs';
import type { Db } from '../../../db/connection.js';
import type { Handlers } from '../../contract/index.js';
import type { ServiceOptions } from '../options.js';
import { inTransaction } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { checkDeadlines, readDeadlines, writeDeadlines } from './deadlines.js';
import { guideOf, yearChecks } from './steps.js';

type GuideHandlers = Pick<Handlers, 'guide.year' | 'guide.deadlines' | 'guide.setDeadlines'>;

export const guideHandlers = (db: Db, options: Pick<ServiceOptions, 'now'>): GuideHandlers => ({
  // One transaction, so the steps read one state of the year even while a write lands.
  'guide.year': ({ yearId }) =>
    inTransaction(db, async (trx) => {
      const year = await findYear(trx, yearId);
      const today = dayjs(options.now?.() ?? new Date()).format('YYYY-MM-DD');
      return guideOf(year, await yearChecks(trx, year), await readDeadlines(trx, year), today);
    }),
  'guide.deadlines': async ({ yearId }) => readDeadlines(db, await findYear(db, yearId)),
  'guide.setDeadlines': ({ yearId, deadlines }) =>
    inTransaction(db, async (trx) => {
      const year = await findOpenYear(trx, yearId);
      checkDeadlines(year, deadlines);
      await writeDeadlines(trx, year.id, deadlines);
      return readDeadlines(trx, year);
    }),
});

export { copyDeadlines } from './deadlines.js';
