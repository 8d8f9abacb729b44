// On the desktop a package is read from disk by main, not sent through the window: no size cap, and the
// file the officer previewed is exactly the one imported (kept in the data folder between the two steps).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StorageError } from '../../../db/storage-errors.js';
import { notFound, ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { HANDOVER_FOLDER } from './manifest.js';

const stagingDir = (dataDir: string) => path.join(dataDir, HANDOVER_FOLDER, 'dang-nhap');
const stagedFile = (dataDir: string, stagedId: string) => path.join(stagingDir(dataDir), `${stagedId}.ktd`);

/** The system's open dialog, then the chosen package copied in; null when the officer cancels. */
export async function chooseStaged(options: ServiceOptions): Promise<{ stagedId: string; fileName: string; bytes: Buffer } | null> {
  if (!options.desktop) throw new ServiceError('VALIDATION', 'Hãy chọn tệp gói bàn giao (.ktd).');
  const chosen = await options.desktop.chooseOpenPath('Gói bàn giao Khối Thi Đua', ['ktd']);
  if (!chosen) return null;
  const stagedId = crypto.randomBytes(8).toString('hex');
  try {
    const bytes = fs.readFileSync(chosen);
    removeStaged(options.dataDir);
    fs.mkdirSync(stagingDir(options.dataDir), { recursive: true });
    fs.writeFileSync(stagedFile(options.dataDir, stagedId), bytes);
    return { stagedId, fileName: path.basename(chosen), bytes };
  } catch (error) {
    throw StorageError.from(error, path.dirname(chosen)) ?? error;
  }
}

export function readStaged(dataDir: string, stagedId: string): { fileName: string; bytes: Buffer } {
  const file = stagedFile(dataDir, stagedId);
  if (!fs.existsSync(file)) throw notFound('gói bàn giao đã chọn; hãy chọn lại tệp');
  return { fileName: `${stagedId}.ktd`, bytes: fs.readFileSync(file) };
}

export const removeStaged = (dataDir: string) => fs.rmSync(stagingDir(dataDir), { recursive: true, force: true });
