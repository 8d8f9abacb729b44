// "Lưu bản sao dữ liệu…" for another computer: one zip holding a checked copy of the database and the data
// folder's own files (evidence, saved documents), which live beside the database, not in it.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { OpenedDatabase } from '../../../db/connection.js';
import { ensureFreeSpace } from '../../../db/backups/copy.js';
import { StorageError } from '../../../db/storage-errors.js';
import { DOCUMENTS_FOLDER, isInside, writeFile } from '../documents/files.js';
import { ServiceError } from '../errors.js';
import { EVIDENCE_FOLDER } from '../scoring/evidence.js';

const DATABASE_ENTRY = 'khoi-thi-dua.sqlite';
const FOLDERS = [EVIDENCE_FOLDER, DOCUMENTS_FOLDER];

/** Every file under the copied folders, as paths relative to the data folder with forward slashes. */
function dataFiles(dataDir: string): string[] {
  return FOLDERS.flatMap((folder) => {
    const root = path.join(dataDir, folder);
    if (!fs.existsSync(root)) return [];
    return (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((rel) => fs.statSync(path.join(root, rel)).isFile() && !rel.endsWith('.tmp'))
      .map((rel) => `${folder}/${rel.split(path.sep).join('/')}`);
  });
}

export async function writeDataCopy(data: Pick<OpenedDatabase, 'backups'>, dataDir: string, target: string): Promise<{ files: number }> {
  const database = `${target}.csdl.partial`;
  const partial = `${target}.partial`;
  try {
    await data.backups.saveCopy(database);
    const files = dataFiles(dataDir);
    const zip = new JSZip();
    zip.file(DATABASE_ENTRY, fs.readFileSync(database));
    for (const rel of files) zip.file(rel, fs.readFileSync(path.join(dataDir, rel)));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    ensureFreeSpace(path.dirname(target), bytes.length);
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, target);
    return { files: files.length };
  } catch (error) {
    throw StorageError.from(error, path.dirname(target)) ?? error;
  } finally {
    fs.rmSync(database, { force: true });
    fs.rmSync(partial, { force: true });
  }
}

export const isZip = (bytes: Buffer) => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

/** Unpacks a data copy into `into`: the database as `database`, the files under `files/`. Answers the file count. */
export async function unpackDataCopy(bytes: Buffer, database: string, filesDir: string): Promise<number> {
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw new ServiceError('VALIDATION', 'Tệp nén bị hỏng hoặc không phải bản sao dữ liệu của Khối Thi Đua.');
  });
  const db = zip.file(DATABASE_ENTRY);
  if (!db) throw new ServiceError('VALIDATION', 'Tệp nén này không chứa dữ liệu của Khối Thi Đua.');
  fs.writeFileSync(database, await db.async('uint8array'));
  let count = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry.name === DATABASE_ENTRY) continue;
    const target = path.resolve(filesDir, entry.name);
    // Only the copied folders, and nothing that climbs out of them.
    if (!FOLDERS.some((folder) => isInside(path.join(filesDir, folder), target))) {
      throw new ServiceError('VALIDATION', `Bản sao chứa tệp không hợp lệ: ${entry.name}.`);
    }
    writeFile(target, await entry.async('uint8array'));
    count++;
  }
  return count;
}

/**
 * Puts the unpacked files into the data folder. A file already there with other content is kept aside
 * first, in `keptDir`: the restore's safety backup holds the database, this holds its files.
 */
export function placeFiles(filesDir: string, dataDir: string, keptDir: string): number {
  if (!fs.existsSync(filesDir)) return 0;
  let placed = 0;
  for (const rel of fs.readdirSync(filesDir, { recursive: true }) as string[]) {
    const source = path.join(filesDir, rel);
    if (!fs.statSync(source).isFile()) continue;
    const target = path.join(dataDir, rel);
    const bytes = fs.readFileSync(source);
    if (fs.existsSync(target)) {
      if (fs.readFileSync(target).equals(bytes)) continue;
      writeFile(path.join(keptDir, rel), fs.readFileSync(target));
    }
    writeFile(target, bytes);
    placed++;
  }
  return placed;
}

/** Evidence the restored database lists whose file is not in the data folder (a backup holds no files). */
export const missingEvidence = (dataDir: string, storedPaths: string[]) =>
  storedPaths.filter((stored) => !fs.existsSync(path.join(dataDir, stored))).length;
