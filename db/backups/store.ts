// The backups of one open database: taking them (tiers pruned apart, copied to the second folder too),
// listing them, and restoring one — or any copy of the data — into the live database.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { assertIntact } from '../health.js';
import { StorageError } from '../storage-errors.js';
import { readCopy, type CopyContents } from './contents.js';
import { copyFileChecked, writeCheckedCopy } from './copy.js';
import { backupFiles, backupName, backupsDir, PARTIAL, removeLeftovers, type BackupFileName } from './files.js';
import { BACKUP_KINDS, BACKUP_TIERS, type BackupKind } from './kinds.js';
import { readBackupSettings } from './settings.js';

export interface BackupFile extends BackupFileName {
  file: string;
  size: number;
  /** Where it is: the data folder's backups, or the second folder. */
  place: 'data' | 'mirror';
}

export interface TakenBackup {
  file: string;
  /** Why the copy to the second folder failed, when it did: the backup itself is safe. */
  mirrorProblem: string | null;
}

export interface RestoreResult {
  /** The backup of the data as it was just before the restore. */
  safetyBackup: string;
  contents: CopyContents;
}

export interface BackupStore {
  take(kind: BackupKind, detail?: string): Promise<TakenBackup>;
  list(): BackupFile[];
  /** A backup by its file name, in either folder; null when there is none. */
  find(name: string): BackupFile | null;
  inspect(file: string): CopyContents;
  /** Replaces the live data with a copy, after backing the live data up; `migrate` brings an older copy up to date. */
  restore(file: string, migrate: () => Promise<void>): Promise<RestoreResult>;
  /** Writes a checked copy of the live data to a file of the officer's choosing. */
  saveCopy(target: string): Promise<void>;
}

export function createBackupStore(sqlite: BetterSqlite3.Database, databaseFile: string, knownMigrations: () => string[], now: () => Date = () => new Date()): BackupStore {
  const dataDir = path.dirname(databaseFile);
  const dir = backupsDir(databaseFile);
  // The restore stages its copy beside the database; one cut short by a crash is never resumed.
  const staged = path.join(dataDir, `khoi-phuc${PARTIAL}`);
  const removeStaged = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${staged}${suffix}`, { force: true });
  };
  removeLeftovers(dir);
  removeStaged();

  const folders = (): { dir: string; place: BackupFile['place'] }[] => {
    const { mirrorDir } = readBackupSettings(dataDir);
    return [{ dir, place: 'data' as const }, ...(mirrorDir && fs.existsSync(mirrorDir) ? [{ dir: mirrorDir, place: 'mirror' as const }] : [])];
  };

  const list = (): BackupFile[] =>
    folders()
      .flatMap(({ dir, place }) =>
        backupFiles(databaseFile, dir).map((b) => {
          const file = path.join(dir, b.name);
          return { ...b, file, size: fs.statSync(file).size, place };
        }),
      )
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());

  const take = async (kind: BackupKind, detail?: string): Promise<TakenBackup> => {
    const slug = detail ? `${BACKUP_KINDS[kind].slug}-${detail}` : BACKUP_KINDS[kind].slug;
    const file = path.join(dir, backupName(databaseFile, slug, now()));
    await writeCheckedCopy(sqlite, file);
    prune(databaseFile, dir);
    return { file, mirrorProblem: mirror(file) };
  };

  const mirror = (file: string): string | null => {
    const { mirrorDir } = readBackupSettings(dataDir);
    if (!mirrorDir) return null;
    try {
      if (!fs.existsSync(mirrorDir)) return `Không thấy thư mục sao lưu thứ hai ${mirrorDir} (USB chưa cắm?).`;
      copyFileChecked(file, path.join(mirrorDir, path.basename(file)));
      prune(databaseFile, mirrorDir);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  const restore = async (file: string, migrate: () => Promise<void>): Promise<RestoreResult> => {
    // The copy is brought into the data folder first: a USB stick pulled out mid-way cannot tear the data.
    copyFileChecked(file, staged);
    try {
      const contents = readCopy(staged, knownMigrations(), true);
      if (contents.newerMigrations.length > 0) {
        throw new StorageError('notDatabase', 'Bản sao này được tạo bởi phiên bản mới hơn của phần mềm. Hãy cài phiên bản mới nhất rồi khôi phục.');
      }
      const { file: safetyBackup } = await take('restore');
      const source = new BetterSqlite3(staged, { readonly: true, fileMustExist: true });
      try {
        await source.backup(databaseFile);
      } finally {
        source.close();
      }
      await migrate();
      assertIntact(sqlite, 'integrity_check');
      verifyRestored(sqlite, contents);
      return { safetyBackup, contents };
    } finally {
      removeStaged();
    }
  };

  return {
    take,
    list,
    find: (name) => list().find((b) => b.name === name) ?? null,
    inspect: (file) => readCopy(file, knownMigrations()),
    restore,
    saveCopy: (target) => writeCheckedCopy(sqlite, target),
  };
}

/** The live data now holds what the copy held. */
function verifyRestored(sqlite: BetterSqlite3.Database, contents: CopyContents): void {
  const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const { totals } = contents;
  if (count('blocs') !== totals.blocs || count('years') !== totals.years || count('units') !== totals.units || count('documents') !== totals.documents) {
    throw StorageError.damaged('dữ liệu sau khi khôi phục không khớp với bản sao');
  }
}

/** Keeps each tier's newest copies: tiers never push each other out. */
function prune(databaseFile: string, dir: string): void {
  const seen = new Map<string, number>();
  for (const backup of backupFiles(databaseFile, dir)) {
    const tier = BACKUP_KINDS[backup.kind].tier;
    const n = (seen.get(tier) ?? 0) + 1;
    seen.set(tier, n);
    if (n > BACKUP_TIERS[tier].kept) fs.rmSync(path.join(dir, backup.name), { force: true });
  }
}
