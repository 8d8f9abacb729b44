// The year's scale: drafted, locked for scoring, and versioned once scores exist.
import template from '../../../assets/defaults/scale.json' with { type: 'json' };
import { scaleDefinition, type Scale, type ScaleDefinition, type Year } from '../../contract/index.js';
import { scoredItems, entryProblem } from '../../scoring/items.js';
import { ServiceError } from '../errors.js';
import type { Reader, Trx } from '../transaction.js';
import { findOpenYear, listYears } from '../years/queries.js';
import { checksumOf, latestScaleRow, listScaleRows, readScores, scoredUnits, toScale, type ScaleRow } from './queries.js';

const LOCKED_WITH_SCORES =
  'Thang điểm đã khóa và đã có điểm chấm: không sửa trực tiếp được. Hãy tạo phiên bản mới; điểm đã chấm theo phiên bản cũ vẫn được giữ.';
const LOCKED = 'Thang điểm đã khóa: hãy mở khóa trước khi sửa.';

/** The bloc's template: a starting point the officer edits. */
export const templateDefinition = (): ScaleDefinition => scaleDefinition.parse(template);

/** The row the editor may change: the latest version while it is a draft, or a new first version. */
async function editableRow(trx: Trx, year: Year): Promise<ScaleRow | null> {
  const latest = await latestScaleRow(trx, year.id);
  if (latest && latest.status !== 'draft') {
    const scored = (await scoredUnits(trx, latest.id)) > 0;
    throw new ServiceError('CONFLICT', scored ? LOCKED_WITH_SCORES : LOCKED);
  }
  return latest;
}

/** Writes the draft: the latest version when it is a draft, else version 1 of a year without a scale. */
export async function writeDraft(trx: Trx, yearId: number, definition: ScaleDefinition): Promise<Scale> {
  const year = await findOpenYear(trx, yearId);
  const row = await editableRow(trx, year);
  const values = { definition: JSON.stringify(definition), checksum: checksumOf(definition) };
  if (row) {
    await trx.updateTable('scales').set(values).where('id', '=', row.id).execute();
  } else {
    await trx.insertInto('scales').values({ yearId: year.id, version: 1, status: 'draft', ...values }).execute();
  }
  return toScale(trx, (await latestScaleRow(trx, year.id)) as ScaleRow);
}

/** The scale in force of the latest earlier year that has one. */
export async function lastYearDefinition(db: Reader, year: Year): Promise<ScaleDefinition> {
  const earlier = (await listYears(db, year.blocId)).filter((y) => y.year < year.year).reverse();
  for (const source of earlier) {
    const rows = (await listScaleRows(db, source.id)).filter((r) => r.status !== 'draft');
    const row = rows.at(-1) ?? (await latestScaleRow(db, source.id));
    if (row) return scaleDefinition.parse(JSON.parse(row.definition));
  }
  throw new ServiceError('NOT_FOUND', `Chưa có thang điểm của năm nào trước năm ${year.year} để sao chép.`);
}

/** Locks the draft for scoring. A later version takes over the scores of the one it replaces where they still fit. */
export async function lockScale(trx: Trx, yearId: number, lockedAt: string): Promise<Scale> {
  const year = await findOpenYear(trx, yearId);
  const row = await latestScaleRow(trx, year.id);
  if (!row) throw new ServiceError('NOT_FOUND', `Năm ${year.year} chưa có thang điểm.`);
  if (row.status !== 'draft') throw new ServiceError('CONFLICT', 'Thang điểm đã được khóa.');
  const scale = await toScale(trx, row);
  if (scale.problems.length > 0) {
    throw new ServiceError('VALIDATION', `Chưa khóa được thang điểm: ${scale.problems.map((p) => p.message).join(' ')}`);
  }
  const previous = (await listScaleRows(trx, year.id)).filter((r) => r.status === 'locked').at(-1);
  if (previous) {
    await carryScores(trx, previous.id, row.id, scale.definition);
    await trx.updateTable('scales').set({ status: 'superseded' }).where('id', '=', previous.id).execute();
  }
  await trx.updateTable('scales').set({ status: 'locked', lockedAt }).where('id', '=', row.id).execute();
  return toScale(trx, { ...row, status: 'locked', lockedAt });
}

/** Copies the figures of items the new version still has, dropping those its limits no longer allow. */
async function carryScores(trx: Trx, fromId: number, toId: number, definition: ScaleDefinition): Promise<void> {
  const items = new Map(scoredItems(definition).map((i) => [i.key, i]));
  const fits = (key: string, value: string | null) => {
    const item = items.get(key);
    return value === null || (item !== undefined && entryProblem(item, value) === null) ? value : null;
  };
  const carried = (await readScores(trx, fromId))
    .filter((e) => items.has(e.itemKey))
    .map((e) => ({ ...e, scaleId: toId, self: fits(e.itemKey, e.self), bloc: fits(e.itemKey, e.bloc) }))
    .filter((e) => e.self !== null || e.bloc !== null || e.reason !== '' || e.note !== '');
  for (let i = 0; i < carried.length; i += 200) await trx.insertInto('scores').values(carried.slice(i, i + 200)).execute();
}

export async function unlockScale(trx: Trx, yearId: number): Promise<Scale> {
  const year = await findOpenYear(trx, yearId);
  const row = await latestScaleRow(trx, year.id);
  if (!row || row.status !== 'locked') throw new ServiceError('CONFLICT', 'Thang điểm chưa khóa.');
  if ((await scoredUnits(trx, row.id)) > 0) throw new ServiceError('CONFLICT', LOCKED_WITH_SCORES);
  if (row.version > 1) {
    throw new ServiceError('CONFLICT', 'Phiên bản này đã thay cho phiên bản trước: hãy tạo phiên bản mới nếu cần sửa.');
  }
  await trx.updateTable('scales').set({ status: 'draft', lockedAt: null }).where('id', '=', row.id).execute();
  return toScale(trx, { ...row, status: 'draft', lockedAt: null });
}

/** A new draft version beside the locked one: scoring goes on under the old version until the new one is locked. */
export async function newVersion(trx: Trx, yearId: number): Promise<Scale> {
  const year = await findOpenYear(trx, yearId);
  const row = await latestScaleRow(trx, year.id);
  if (!row || row.status !== 'locked') throw new ServiceError('CONFLICT', 'Chỉ tạo phiên bản mới từ thang điểm đã khóa.');
  await trx
    .insertInto('scales')
    .values({ yearId: year.id, version: row.version + 1, status: 'draft', definition: row.definition, checksum: row.checksum })
    .execute();
  return toScale(trx, (await latestScaleRow(trx, year.id)) as ScaleRow);
}
