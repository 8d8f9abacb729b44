// Writing scores: every figure checked against its item, every cell of a call in one transaction.
import type { ParsedInput, ScoreEntry, Year } from '../../contract/index.js';
import { entryProblem, scoredItems, type ScoredItem } from '../../scoring/items.js';
import { plain, toBig } from '../../scoring/decimal.js';
import { fieldError, ServiceError } from '../errors.js';
import type { Trx } from '../transaction.js';
import { listMembers } from '../units/queries.js';
import { findOpenYear } from '../years/queries.js';
import { definitionOf, lockedScaleRow, readScores, type ScaleRow } from './queries.js';

type Change = ParsedInput<'scoring.setScores'>['changes'][number];

/** The locked scale scores are written on; a year without one cannot be scored yet. */
export async function scaleForScoring(trx: Trx, year: Year): Promise<ScaleRow> {
  const row = await lockedScaleRow(trx, year.id);
  if (!row) {
    throw new ServiceError('CONFLICT', `Năm ${year.year} chưa có thang điểm đã khóa: hãy lập và khóa thang điểm trước khi chấm điểm.`);
  }
  return row;
}

export const itemLabel = (item: ScoredItem): string =>
  item.role === 'criterion' ? `tiêu chí ${item.code}` : item.role === 'bonus' ? `điểm thưởng “${item.name}”` : `điểm trừ “${item.name}”`;

// "07.50" is stored as "7.5": one spelling per figure.
const canonical = (value: string | null) => (value === null ? null : plain(toBig(value)));

const differs = (a: string | null, b: string | null) => a !== null && b !== null && !toBig(a).eq(toBig(b));

/**
 * Applies the changes on the year's locked scale. A figure outside its item's limits, a unit that is not a
 * member, an item the scale does not have, or a bloc figure differing from the unit's without a reason is
 * refused, and then nothing of the call is written.
 */
export async function setScores(trx: Trx, yearId: number, changes: Change[]): Promise<number> {
  const year = await findOpenYear(trx, yearId);
  const row = await scaleForScoring(trx, year);
  const items = new Map(scoredItems(definitionOf(row)).map((i) => [i.key, i]));
  const members = new Map((await listMembers(trx, year.id)).map((m) => [m.unitId, m.name]));
  const current = new Map((await readScores(trx, row.id)).map((e) => [`${e.unitId}/${e.itemKey}`, e]));

  for (const [i, change] of changes.entries()) {
    const unitName = members.get(change.unitId);
    if (unitName === undefined) throw fieldError(`changes.${i}.unitId`, `Đơn vị không phải thành viên của khối trong năm ${year.year}.`);
    const item = items.get(change.itemKey);
    if (!item) throw fieldError(`changes.${i}.itemKey`, `Thang điểm đang dùng không có mục này (${change.itemKey}).`);
    const key = `${change.unitId}/${change.itemKey}`;
    const before: ScoreEntry = current.get(key) ?? { unitId: change.unitId, itemKey: change.itemKey, self: null, bloc: null, reason: '', note: '' };
    const after: ScoreEntry = {
      ...before,
      ...(change.self !== undefined && { self: canonical(change.self) }),
      ...(change.bloc !== undefined && { bloc: canonical(change.bloc) }),
      ...(change.reason !== undefined && { reason: change.reason }),
      ...(change.note !== undefined && { note: change.note }),
    };
    for (const side of ['self', 'bloc'] as const) {
      const value = change[side];
      const problem = value ? entryProblem(item, value) : null;
      if (problem) throw fieldError(`changes.${i}.${side}`, `${unitName}: ${problem}`);
    }
    if ((change.bloc !== undefined || change.reason !== undefined) && differs(after.bloc, after.self) && after.reason.trim() === '') {
      throw fieldError(
        `changes.${i}.reason`,
        `${unitName}, ${itemLabel(item)}: điểm Khối chấm khác điểm tự chấm, cần ghi lý do.`,
      );
    }
    current.set(key, after);
    await write(trx, row.id, after);
  }
  return row.id;
}

/** Stores a cell; a cell left with nothing in it is removed. */
export async function write(trx: Trx, scaleId: number, e: ScoreEntry): Promise<void> {
  const where = trx
    .deleteFrom('scores')
    .where('scaleId', '=', scaleId)
    .where('unitId', '=', e.unitId)
    .where('itemKey', '=', e.itemKey);
  if (e.self === null && e.bloc === null && e.reason === '' && e.note === '') {
    await where.execute();
    return;
  }
  const values = { self: e.self, bloc: e.bloc, reason: e.reason, note: e.note, updatedAt: new Date().toISOString() };
  await trx
    .insertInto('scores')
    .values({ scaleId, unitId: e.unitId, itemKey: e.itemKey, ...values })
    .onConflict((oc) => oc.columns(['scaleId', 'unitId', 'itemKey']).doUpdateSet(values))
    .execute();
}
