// When the data file cannot be used at start (empty, foreign, damaged): find the newest backup that is
// whole, and put it in place — the bad file is moved aside, never deleted, for whoever looks at it later.
import fs from 'node:fs';
import path from 'node:path';
import { migrations } from './migrations/index.js';
import { readCopy } from './backups/contents.js';
import { copyFileChecked } from './backups/copy.js';
import { backupFiles, backupsDir } from './backups/files.js';
import { readBackupSettings } from './backups/settings.js';

export interface GoodBackup {
  file: string;
  takenAt: Date;
  totals: { blocs: number; years: number; units: number; documents: number };
}

/** The newest backup (data folder or second folder) that passes integrity_check and this program can open. */
export function newestGoodBackup(databaseFile: string): GoodBackup | null {
  const { mirrorDir } = readBackupSettings(path.dirname(databaseFile));
  const candidates = [backupsDir(databaseFile), ...(mirrorDir ? [mirrorDir] : [])]
    .flatMap((dir) => backupFiles(databaseFile, dir).map((b) => ({ ...b, file: path.join(dir, b.name) })))
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  for (const candidate of candidates) {
    try {
      const contents = readCopy(candidate.file, Object.keys(migrations), true);
      if (contents.newerMigrations.length === 0) return { file: candidate.file, takenAt: candidate.takenAt, totals: contents.totals };
    } catch {
      // Damaged or foreign too: try the one before.
    }
  }
  return null;
}

/** Moves the unusable file (and its WAL) aside under a dated name, then copies the backup into its place. */
export function replaceWithBackup(databaseFile: string, backupFile: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = path.join(path.dirname(databaseFile), `${path.basename(databaseFile, '.sqlite')}-hong-${stamp}.sqlite`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (fs.existsSync(`${databaseFile}${suffix}`)) fs.renameSync(`${databaseFile}${suffix}`, `${aside}${suffix}`);
  }
  copyFileChecked(backupFile, databaseFile);
  return aside;
}
