// Reading the year's scales and scores. The scale "in force" is the latest locked version: scores are
// written on it; a newer draft is being prepared beside it until it is locked in turn.
import { createHash } from 'node:crypto';
import {
  scaleDefinition,
  type Ranking,
  type Scale,
  type ScaleDefinition,
  type ScoreEntry,
  type Year,
} from '../../contract/index.js';
import type { ScoringSource } from '../../documents/index.js';
import { computeStandings } from '../../scoring/ranking.js';
import { scaleProblems, scaleSums } from '../../scoring/scale.js';
import { ServiceError } from '../errors.js';
import type { Reader } from '../transaction.js';
import { listMembers } from '../units/queries.js';
import type { Selectable } from 'kysely';
import type { ScaleTable } from '../../../db/schema.js';

type ScaleRow = Selectable<ScaleTable>;

/** sha-256 of the definition as stored: a returned workbook names it, so an edited scale is noticed. */
export const checksumOf = (definition: ScaleDefinition): string =>
  createHash('sha256').update(JSON.stringify(definition)).digest('hex');

const definitionOf = (row: ScaleRow): ScaleDefinition => scaleDefinition.parse(JSON.parse(row.definition));

/** How many units have a figure on a scale version: with any, a locked version no longer changes. */
export async function scoredUnits(db: Reader, scaleId: number): Promise<number> {
  const row = await db
    .selectFrom('scores')
    .where('scaleId', '=', scaleId)
    .select((eb) => eb.fn.count<number>('unitId').distinct().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function toScale(db: Reader, row: ScaleRow): Promise<Scale> {
  const definition = definitionOf(row);
  return {
    id: row.id,
    yearId: row.yearId,
    version: row.version,
    status: row.status,
    definition,
    checksum: row.checksum,
    sums: scaleSums(definition),
    problems: scaleProblems(definition),
    scoredUnits: await scoredUnits(db, row.id),
  };
}

export const listScaleRows = (db: Reader, yearId: number): Promise<ScaleRow[]> =>
  db.selectFrom('scales').selectAll().where('yearId', '=', yearId).orderBy('version').execute();

/** The latest version, whatever its status: what the editor shows. */
export async function latestScaleRow(db: Reader, yearId: number): Promise<ScaleRow | null> {
  return (await listScaleRows(db, yearId)).at(-1) ?? null;
}

/** The version scores are written on: the latest locked one. */
export async function lockedScaleRow(db: Reader, yearId: number): Promise<ScaleRow | null> {
  return (await listScaleRows(db, yearId)).filter((r) => r.status === 'locked').at(-1) ?? null;
}

/** A version of this year's scale to read scores of: the one asked for, else the one in force. */
export async function readableScaleRow(db: Reader, year: Year, scaleId?: number): Promise<ScaleRow | null> {
  if (scaleId === undefined) return lockedScaleRow(db, year.id);
  const row = await db.selectFrom('scales').selectAll().where('id', '=', scaleId).executeTakeFirst();
  if (!row || row.yearId !== year.id) throw new ServiceError('NOT_FOUND', `Không tìm thấy phiên bản thang điểm này trong năm ${year.year}.`);
  return row;
}

export async function readScores(db: Reader, scaleId: number, unitId?: number): Promise<ScoreEntry[]> {
  let query = db.selectFrom('scores').select(['unitId', 'itemKey', 'self', 'bloc', 'reason', 'note']).where('scaleId', '=', scaleId);
  if (unitId !== undefined) query = query.where('unitId', '=', unitId);
  return query.orderBy('unitId').orderBy('itemKey').execute();
}

/** The standings on a scale version, computed from its scores: nothing of them is stored. */
export async function scoringOf(db: Reader, year: Year, row: ScaleRow): Promise<ScoringSource> {
  const definition = definitionOf(row);
  const members = (await listMembers(db, year.id)).map((m) => ({ unitId: m.unitId, unitName: m.name }));
  return { scaleVersion: row.version, definition, standings: computeStandings(definition, members, await readScores(db, row.id)) };
}

/** What a document draws from: the scale in force and its standings; null while none is locked. */
export async function scoringSource(db: Reader, year: Year): Promise<ScoringSource | null> {
  const row = await lockedScaleRow(db, year.id);
  return row ? scoringOf(db, year, row) : null;
}

export async function rankingOf(db: Reader, year: Year, scaleId?: number): Promise<Ranking> {
  const row = await readableScaleRow(db, year, scaleId);
  if (!row) return { scaleId: null, standings: [] };
  return { scaleId: row.id, standings: (await scoringOf(db, year, row)).standings };
}

export { definitionOf, type ScaleRow };
