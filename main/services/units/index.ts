import type { Db } from '../../../db/connection.js';
import { blankMembership, type Handlers, type Membership, type ParsedInput, type Unit, type YearUnit } from '../../contract/index.js';
import { sortVietnamese } from '../../common/vietnamese.js';
import { fieldError, notFound, ServiceError, yearClosed } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { backedUp, inTransaction, type Trx } from '../transaction.js';
import { findOpenYear, listYears } from '../years/queries.js';
import { exportList } from './export.js';
import { chooseImportFile, importMany, previewImport } from './import.js';
import { issuedPledges } from './issued-pledges.js';
import { assertNameFree, findMember, listMembers } from './queries.js';

type UnitsHandlers = Pick<
  Handlers,
  | 'units.list'
  | 'units.listAll'
  | 'units.create'
  | 'units.update'
  | 'units.addToYear'
  | 'units.removeFromYear'
  | 'units.retire'
  | 'units.merge'
  | 'units.previewImport'
  | 'units.chooseImportFile'
  | 'units.importMany'
  | 'units.exportList'
  | 'units.issuedPledges'
>;

export const unitsHandlers = (db: Db, options: ServiceOptions): UnitsHandlers => ({
  'units.list': ({ yearId }) => listMembers(db, yearId),
  'units.listAll': ({ blocId }) => listUnits(db, blocId),
  'units.create': ({ yearId, ...fields }) => inTransaction(db, (trx) => createUnit(trx, yearId, fields)),
  'units.update': (input) => inTransaction(db, (trx) => updateUnit(trx, input)),
  'units.addToYear': (input) => inTransaction(db, (trx) => addToYear(trx, input)),
  'units.removeFromYear': (input) =>
    inTransaction(db, async (trx) => {
      await removeFromYear(trx, input.yearId, input.unitId);
      return { removed: true as const };
    }),
  // Retiring and merging rewrite later years' membership: a copy of the data is taken first.
  'units.retire': (input) => backedUp(db, () => options.backup('retireUnit'), (trx) => retireUnit(trx, input)),
  'units.merge': (input) => backedUp(db, () => options.backup('mergeUnits'), (trx) => mergeUnits(trx, input)),
  'units.previewImport': ({ yearId, ...source }) => previewImport(db, yearId, source),
  'units.chooseImportFile': ({ yearId }) => chooseImportFile(db, options, yearId),
  'units.importMany': ({ yearId, rows }) => inTransaction(db, (trx) => importMany(trx, yearId, rows)),
  'units.exportList': ({ yearId }) => exportList(db, options, yearId),
  'units.issuedPledges': ({ blocId }) => issuedPledges(db, blocId),
});

const membershipRow = (yearId: number, unitId: number, m: Membership) => ({
  yearId,
  unitId,
  ...m,
  deputySigns: m.deputySigns ? 1 : 0,
});

export async function createUnit(trx: Trx, yearId: number, fields: Membership): Promise<YearUnit> {
  const year = await findOpenYear(trx, yearId);
  await assertNameFree(trx, yearId, year.year, fields.name);
  const unit = await trx
    .insertInto('units')
    .values({ blocId: year.blocId, name: fields.name, shortName: fields.shortName })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('yearUnits').values(membershipRow(yearId, unit.id, fields)).execute();
  return findMember(trx, yearId, unit.id);
}

async function updateUnit(trx: Trx, { yearId, unitId, ...fields }: ParsedInput<'units.update'>): Promise<YearUnit> {
  const year = await findOpenYear(trx, yearId);
  await findMember(trx, yearId, unitId);
  await assertNameFree(trx, yearId, year.year, fields.name, [unitId]);
  await trx
    .updateTable('yearUnits')
    .set(membershipRow(yearId, unitId, fields))
    .where('yearId', '=', yearId)
    .where('unitId', '=', unitId)
    .execute();
  // The unit's own name follows its most recent year, so the unit list shows today's name.
  const latest = await latestMembership(trx, unitId);
  if (latest?.yearId === yearId) {
    await trx.updateTable('units').set({ name: fields.name, shortName: fields.shortName }).where('id', '=', unitId).execute();
  }
  return findMember(trx, yearId, unitId);
}

