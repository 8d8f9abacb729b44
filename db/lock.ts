// One writer per data folder: a lock file naming the process that holds the data. A second process (the
// window and browser mode, two windows) is refused with a clear message instead of failing a quarter of
// its writes with SQLITE_BUSY. A lock left by a process that died is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StorageError } from './storage-errors.js';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DataLock {
  file: string;
  release(): void;
}

export const lockFile = (dataDir: string) => path.join(dataDir, 'khoi-thi-dua.lock');

export function acquireDataLock(dataDir: string): DataLock {
  const file = lockFile(dataDir);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return { file, release: () => releaseIfOurs(file, me) };
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw StorageError.from(error, dataDir) ?? error;
    }
    const owner = readOwner(file);
    if (owner && isAlive(owner)) throw StorageError.inUse(new Date(owner.since));
    fs.rmSync(file, { force: true }); // Stale: its process is gone (a crash, a power cut).
  }
  throw StorageError.inUse();
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string' || typeof owner.since !== 'string') return null;
    return owner as LockOwner;
  } catch {
    return null; // Torn by a crash while being written: nobody holds it.
  }
}

/** On another computer (a shared folder) it cannot be checked, so it is taken as held. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

function releaseIfOurs(file: string, me: LockOwner): void {
  const owner = readOwner(file);
  if (owner && owner.pid === me.pid && owner.since === me.since) fs.rmSync(file, { force: true });
}
