// The database as the handover sees it, read from SQLite itself (tables, columns, foreign keys), so a table
// added by a later migration travels in the package without this code knowing its name: its rows reach the
// bloc through their foreign keys, and every column holding an id is found and renumbered the same way.
import { sql } from 'kysely';
import type { Reader } from '../transaction.js';

export interface ForeignKey {
  columns: string[];
  table: string;
  /** The parent's columns; its primary key when the declaration names none. */
  parentColumns: string[];
}

export interface TableInfo {
  name: string;
  columns: string[];
  notNull: Set<string>;
  /** The table has an INTEGER PRIMARY KEY `id`: its rows get fresh ids on import. */
  hasId: boolean;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** How the table's rows reach the bloc; null for the blocs table itself. */
  owner: ForeignKey | null;
  /** Steps from the blocs table along the owning keys: parents before children. */
  depth: number;
}

export interface Schema {
  /** Every table of the bloc, parents first. */
  tables: TableInfo[];
  byName: Map<string, TableInfo>;
  /** For each table, its columns that hold an id of an id table, with that table (e.g. head_unit_id → units). */
  idColumns: Map<string, Map<string, string>>;
}

/** Tables that are not the bloc's data: SQLite's own and the migrations' bookkeeping. */
const isBookkeeping = (name: string) => name.startsWith('sqlite_') || name.startsWith('kysely_');

export async function readSchema(db: Reader): Promise<Schema> {
  const names = (
    await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db)
  ).rows
    .map((r) => r.name)
    .filter((n) => !isBookkeeping(n));
  const raw = new Map<string, Omit<TableInfo, 'owner' | 'depth'>>();
  for (const name of names) {
    const columns = (
      await sql<{ name: string; notnull: number; pk: number; type: string }>`SELECT name, "notnull", pk, type FROM pragma_table_info(${name})`.execute(db)
    ).rows;
    const keys = (
      await sql<{ id: number; seq: number; table: string; from: string; to: string | null }>`SELECT id, seq, "table", "from", "to" FROM pragma_foreign_key_list(${name}) ORDER BY id, seq`.execute(db)
    ).rows;
    const primaryKey = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const grouped = new Map<number, { columns: string[]; table: string; to: (string | null)[] }>();
    for (const k of keys) {
      const fk = grouped.get(k.id) ?? { columns: [], table: k.table, to: [] };
      fk.columns.push(k.from);
      fk.to.push(k.to);
      grouped.set(k.id, fk);
    }
    raw.set(name, {
      name,
      columns: columns.map((c) => c.name),
      notNull: new Set(columns.filter((c) => c.notnull || c.pk > 0).map((c) => c.name)),
      hasId: primaryKey.length === 1 && primaryKey[0] === 'id' && columns.find((c) => c.name === 'id')?.type.toUpperCase() === 'INTEGER',
      primaryKey,
      foreignKeys: [...grouped.values()].map((fk) => ({ columns: fk.columns, table: fk.table, parentColumns: fk.to as string[] })),
    });
  }
  // A declaration without parent columns refers to the parent's primary key.
  for (const t of raw.values()) {
    for (const fk of t.foreignKeys) if (fk.parentColumns.some((c) => c === null)) fk.parentColumns = raw.get(fk.table)?.primaryKey ?? [];
  }
  const owned = ownership(raw);
  const tables = [...owned.values()].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name));
  const byName = new Map(tables.map((t) => [t.name, t]));
  return { tables, byName, idColumns: idColumnsOf(byName) };
}

/**
 * Which foreign key makes each row the bloc's: breadth first from the blocs table, along keys whose columns
 * are all NOT NULL (a row cannot belong through a key it may leave empty), one column keys first.
 */
