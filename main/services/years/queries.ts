import type { Year } from '../../contract/index.js';
import { notFound, ServiceError, yearClosed } from '../errors.js';
import type { Reader, Trx } from '../transaction.js';


const selectYears = (db: Reader) =>
  db
    .selectFrom('years')
    .selectAll('years')
    .select((eb) =>
      eb
        .selectFrom('yearUnits')
        .whereRef('yearUnits.yearId', '=', 'years.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('memberCount'),
    );

export async function findYear(db: Reader, yearId: number): Promise<Year> {
  const row = await selectYears(db).where('years.id', '=', yearId).executeTakeFirst();
  if (!row) throw notFound('năm thi đua');
  return { ...row, memberCount: Number(row.memberCount ?? 0) };
}

export async function listYears(db: Reader, blocId: number): Promise<Year[]> {
  const rows = await selectYears(db).where('years.blocId', '=', blocId).orderBy('years.year').execute();
  return rows.map((row) => ({ ...row, memberCount: Number(row.memberCount ?? 0) }));
}

/** The year, if it may still be edited; a closed year refuses every change. */
export async function findOpenYear(trx: Trx, yearId: number): Promise<Year> {
  const year = await findYear(trx, yearId);
  if (year.status === 'closed') throw yearClosed(year.year);
  return year;
}

/** The year, if it is closed: only a closed year can be reopened. */
export async function findClosedYear(db: Reader, yearId: number): Promise<Year> {
  const year = await findYear(db, yearId);
  if (year.status !== 'closed') throw new ServiceError('CONFLICT', `Năm ${year.year} chưa khóa sổ nên không cần mở lại.`);
  return year;
}
