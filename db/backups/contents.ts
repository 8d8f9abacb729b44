// What a backup (or any copy of the data) holds, read without changing it: the blocs with their years,
// members and issued documents, and whether this program can open it.
import BetterSqlite3 from 'better-sqlite3';
import { checkDataFile } from '../health.js';
import { StorageError } from '../storage-errors.js';

export interface CopyYear {
  year: number;
  closed: boolean;
  units: number;
  documents: number;
}

export interface CopyBloc {
  name: string;
  years: CopyYear[];
}

export interface CopyContents {
  blocs: CopyBloc[];
  totals: { blocs: number; years: number; units: number; documents: number };
  /** Migrations the copy has that this program does not know: it was made by a newer version. */
  newerMigrations: string[];
}

/** Opens a copy read-only; `full` runs the whole integrity_check (for restoring), else quick_check. */
export function readCopy(file: string, knownMigrations: string[], full = false): CopyContents {
  checkDataFile(file);
  let copy: BetterSqlite3.Database;
  try {
    copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw StorageError.from(error, file) ?? error;
  }
  try {
    const check = copy.pragma(full ? 'integrity_check(5)' : 'quick_check(5)') as Record<string, string>[];
    const first = Object.values(check[0] ?? {})[0];
    if (check.length !== 1 || first !== 'ok') throw StorageError.damaged(first);
    if (!hasTable(copy, 'blocs')) throw StorageError.notDatabase(file);
    return {
      blocs: blocsOf(copy),
      totals: {
        blocs: count(copy, 'blocs'),
        years: count(copy, 'years'),
        units: count(copy, 'units'),
        documents: count(copy, 'documents'),
      },
      newerMigrations: migrationsOf(copy).filter((name) => !knownMigrations.includes(name)),
    };
  } catch (error) {
    throw StorageError.from(error, file) ?? error;
  } finally {
    copy.close();
  }
}


const hasTable = (db: BetterSqlite3.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

const count = (db: BetterSqlite3.Database, table: string) =>
  hasTable(db, table) ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;

const migrationsOf = (db: BetterSqlite3.Database) =>
  hasTable(db, 'kysely_migration')
    ? (db.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name)
    : [];

function blocsOf(db: BetterSqlite3.Database): CopyBloc[] {
  const docs = hasTable(db, 'documents');
  const rows = db
    .prepare(
      `SELECT b.id AS blocId, b.name AS bloc, y.year AS year, y.status AS status,
         (SELECT count(*) FROM year_units yu WHERE yu.year_id = y.id) AS units,
         ${docs ? '(SELECT count(*) FROM documents d WHERE d.year_id = y.id)' : '0'} AS documents
       FROM blocs b LEFT JOIN years y ON y.bloc_id = b.id ORDER BY b.name, b.id, y.year`,
    )
    .all() as { blocId: number; bloc: string; year: number | null; status: string; units: number; documents: number }[];
  const blocs = new Map<number, CopyBloc>();
  for (const row of rows) {
    const bloc = blocs.get(row.blocId) ?? { name: row.bloc, years: [] };
    blocs.set(row.blocId, bloc);
    if (row.year !== null) bloc.years.push({ year: row.year, closed: row.status === 'closed', units: row.units, documents: row.documents });
  }
  return [...blocs.values()];
}