function ownership(raw: Map<string, Omit<TableInfo, 'owner' | 'depth'>>): Map<string, TableInfo> {
  const done = new Map<string, TableInfo>();
  const blocs = raw.get('blocs');
  if (!blocs) throw new Error('the database has no blocs table');
  done.set('blocs', { ...blocs, owner: null, depth: 0 });
  for (let depth = 1, grew = true; grew; depth++) {
    grew = false;
    for (const t of raw.values()) {
      if (done.has(t.name)) continue;
      const owners = t.foreignKeys
        .filter((fk) => done.get(fk.table)?.depth === depth - 1 && fk.columns.every((c) => t.notNull.has(c)))
        .sort((a, b) => a.columns.length - b.columns.length);
      if (owners[0]) {
        done.set(t.name, { ...t, owner: owners[0], depth });
        grew = true;
      }
    }
  }
  const orphans = [...raw.keys()].filter((n) => !done.has(n));
  if (orphans.length > 0) throw new Error(`tables that do not reach the bloc: ${orphans.join(', ')}`);
  return done;
}

/**
 * The id table each id-holding column points to, following keys through other tables' columns: years.head_unit_id
 * refers to year_units.unit_id, which refers to units.id. A table's own `id` is its own.
 */
function idColumnsOf(byName: Map<string, TableInfo>): Map<string, Map<string, string>> {
  const target = (table: string, column: string, seen: Set<string>): string | null => {
    const t = byName.get(table);
    if (!t || seen.has(`${table}.${column}`)) return null;
    seen.add(`${table}.${column}`);
    if (t.hasId && column === 'id') return table;
    for (const fk of t.foreignKeys) {
      const at = fk.columns.indexOf(column);
      if (at < 0) continue;
      const found = target(fk.table, fk.parentColumns[at]!, seen);
      if (found) return found;
    }
    return null;
  };
  const result = new Map<string, Map<string, string>>();
  for (const t of byName.values()) {
    const columns = new Map<string, string>();
    for (const c of t.columns) {
      const found = target(t.name, c, new Set());
      if (found) columns.set(c, found);
      // A column named like an id that no key explains would travel unrenumbered: refuse to pack it silently.
      else if (c === 'id' || c.endsWith('_id')) throw new Error(`${t.name}.${c} holds an id without a foreign key`);
    }
    result.set(t.name, columns);
  }
  return result;
}

/** SQL selecting the rows of `table` that belong to the bloc `blocId` (a WHERE condition). */
export function ownedCondition(schema: Schema, table: string, blocId: number): string {
  const t = schema.byName.get(table)!;
  if (!t.owner) return `id = ${Number(blocId)}`;
  const parent = schema.byName.get(t.owner.table)!;
  const cols = t.owner.columns.map((c) => `"${c}"`).join(', ');
  const parentCols = t.owner.parentColumns.map((c) => `"${c}"`).join(', ');
  const left = t.owner.columns.length === 1 ? cols : `(${cols})`;
  return `${left} IN (SELECT ${parentCols} FROM "${parent.name}" WHERE ${ownedCondition(schema, parent.name, blocId)})`;
}

export type Row = Record<string, unknown>;

/** The bloc's rows of a table, as SQLite holds them (snake_case names), in primary key order. */
export async function ownedRows(db: Reader, schema: Schema, table: string, blocId: number): Promise<Row[]> {
  const t = schema.byName.get(table)!;
  const object = t.columns.map((c) => `'${c}', "${c}"`).join(', ');
  const order = t.primaryKey.length > 0 ? t.primaryKey.map((c) => `"${c}"`).join(', ') : 'rowid';
  const { rows } = await sql<{ rows: string }>`SELECT json_group_array(json(r)) AS rows FROM (SELECT json_object(${sql.raw(object)}) AS r FROM ${sql.table(table)} WHERE ${sql.raw(ownedCondition(schema, table, blocId))} ORDER BY ${sql.raw(order)})`.execute(db);
  return JSON.parse(rows[0]!.rows) as Row[];
}

/** Inserts rows (snake_case names) in one statement through SQLite's JSON reader. */
export async function insertRows(db: Reader, table: TableInfo, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = table.columns.filter((c) => c in rows[0]!);
  const names = columns.map((c) => `"${c}"`).join(', ');
  const values = columns.map((c) => `value ->> '$."${c}"'`).join(', ');
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null]))));
  await sql`INSERT INTO ${sql.table(table.name)} (${sql.raw(names)}) SELECT ${sql.raw(values)} FROM json_each(${json})`.execute(db);
}
