// The year's row of year_ends, written only when something of the year end is saved: until then the
// rules read as the defaults.
import type { VoteRules, Year } from '../../contract/index.js';
import type { Trx } from '../transaction.js';
import { findYearEndRow, rulesOf } from './queries.js';

/** Inserts the year's row with the rules in effect (the defaults) when it has none yet. */
export async function ensureRow(trx: Trx, year: Year): Promise<void> {
  if (await findYearEndRow(trx, year.id)) return;
  const rules = await rulesOf(trx, year.id, undefined);
  await trx
    .insertInto('yearEnds')
    .values({ yearId: year.id, ...rulesRow(rules), nextHeadUnitId: null, nextDeputyUnitId: null, successionSource: null, closingReason: '' })
    .execute();
}

export const rulesRow = (rules: VoteRules) => ({
  meetingId: rules.meetingId,
  thresholdBase: rules.base,
  thresholdComparison: rules.comparison,
  threshold: rules.threshold,
  ballotStyle: rules.ballotStyle,
  ballotsPerPage: rules.ballotsPerPage,
  tellers: JSON.stringify(rules.tellers),
});