async function latestMembership(trx: Trx, unitId: number) {
  return trx
    .selectFrom('yearUnits')
    .innerJoin('years', 'years.id', 'yearUnits.yearId')
    .selectAll('yearUnits')
    .where('yearUnits.unitId', '=', unitId)
    .orderBy('years.year', 'desc')
    .executeTakeFirst();
}

async function findUnit(trx: Trx | Db, unitId: number) {
  const unit = await trx.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound('đơn vị');
  return unit;
}

async function addToYear(trx: Trx, { yearId, unitId }: ParsedInput<'units.addToYear'>): Promise<YearUnit> {
  const year = await findOpenYear(trx, yearId);
  const unit = await findUnit(trx, unitId);
  if (unit.blocId !== year.blocId) throw notFound('đơn vị trong khối này');
  if (unit.endYear !== null && unit.endYear < year.year) {
    throw fieldError('unitId', `Đơn vị “${unit.name}” đã thôi tham gia khối từ sau năm ${unit.endYear}.`);
  }
  const existing = await listMembers(trx, yearId);
  if (existing.some((m) => m.unitId === unitId)) {
    throw fieldError('unitId', `Đơn vị “${unit.name}” đã có trong khối năm ${year.year}.`, 'CONFLICT');
  }
  const latest = await latestMembership(trx, unitId);
  const fields = latest ?? { ...membershipRow(yearId, unitId, blankMembership(unit.name, unit.shortName)) };
  await assertNameFree(trx, yearId, year.year, fields.name);
  await trx
    .insertInto('yearUnits')
    .values({ ...fields, yearId, unitId })
    .execute();
  return findMember(trx, yearId, unitId);
}

/** Takes a unit out of a year; the head or deputy of that year must be changed first. */
async function removeFromYear(trx: Trx, yearId: number, unitId: number): Promise<void> {
  const year = await findOpenYear(trx, yearId);
  const member = await findMember(trx, yearId, unitId);
  if (year.headUnitId === unitId || year.deputyUnitId === unitId) {
    const role = year.headUnitId === unitId ? 'Trưởng khối' : 'Phó khối';
    throw new ServiceError(
      'CONFLICT',
      `“${member.name}” đang là ${role} năm ${year.year}. Hãy chọn ${role} khác trước khi bỏ đơn vị này.`,
    );
  }
  await trx.deleteFrom('yearUnits').where('yearId', '=', yearId).where('unitId', '=', unitId).execute();
}

/** Years after `lastYear` in which the unit is a member; each must be open. */
async function laterMemberships(trx: Trx, blocId: number, unitId: number, lastYear: number) {
  const years = await listYears(trx, blocId);
  const later = [];
  for (const year of years.filter((y) => y.year > lastYear)) {
    const isMember = await trx
      .selectFrom('yearUnits')
      .select('unitId')
      .where('yearId', '=', year.id)
      .where('unitId', '=', unitId)
      .executeTakeFirst();
    if (!isMember) continue;
    if (year.status === 'closed') throw yearClosed(year.year);
    later.push(year);
  }
  return later;
}

/** The first closed year after `after` in which the unit is a member, with its name that year. */
const closedMembershipAfter = (trx: Trx, unitId: number, after: number) =>
  trx
    .selectFrom('yearUnits')
    .innerJoin('years', 'years.id', 'yearUnits.yearId')
    .select(['years.year', 'yearUnits.name'])
    .where('yearUnits.unitId', '=', unitId)
    .where('years.status', '=', 'closed')
    .where('years.year', '>', after)
    .orderBy('years.year')
    .executeTakeFirst();

async function retireUnit(trx: Trx, { unitId, lastYear }: ParsedInput<'units.retire'>): Promise<Unit> {
  const unit = await findUnit(trx, unitId);
  for (const year of await laterMemberships(trx, unit.blocId, unitId, lastYear)) {
    await removeFromYear(trx, year.id, unitId);
  }
  await trx.updateTable('units').set({ endYear: lastYear }).where('id', '=', unitId).execute();
  return findListedUnit(trx, unit.blocId, unitId);
}

/**
 * The units end in `fromYear - 1` and a new unit takes their place from `fromYear`
 * on (in that year and every later year it was in), as head or deputy too.
 * Earlier years keep the old units with their names: history is not rewritten.
 */
