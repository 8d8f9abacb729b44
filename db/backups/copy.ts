// Writing one checked copy of a database: to a partial name first, made a self-contained file (no WAL),
// checked with integrity_check, flushed to disk, then renamed. A crash at any point leaves either no
// backup or a whole one.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { PARTIAL } from './files.js';
import { StorageError } from '../storage-errors.js';

/** Room kept free on the disk beyond the copy itself, so the database can still grow after it. */
const HEADROOM = 20 * 1024 * 1024;

export const databaseSize = (sqlite: BetterSqlite3.Database): number =>
  (sqlite.pragma('page_count', { simple: true }) as number) * (sqlite.pragma('page_size', { simple: true }) as number);

/** Refuses before writing when the folder's disk cannot take `bytes` more. */
export function ensureFreeSpace(dir: string, bytes: number): void {
  const free = freeBytes(dir);
  if (free !== null && free < bytes + HEADROOM) throw StorageError.diskFull(dir, bytes + HEADROOM, free);
}

export function freeBytes(dir: string): number | null {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null; // Not every file system answers; the write itself will say if it is full.
  }
}

/** Copies the open database to `target` through SQLite's backup API. */
export async function writeCheckedCopy(sqlite: BetterSqlite3.Database, target: string): Promise<void> {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  ensureFreeSpace(dir, databaseSize(sqlite));
  const partial = `${target}${PARTIAL}`;
  try {
    await sqlite.backup(partial);
    settleCopy(partial);
    fs.renameSync(partial, target);
    syncFolder(dir);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw StorageError.from(error, dir) ?? error;
  }
}

/** Copies a backup file elsewhere (the second folder, a USB stick): partial name, flush, rename. */
export function copyFileChecked(source: string, target: string): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  ensureFreeSpace(dir, fs.statSync(source).size);
  const partial = `${target}${PARTIAL}`;
  try {
    fs.copyFileSync(source, partial);
    flush(partial);
    fs.renameSync(partial, target);
    syncFolder(dir);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw StorageError.from(error, dir) ?? error;
  }
}

/** One file, no WAL, checked whole, on the disk. */
function settleCopy(file: string): void {
  const copy = new BetterSqlite3(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`The copy failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
  flush(file);
}

function flush(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes the rename itself durable where the system allows it (not on Windows, where it is not needed). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
