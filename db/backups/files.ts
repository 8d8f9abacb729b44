// Where backups live and how their names read: `<database>-<slug>-<timestamp>.sqlite` in `backups/`
// next to the database, and the same names in the optional second folder.
import fs from 'node:fs';
import path from 'node:path';
import { kindOfSlug, type BackupKind } from './kinds.js';

const STAMP = /-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.sqlite$/;

/** A copy being written; renamed to its final name only once checked, so a crash never leaves a torn backup. */
export const PARTIAL = '.partial';

export const backupsDir = (databaseFile: string) => path.join(path.dirname(databaseFile), 'backups');

const baseName = (databaseFile: string) => path.basename(databaseFile, path.extname(databaseFile));

export function backupName(databaseFile: string, slug: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${baseName(databaseFile)}-${slug}-${stamp}.sqlite`;
}

export interface BackupFileName {
  name: string;
  kind: BackupKind;
  takenAt: Date;
}

/** Reads a backup's name; null for anything that is not one of ours (a partial copy, another file). */
export function parseBackupName(databaseFile: string, name: string): BackupFileName | null {
  const prefix = `${baseName(databaseFile)}-`;
  const stamp = STAMP.exec(name);
  if (!name.startsWith(prefix) || !stamp) return null;
  const kind = kindOfSlug(name.slice(prefix.length, stamp.index));
  if (!kind) return null;
  const [date, time] = stamp[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.slice(0, -1).split('-');
  const takenAt = new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { name, kind, takenAt };
}

/** Our backups in a folder, newest first. */
export function backupFiles(databaseFile: string, dir: string): BackupFileName[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => parseBackupName(databaseFile, name))
    .filter((b): b is BackupFileName => b !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

/** Leftovers of a copy interrupted by a crash: partial files and their journals are never backups. */
export function removeLeftovers(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (name.includes(PARTIAL) || /\.sqlite-(journal|wal|shm)$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