export async function mergeUnits(trx: Trx, input: ParsedInput<'units.merge'>): Promise<Unit> {
  const { blocId, fromYear, newUnit } = input;
  const unitIds = [...new Set(input.unitIds)];
  if (unitIds.length < 2) throw fieldError('unitIds', 'Cần chọn ít nhất hai đơn vị khác nhau để hợp nhất.');
  const years = await listYears(trx, blocId);
  if (!years.some((y) => y.year === fromYear)) {
    throw fieldError('fromYear', `Chưa có năm ${fromYear}. Hãy tạo năm ${fromYear} trước khi hợp nhất đơn vị.`);
  }
  for (const unitId of unitIds) {
    const unit = await findUnit(trx, unitId);
    if (unit.blocId !== blocId) throw notFound('đơn vị trong khối này');
    if (unit.endYear !== null && unit.endYear < fromYear) {
      throw fieldError('unitIds', `Đơn vị “${unit.name}” đã thôi tham gia khối từ sau năm ${unit.endYear}.`);
    }
    // Merged before: who took its place in a closed year stays who it was.
    const replaced = unit.successorUnitId === null ? undefined : await closedMembershipAfter(trx, unit.successorUnitId, unit.endYear ?? 0);
    if (replaced) {
      throw new ServiceError('YEAR_CLOSED', `Đơn vị “${unit.name}” đã hợp nhất vào “${replaced.name}” (năm ${replaced.year} đã khóa sổ): không thể hợp nhất lại.`);
    }
  }
  const created = await trx
    .insertInto('units')
    .values({ blocId, name: newUnit.name, shortName: newUnit.shortName })
    .returning('id')
    .executeTakeFirstOrThrow();

  for (const year of years.filter((y) => y.year >= fromYear)) {
    const members = await listMembers(trx, year.id);
    if (!members.some((m) => unitIds.includes(m.unitId))) continue;
    if (year.status === 'closed') throw yearClosed(year.year);
    await assertNameFree(trx, year.id, year.year, newUnit.name, unitIds);
    await trx.insertInto('yearUnits').values(membershipRow(year.id, created.id, newUnit)).execute();
    const successor = (unitId: number | null) => (unitId !== null && unitIds.includes(unitId) ? created.id : unitId);
    await trx
      .updateTable('years')
      .set({ headUnitId: successor(year.headUnitId), deputyUnitId: successor(year.deputyUnitId) })
      .where('id', '=', year.id)
      .execute();
    await trx.deleteFrom('yearUnits').where('yearId', '=', year.id).where('unitId', 'in', unitIds).execute();
  }
  await trx
    .updateTable('units')
    .set({ endYear: fromYear - 1, successorUnitId: created.id })
    .where('id', 'in', unitIds)
    .execute();
  return findListedUnit(trx, blocId, created.id);
}

/** Every unit the bloc has had, with the years it took part, in Vietnamese order. */
export async function listUnits(db: Db | Trx, blocId: number): Promise<Unit[]> {
  const units = await db.selectFrom('units').selectAll().where('blocId', '=', blocId).execute();
  const memberships = await db
    .selectFrom('yearUnits')
    .innerJoin('years', 'years.id', 'yearUnits.yearId')
    .select(['yearUnits.unitId', 'years.year'])
    .where('years.blocId', '=', blocId)
    .orderBy('years.year')
    .execute();
  const names = new Map(units.map((u) => [u.id, u.name]));
  const listed = units.map((u) => ({
    id: u.id,
    name: u.name,
    shortName: u.shortName,
    endYear: u.endYear,
    successorUnitId: u.successorUnitId,
    successorName: u.successorUnitId === null ? null : (names.get(u.successorUnitId) ?? null),
    years: memberships.filter((m) => m.unitId === u.id).map((m) => m.year),
  }));
  return sortVietnamese(listed, (u) => u.name);
}

async function findListedUnit(trx: Trx, blocId: number, unitId: number): Promise<Unit> {
  const unit = (await listUnits(trx, blocId)).find((u) => u.id === unitId);
  if (!unit) throw notFound('đơn vị');
  return unit;
}
