import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, SqliteDialect, type Migration } from 'kysely';
import type { Database } from './schema.js';
import { migrations as appMigrations } from './migrations/index.js';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  file: string;
  /** Path of the backup taken before migrating, if one was needed. */
  backupFile: string | null;
  /** Copies the live database into `backups/` (the newest few are kept) and answers the copy's path. */
  backup(reason: string): Promise<string>;
  close(): Promise<void>;
}

/** Backups kept per database; older ones are removed when a new one is taken. */
export const BACKUPS_KEPT = 30;

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

/** Opens (creating if need be) the database and brings its schema up to date. */
export async function openDatabase(
  file: string,
  migrations: Record<string, Migration> = appMigrations,
): Promise<OpenedDatabase> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('busy_timeout = 5000');
  // Checked before anything writes to the file, so a newer program's data stays untouched.
  const applied = appliedMigrations(sqlite);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length > 0) {
    sqlite.close();
    throw new SchemaTooNewError(unknown);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  try {
    const pending = Object.keys(migrations).filter((name) => !applied.includes(name));
    let backupFile: string | null = null;
    if (pending.length > 0 && hasTables(sqlite)) {
      backupFile = backupPath(file, `truoc-nang-cap-${pending[0]}`);
      await sqlite.backup(backupFile);
    }
    await migrate(db, migrations);
    const backup = async (reason: string) => {
      const target = backupPath(file, reason);
      await sqlite.backup(target);
      pruneBackups(file);
      return target;
    };
    return { db, file, backupFile, backup, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

const hasTables = (sqlite: BetterSqlite3.Database) =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;

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

/** A timestamped file name next to the database, in a `backups` folder. */
export function backupPath(file: string, reason: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${path.basename(file, path.extname(file))}-${reason}-${stamp}.sqlite`);
}

/** Keeps the newest BACKUPS_KEPT backups of this database (names sort by their timestamp). */
function pruneBackups(file: string): void {
  const dir = path.join(path.dirname(file), 'backups');
  const prefix = `${path.basename(file, path.extname(file))}-`;
  const stamp = (name: string) => name.slice(-'2026-11-30T01-15-51-000Z.sqlite'.length);
  const ours = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .sort((a, b) => stamp(a).localeCompare(stamp(b)));
  for (const name of ours.slice(0, Math.max(0, ours.length - BACKUPS_KEPT))) fs.rmSync(path.join(dir, name));
}
