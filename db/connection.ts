import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, type Migration } from 'kysely';
import type { Database } from './schema.js';
import { migrations as appMigrations } from './migrations/index.js';
import { createBackupStore, type BackupStore, type RestoreResult } from './backups/store.js';
import { backupFiles, backupsDir } from './backups/files.js';
import type { BackupKind } from './backups/kinds.js';
import { ImmediateSqliteDialect } from './dialect.js';
import { assertIntact, checkDataFile } from './health.js';
import { acquireDataLock } from './lock.js';
import { StorageError } from './storage-errors.js';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Path of the backup taken before migrating, if one was needed. */
  backupFile: string | null;
  /** Takes a checked backup of the live database and answers its path. */
  backup(kind: BackupKind): Promise<string>;
  backups: BackupStore;
  /** Replaces the live data with a backup or a copy (backing the live data up first), migrated and verified. */
  restore(file: string): Promise<RestoreResult>;
  /** Closes the database and releases the data folder; `exitBackup` keeps a copy when anything changed. */
  close(options?: { exitBackup?: boolean }): Promise<void>;
}

/** The database was written by a newer version of the program. */
export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(readonly unknownMigrations: string[]) {
    super(
      'Dữ liệu này được tạo bởi phiên bản mới hơn của phần mềm Khối Thi Đua. ' +
        'Vui lòng cài đặt phiên bản mới nhất để mở, dữ liệu không bị thay đổi.',
    );
  }
}

const MIGRATION_TABLE = 'kysely_migration';

export interface OpenOptions {
  /** The clock, for backup names and the daily backup; tests set it. */
  now?: () => Date;
}

/**
 * Opens (creating if need be) the database of a data folder and brings its schema up to date. Refuses,
 * with a StorageError, a folder another process has open, an empty or foreign file, and a damaged one.
 */
export async function openDatabase(
  file: string,
  migrations: Record<string, Migration> = appMigrations,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date());
  const dataDir = path.dirname(file);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw StorageError.from(error, dataDir) ?? error;
  }
  const lock = acquireDataLock(dataDir);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    checkDataFile(file);
    sqlite = openSqlite(file, dataDir);
    assertIntact(sqlite);
    // Checked before anything writes to the file, so a newer program's data stays untouched.
    const applied = appliedMigrations(sqlite);
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length > 0) throw new SchemaTooNewError(unknown);
    sqlite.pragma('journal_mode = WAL');
    // FULL: a committed write (an issued document's number) survives a power cut, not only a crash.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite?.close();
    lock.release();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  const live = sqlite;
  const backups = createBackupStore(live, file, () => Object.keys(migrations), now);
  const backup = async (kind: BackupKind) => (await backups.take(kind)).file;
  try {
    const pending = Object.keys(migrations).filter((name) => !appliedMigrations(live).includes(name));
    let backupFile: string | null = null;
    if (pending.length > 0 && hasTables(live)) backupFile = (await backups.take('upgrade', pending[0])).file;
    await migrate(db, migrations);
    if (holdsData(live) && !backupFiles(file, backupsDir(file)).some((b) => b.kind === 'daily' && sameDay(b.takenAt, now()))) {
      await backups.take('daily');
    }
    return {
      db,
      file,
      backupFile,
      backup,
      backups,
      restore: (source) => backups.restore(source, () => migrate(db, migrations)),
      close: async ({ exitBackup = false } = {}) => {
        try {
          if (exitBackup && changesSinceOpen(live) > 0) await backups.take('exit');
        } finally {
          await db.destroy();
          lock.release();
        }
      },
    };
  } catch (error) {
    await db.destroy();
    lock.release();
    throw error;
  }
}

function openSqlite(file: string, dataDir: string): BetterSqlite3.Database {
  try {
    const sqlite = new BetterSqlite3(file);
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    throw StorageError.from(error, dataDir) ?? error;
  }
}

const hasTables = (sqlite: BetterSqlite3.Database) =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;

/** A database with no bloc yet has nothing a daily backup could save. */
const holdsData = (sqlite: BetterSqlite3.Database) => sqlite.prepare('SELECT 1 FROM blocs LIMIT 1').get() !== undefined;

const changesSinceOpen = (sqlite: BetterSqlite3.Database) => sqlite.prepare('SELECT total_changes() AS n').pluck().get() as number;

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

function appliedMigrations(sqlite: BetterSqlite3.Database): string[] {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATION_TABLE);
  if (!table) return [];
  const rows = sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[];
  return rows.map((row) => row.name);
}

async function migrate(db: Db, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: MIGRATION_TABLE,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
