import type { YearUnit } from '../../contract/index.js';
import { sameNameKey, sortVietnamese } from '../../common/vietnamese.js';
import { fieldError, notFound } from '../errors.js';
import type { Reader, Trx } from '../transaction.js';


const selectMembers = (db: Reader) =>
  db
    .selectFrom('yearUnits')
    .innerJoin('units', 'units.id', 'yearUnits.unitId')
    .selectAll('yearUnits')
    .select('units.endYear');

type MemberRow = Awaited<ReturnType<ReturnType<typeof selectMembers>['executeTakeFirstOrThrow']>>;

const toYearUnit = (row: MemberRow): YearUnit => ({ ...row, deputySigns: row.deputySigns === 1 });

/** The member units of a year, in Vietnamese order of the name used that year. */
export async function listMembers(db: Reader, yearId: number): Promise<YearUnit[]> {
  const rows = await selectMembers(db).where('yearUnits.yearId', '=', yearId).execute();
  return sortVietnamese(rows.map(toYearUnit), (u) => u.name);
}

export async function findMember(db: Reader, yearId: number, unitId: number): Promise<YearUnit> {
  const row = await selectMembers(db)
    .where('yearUnits.yearId', '=', yearId)
    .where('yearUnits.unitId', '=', unitId)
    .executeTakeFirst();
  if (!row) throw notFound('đơn vị trong năm này');
  return toYearUnit(row);
}

/** Refuses a second unit of the same name (case and spacing ignored) in one year. */
export async function assertNameFree(trx: Trx, yearId: number, year: number, name: string, exceptUnitIds: number[] = []) {
  const members = await listMembers(trx, yearId);
  const clash = members.find((m) => !exceptUnitIds.includes(m.unitId) && sameNameKey(m.name) === sameNameKey(name));
  if (clash) {
    throw fieldError('name', `Đơn vị “${clash.name}” đã có trong khối năm ${year}.`, 'CONFLICT');
  }
}
