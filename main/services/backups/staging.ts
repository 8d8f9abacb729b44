// A copy of the data from elsewhere is first brought into the data folder under a name of ours: checked
// there, and restored from there, so a USB stick pulled out or a file renamed meanwhile changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { StorageError } from '../../../db/storage-errors.js';
import { isZip, unpackDataCopy } from './data-copy.js';

const stagingDir = (dataDir: string) => path.join(dataDir, 'ban-sao-cho-khoi-phuc');

export const stagedCopy = (dataDir: string, copyId: string) => ({
  database: path.join(stagingDir(dataDir), `${copyId}.sqlite`),
  files: path.join(stagingDir(dataDir), `${copyId}-tep`),
});

/** Brings the chosen file (a .zip data copy or a bare database) in; only the newest staged copy is kept. */
export async function stageCopy(dataDir: string, copyId: string, bytes: Buffer): Promise<{ database: string; files: number }> {
  const dir = stagingDir(dataDir);
  const staged = stagedCopy(dataDir, copyId);
  try {
    removeStaged(dataDir);
    fs.mkdirSync(dir, { recursive: true });
    if (isZip(bytes)) return { database: staged.database, files: await unpackDataCopy(bytes, staged.database, staged.files) };
    fs.writeFileSync(staged.database, bytes);
    return { database: staged.database, files: 0 };
  } catch (error) {
    removeStaged(dataDir);
    throw StorageError.from(error, dir) ?? error;
  }
}

export const removeStaged = (dataDir: string) => fs.rmSync(stagingDir(dataDir), { recursive: true, force: true });
