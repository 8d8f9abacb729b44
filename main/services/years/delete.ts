// Deleting a year created by mistake (a wrong number typed, a year too many). Only an empty year goes:
// what the officer did in a year is kept, so a year holding any of it is refused with what it holds.
import { ServiceError } from '../errors.js';
import type { Trx } from '../transaction.js';
import { findOpenYear } from './queries.js';

/**
 * What makes a year not empty, each as the officer reads it. Creating a year copies its membership, the
 * settings, the deadlines and the scale in force as a draft: those are the year's starting point, not work
 * done in it, so they go with it. Anything else is work (or a record that must stay):
 * - a register entry (issued, withdrawn or replaced): the register's numbers are never taken back;
 * - a meeting, a saved pledge, a locked scale, scores or evidence, the year end (rules, succession, a closing's
 *   reason), awards or votes;
 * - units merged from this year;
 * - a closing in its history: a year that was closed was finished once, and its history is append-only.
 */
async function contents(trx: Trx, yearId: number, year: number): Promise<string[]> {
  const count = async (query: Promise<{ n: number | string | bigint } | undefined>) => Number((await query)?.n ?? 0);
  const n = (table: 'documents' | 'meetings' | 'evidence' | 'awards' | 'yearEvents') =>
    count(trx.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('yearId', '=', yearId).executeTakeFirst());
  const documents = await n('documents');
  const meetings = await n('meetings');
  const evidence = await n('evidence');
  const awards = await n('awards');
  const events = await n('yearEvents');
  const pledge = await trx.selectFrom('pledges').select('yearId').where('yearId', '=', yearId).executeTakeFirst();
  const lockedScale = await trx
    .selectFrom('scales')
    .select('id')
    .where('yearId', '=', yearId)
    .where('status', '!=', 'draft')
    .executeTakeFirst();
  const scored = await count(
    trx
      .selectFrom('scores')
      .innerJoin('scales', 'scales.id', 'scores.scaleId')
      .select((eb) => eb.fn.count('scores.unitId').distinct().as('n'))
      .where('scales.yearId', '=', yearId)
      .executeTakeFirst(),
  );
  const yearEnd = await trx.selectFrom('yearEnds').select('yearId').where('yearId', '=', yearId).executeTakeFirst();
  // Units merged from this year end the year before it: deleting the year would not undo the merger.
  const merged = await trx
    .selectFrom('units')
    .innerJoin('yearUnits', 'yearUnits.unitId', 'units.successorUnitId')
    .select('units.id')
    .where('yearUnits.yearId', '=', yearId)
    .where('units.endYear', '=', year - 1)
    .executeTakeFirst();

  const held: string[] = [];
  if (documents > 0) held.push(`${documents} văn bản trong sổ đăng ký`);
  if (meetings > 0) held.push(`${meetings} hội nghị`);
  if (pledge) held.push('giao ước đã lưu');
  if (lockedScale) held.push('thang điểm đã khóa');
  if (scored > 0) held.push(`điểm chấm của ${scored} đơn vị`);
  if (evidence > 0) held.push(`${evidence} tệp minh chứng`);
  if (yearEnd) held.push('thông tin tổng kết năm đã lưu');
  if (awards > 0) held.push(`${awards} danh hiệu đề nghị khen thưởng`);
  if (merged) held.push(`đơn vị hợp nhất từ năm ${year}`);
  if (events > 0) held.push('lịch sử khóa sổ');
  return held;
}

/** Refuses unless the year may go: open, not the bloc's first year, empty. */
export async function assertDeletable(trx: Trx, yearId: number): Promise<void> {
  const year = await findOpenYear(trx, yearId);
  // The year the bloc was created with (its first row) holds the profile as typed: the bloc always keeps it,
  // so it never ends up without a year. The first by number is not meant: a year created by mistake before
  // it is exactly what may go.
  const first = await trx
    .selectFrom('years')
    .select('id')
    .where('blocId', '=', year.blocId)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  if (first.id === year.id) {
    throw new ServiceError('CONFLICT', `Không thể xóa năm ${year.year}: đây là năm đầu tiên của khối thi đua.`);
  }
  const held = await contents(trx, yearId, year.year);
  if (held.length > 0) {
    throw new ServiceError('CONFLICT', `Không thể xóa năm ${year.year} vì năm này đã có: ${held.join(', ')}.`);
  }
}

/**
 * Deletes the year with its membership, settings, deadlines and draft scale (their rows cascade from the
 * year), and
 * the units created in it that belong to no other year, so the bloc's unit list keeps no unit without a year.
 */
export async function deleteYear(trx: Trx, yearId: number): Promise<void> {
  await assertDeletable(trx, yearId);
  const only = await trx
    .selectFrom('yearUnits as mine')
    .select('mine.unitId')
    .where('mine.yearId', '=', yearId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('yearUnits as other')
            .select('other.unitId')
            .whereRef('other.unitId', '=', 'mine.unitId')
            .where('other.yearId', '!=', yearId),
        ),
      ),
    )
    .execute();
  await trx.deleteFrom('years').where('id', '=', yearId).execute();
  const unitIds = only.map((u) => u.unitId);
  if (unitIds.length > 0) await trx.deleteFrom('units').where('id', 'in', unitIds).execute();
}
