// Evidence files (minh chứng): copied into the data directory under a name the program chooses, hashed,
// opened with the system's viewer on the desktop or handed back to download in browser mode.
import fs from 'node:fs';
import path from 'node:path';
import type { EvidenceFile, ParsedInput } from '../../contract/index.js';
import { scoredItems } from '../../scoring/items.js';
import { ServiceError, fieldError, notFound } from '../errors.js';
import { isInside, writeFile } from '../documents/files.js';
import type { DesktopPort } from '../options.js';
import { sha256 } from '../documents/issue.js';
import type { Reader, Trx } from '../transaction.js';
import { findMember } from '../units/queries.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { latestScaleRow, definitionOf } from './queries.js';
import type { Db } from '../../../db/connection.js';

export const EVIDENCE_FOLDER = 'minh-chung';
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const VIEWABLE = new Set(
  ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.odt', '.ods', '.ppt', '.pptx', '.txt', '.jpg', '.jpeg', '.png', '.gif', '.bmp', '.tif', '.tiff'],
);

const columns = ['id', 'unitId', 'itemKey', 'fileName', 'size', 'sha256', 'addedAt'] as const;

/** The file's name as shown, without any folder part a browser or a crafted request might carry. */
const displayName = (name: string) => path.basename(name.replaceAll('\\', '/')).normalize('NFC').trim();

/** Where a stored file lives; refused if the stored path would lead outside the data directory. */
function resolveStored(dataDir: string, stored: string): string {
  const root = path.resolve(dataDir);
  const target = path.resolve(root, stored);
  if (!isInside(path.join(root, EVIDENCE_FOLDER), target)) throw new ServiceError('FORBIDDEN', 'Đường dẫn tệp minh chứng không hợp lệ.');
  return target;
}

export async function listEvidence(db: Reader, yearId: number, unitId?: number): Promise<EvidenceFile[]> {
  let query = db.selectFrom('evidence').select(columns).where('yearId', '=', yearId);
  if (unitId !== undefined) query = query.where('unitId', '=', unitId);
  return query.orderBy('unitId').orderBy('itemKey').orderBy('id').execute();
}

export async function addEvidence(trx: Trx, dataDir: string, input: ParsedInput<'scoring.addEvidence'>): Promise<EvidenceFile> {
  const year = await findOpenYear(trx, input.yearId);
  await findMember(trx, year.id, input.unitId);
  const scale = await latestScaleRow(trx, year.id);
  if (!scale || !scoredItems(definitionOf(scale)).some((i) => i.key === input.itemKey)) {
    throw fieldError('itemKey', 'Thang điểm không có mục này.');
  }
  const fileName = displayName(input.file.fileName);
  if (fileName === '' || fileName === '.' || fileName === '..') throw fieldError('file.fileName', 'Tên tệp minh chứng không hợp lệ.');
  const bytes = Buffer.from(input.file.base64, 'base64');
  if (bytes.length > MAX_EVIDENCE_BYTES) {
    throw fieldError('file', `Tệp “${fileName}” quá lớn (${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB); mỗi tệp minh chứng tối đa 20 MB.`);
  }
  const hash = sha256(bytes);
  // The stored name is the program's: the hash keeps identical names apart, the extension lets the viewer open it.
  const extension = path.extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10);
  const stored = path.posix.join(EVIDENCE_FOLDER, String(year.year), String(input.unitId), input.itemKey, `${hash.slice(0, 16)}${extension}`);
  writeFile(resolveStored(dataDir, stored), bytes);
  const existing = await trx.selectFrom('evidence').select('id').where('storedPath', '=', stored).executeTakeFirst();
  const id =
    existing?.id ??
    (
      await trx
        .insertInto('evidence')
        .values({ yearId: year.id, unitId: input.unitId, itemKey: input.itemKey, fileName, storedPath: stored, sha256: hash, size: bytes.length })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return trx.selectFrom('evidence').select(columns).where('id', '=', id).executeTakeFirstOrThrow();
}

async function findEvidence(db: Reader, evidenceId: number) {
  const row = await db.selectFrom('evidence').selectAll().where('id', '=', evidenceId).executeTakeFirst();
  if (!row) throw notFound('tệp minh chứng');
  return row;
}

/** Removes the record and its file (a file is stored once per unit and item). */
export async function removeEvidence(trx: Trx, dataDir: string, evidenceId: number): Promise<{ removed: boolean }> {
  const row = await findEvidence(trx, evidenceId);
  await findOpenYear(trx, row.yearId);
  await trx.deleteFrom('evidence').where('id', '=', evidenceId).execute();
  fs.rmSync(resolveStored(dataDir, row.storedPath), { force: true });
  return { removed: true };
}

export async function openEvidence(db: Db, dataDir: string, desktop: DesktopPort | undefined, evidenceId: number) {
  const row = await findEvidence(db, evidenceId);
  await findYear(db, row.yearId);
  const file = resolveStored(dataDir, row.storedPath);
  if (!fs.existsSync(file)) throw new ServiceError('NOT_FOUND', `Không tìm thấy tệp “${row.fileName}” trong thư mục dữ liệu.`);
  if (desktop) {
    // A unit's file could be a program: only documents and pictures open by themselves, the rest is shown
    // in its folder for the officer to decide.
    if (!VIEWABLE.has(path.extname(file).toLowerCase())) {
      desktop.showItemInFolder(file);
      return { opened: false, fileName: row.fileName, base64: null };
    }
    await desktop.openPath(file);
    return { opened: true, fileName: row.fileName, base64: null };
  }
  return { opened: false, fileName: row.fileName, base64: fs.readFileSync(file).toString('base64') };
}
