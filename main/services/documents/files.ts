// Where documents are written on disk: <data dir>/van-ban/<year>/<file name>. Nothing leaves the data
// directory unless the officer picks the place in the system's save dialog.
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../errors.js';

export const DOCUMENTS_FOLDER = 'van-ban';

/** The file's path in the year's documents folder, refused if it would land outside the data dir. */
export function documentPath(dataDir: string, year: number, fileName: string): string {
  const root = path.resolve(dataDir);
  const target = path.resolve(root, DOCUMENTS_FOLDER, String(year), fileName);
  if (!isInside(root, target) || path.basename(target) !== fileName) {
    throw new ServiceError('FORBIDDEN', 'Tên tệp văn bản không hợp lệ.');
  }
  return target;
}

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function writeFile(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, file);
}
