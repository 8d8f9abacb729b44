import type { Db } from '../../../db/connection.js';
import type { Handlers, ParsedInput, Year, YearProfile } from '../../contract/index.js';
import { fieldError, notFound } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { inTransaction, type Trx } from '../transaction.js';
import { copySettings } from '../settings/index.js';
import { findOpenYear, findYear, listYears } from './queries.js';

type YearsHandlers = Pick<Handlers, 'years.list' | 'years.get' | 'years.create' | 'years.updateProfile' | 'years.setLeadership' | 'years.close'>;

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
  // A closed year is read-only for good: the data as it was just before is kept aside.
  'years.close': async ({ yearId }) => {
    await backup('truoc-khoa-so-nam');
    return inTransaction(db, async (trx) => {
      await findOpenYear(trx, yearId);
      await trx.updateTable('years').set({ status: 'closed' }).where('id', '=', yearId).execute();
      return findYear(trx, yearId);
    });
  },
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
 * A new year copies the latest year before it (or the earliest after it):
 * profile, head and deputy, and every member unit that has not ended by then.
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

  const inserted = await trx
    .insertInto('years')
    .values({
      ...profileOf(source),
      blocId,
      year,
      status: 'open',
      headUnitId: keep(source.headUnitId),
      deputyUnitId: keep(source.deputyUnitId),
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
