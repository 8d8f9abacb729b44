// The data file is looked at before it is trusted: an empty or foreign file is never silently replaced by
// a fresh database, and damage is found at start instead of surfacing later as a misleading error.
import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { StorageError } from './storage-errors.js';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Refuses a file that exists but cannot be a database; a missing file is fine (a first start). */
export function checkDataFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const size = fs.statSync(file).size;
  if (size === 0) throw StorageError.empty(file);
  const head = Buffer.alloc(HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(HEADER)) throw StorageError.notDatabase(file);
}

/** `quick_check` (or the full `integrity_check`): throws StorageError.damaged with SQLite's first finding. */
export function assertIntact(sqlite: BetterSqlite3.Database, check: 'quick_check' | 'integrity_check' = 'quick_check'): void {
  let findings: string[];
  try {
    findings = (sqlite.pragma(`${check}(5)`) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '');
  } catch (error) {
    throw StorageError.from(error, '') ?? error;
  }
  if (findings.length !== 1 || findings[0] !== 'ok') throw StorageError.damaged(findings[0]);
}
