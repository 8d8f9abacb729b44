import type { Db } from '../../../db/connection.js';
import type { Handlers, ParsedInput, Year, YearProfile } from '../../contract/index.js';
import { fieldError, notFound } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { backedUp, inTransaction, type Trx } from '../transaction.js';
import { copySettings } from '../settings/index.js';
import { copyDeadlines } from '../guide/deadlines.js';
import { lockedScaleRow } from '../scoring/queries.js';
import { assertClosable, recordClosing } from '../votes/checklist.js';
import { findYearEndRow } from '../votes/queries.js';
import { deleteYear } from './delete.js';
import { changeStatus, yearHistory } from './events.js';
import { findClosedYear, findOpenYear, findYear, listYears } from './queries.js';

type YearsHandlers = Pick<
  Handlers,
  'years.list' | 'years.get' | 'years.create' | 'years.updateProfile' | 'years.setLeadership' | 'years.close' | 'years.reopen' | 'years.delete' | 'years.history'
>;

export const yearsHandlers = (db: Db, { backup }: Pick<ServiceOptions, 'backup'>): YearsHandlers => ({
  'years.list': ({ blocId }) => listYears(db, blocId),
  'years.get': ({ yearId }) => findYear(db, yearId),
  'years.create': (input) => inTransaction(db, (trx) => createYear(trx, input)),
  'years.updateProfile': ({ yearId, ...profile }) =>
    inTransaction(db, async (trx) => {
      await findOpenYear(trx, yearId);
      await trx.updateTable('years').set(profile).where('id', '=', yearId).execute();
      return findYear(trx, yearId);
    }),
  'years.setLeadership': (input) => inTransaction(db, (trx) => setLeadership(trx, input)),
  // A closed year is read-only until it is reopened: the data as it was just before is kept aside. With items
  // of the checklist open it closes only with a reason, kept with the year and in its history; a refusal
  // takes no backup.
  'years.close': async ({ yearId, reason }) => {
    await inTransaction(db, async (trx) => assertClosable(trx, await findOpenYear(trx, yearId), reason));
    await backup('closeYear');
    return inTransaction(db, async (trx) => {
      const year = await findOpenYear(trx, yearId);
      await assertClosable(trx, year, reason);
      await recordClosing(trx, year, reason);
      await changeStatus(trx, [yearId], 'close', reason);
      return findYear(trx, yearId);
    });
  },
  // Reopening is the one write a closed year takes: refused unless the year is closed, then the data as it
  // was is kept aside and the reopening is recorded in the year's history with its reason.
  'years.reopen': async ({ yearId, reason }) => {
    await findClosedYear(db, yearId);
    await backup('reopenYear');
    return inTransaction(db, async (trx) => {
      await findClosedYear(trx, yearId);
      await changeStatus(trx, [yearId], 'reopen', reason);
      return findYear(trx, yearId);
    });
  },
  // A refused deletion (not empty, closed, the first year) takes no backup; a deletion keeps the data as it was.
  'years.delete': ({ yearId }) =>
    backedUp(db, () => backup('deleteYear'), async (trx) => {
      await deleteYear(trx, yearId);
      return { deleted: true as const };
    }),
  'years.history': ({ yearId }) => yearHistory(db, yearId),
});

export const profileOf = (y: YearProfile): YearProfile => ({
  blocName: y.blocName,
  governingBody: y.governingBody,
  issuingBody: y.issuingBody,
  symbol: y.symbol,
  place: y.place,
  provincialBoard: y.provincialBoard,
});

/** The first year of a new bloc: a profile and no members yet. */
export async function insertFirstYear(trx: Trx, blocId: number, year: number, profile: YearProfile): Promise<number> {
  const row = await trx
    .insertInto('years')
    .values({ blocId, year, status: 'open', headUnitId: null, deputyUnitId: null, ...profile })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A new year copies the latest year before it (or the earliest after it): profile, head and deputy, every
 * member unit that has not ended by then, the settings, and the scale in force as a draft to start from.
 * When that earlier year recorded its successors (votes.setSuccession), they head the new year instead.
 */
export async function createYear(trx: Trx, { blocId, year }: ParsedInput<'years.create'>): Promise<Year> {
  const years = await listYears(trx, blocId);
  if (years.some((y) => y.year === year)) {
    throw fieldError('year', `Năm ${year} đã có trong khối thi đua.`, 'CONFLICT');
  }
  const source = years.filter((y) => y.year < year).at(-1) ?? years[0];
  if (!source) throw notFound('khối thi đua');

  const members = await trx
    .selectFrom('yearUnits')
    .innerJoin('units', 'units.id', 'yearUnits.unitId')
    .selectAll('yearUnits')
    .where('yearUnits.yearId', '=', source.id)
    .where((eb) => eb.or([eb('units.endYear', 'is', null), eb('units.endYear', '>=', year)]))
    .execute();
  const kept = new Set(members.map((m) => m.unitId));
  const keep = (unitId: number | null) => (unitId !== null && kept.has(unitId) ? unitId : null);
  const succession = source.year < year ? await findYearEndRow(trx, source.id) : undefined;
  const [headUnitId, deputyUnitId] =
    succession && succession.nextHeadUnitId !== null
      ? [succession.nextHeadUnitId, succession.nextDeputyUnitId]
      : [source.headUnitId, source.deputyUnitId];

  const inserted = await trx
    .insertInto('years')
    .values({
      ...profileOf(source),
      blocId,
      year,
      status: 'open',
      headUnitId: keep(headUnitId),
      deputyUnitId: keep(deputyUnitId),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (members.length > 0) {
    await trx
      .insertInto('yearUnits')
      .values(members.map((m) => ({ ...m, yearId: inserted.id })))
      .execute();
  }
  await copySettings(trx, source.id, inserted.id);
  await copyDeadlines(trx, source, { id: inserted.id, year });
  const scale = await lockedScaleRow(trx, source.id);
  if (scale) {
    const { definition, checksum } = scale;
    await trx.insertInto('scales').values({ yearId: inserted.id, version: 1, status: 'draft', definition, checksum }).execute();
  }
  return findYear(trx, inserted.id);
}

export async function setLeadership(trx: Trx, input: ParsedInput<'years.setLeadership'>): Promise<Year> {
  const year = await findOpenYear(trx, input.yearId);
  for (const field of ['headUnitId', 'deputyUnitId'] as const) {
    const unitId = input[field];
    if (unitId === null) continue;
    const member = await trx
      .selectFrom('yearUnits')
      .select('unitId')
      .where('yearId', '=', year.id)
      .where('unitId', '=', unitId)
      .executeTakeFirst();
    if (!member) {
      const role = field === 'headUnitId' ? 'Trưởng khối' : 'Phó khối';
      throw fieldError(field, `Đơn vị ${role} phải là thành viên của khối trong năm ${year.year}.`);
    }
  }
  await trx
    .updateTable('years')
    .set({ headUnitId: input.headUnitId, deputyUnitId: input.deputyUnitId })
    .where('id', '=', year.id)
    .execute();
  return findYear(trx, year.id);
}
