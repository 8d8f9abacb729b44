// Fresh ids for the bloc's rows on this PC: every id table's rows are numbered after the ids already here,
// and every column holding an id (found from the foreign keys) follows, as do the ids inside a document's
// stored request. A reference the package does not hold makes it inconsistent: it is refused.
import type { PackageData } from './manifest.js';
import type { Row, Schema } from './schema.js';

export class InconsistentPackage extends Error {}

/** Ids inside documents.request's input, by key: "meetingId", "unitIds"… */
const JSON_ID_KEYS: Record<string, string> = {
  bloc: 'blocs',
  year: 'years',
  unit: 'units',
  meeting: 'meetings',
  document: 'documents',
  replacesDocument: 'documents',
  scale: 'scales',
  evidence: 'evidence',
  award: 'awards',
  round: 'award_rounds',
  nextHeadUnit: 'units',
  nextDeputyUnit: 'units',
};

export type IdMaps = Map<string, Map<number, number>>;

/** The new id of each row of each id table: after `lastIds` (the highest id of the table here). */
export function idMaps(schema: Schema, data: PackageData, lastIds: Map<string, number>): IdMaps {
  const maps: IdMaps = new Map();
  for (const t of schema.tables) {
    if (!t.hasId) continue;
    const ids = (data.tables[t.name] ?? []).map((r) => r.id as number).sort((a, b) => a - b);
    const base = lastIds.get(t.name) ?? 0;
    maps.set(t.name, new Map(ids.map((old, i) => [old, base + i + 1])));
  }
  return maps;
}

function mapped(maps: IdMaps, table: string, old: unknown, where: string): number {
  const found = typeof old === 'number' ? maps.get(table)?.get(old) : undefined;
  if (found === undefined) throw new InconsistentPackage(`${where} trỏ tới ${table} số ${String(old)} không có trong gói.`);
  return found;
}

/** The rows with every id column renumbered. */
export function remapRows(schema: Schema, data: PackageData, maps: IdMaps): Map<string, Row[]> {
  const result = new Map<string, Row[]>();
  for (const t of schema.tables) {
    const idColumns = schema.idColumns.get(t.name)!;
    result.set(
      t.name,
      (data.tables[t.name] ?? []).map((row) => {
        const out: Row = { ...row };
        for (const [column, target] of idColumns) {
          if (row[column] === null || row[column] === undefined) continue;
          out[column] = mapped(maps, target, row[column], `Dòng của bảng ${t.name} (cột ${column})`);
        }
        if (t.name === 'documents' && typeof row.request === 'string') out.request = JSON.stringify(remapJson(JSON.parse(row.request), maps));
        return out;
      }),
    );
  }
  return result;
}

function remapJson(value: unknown, maps: IdMaps, key = ''): unknown {
  const idKey = /^(.+?)Ids?$/.exec(key);
  if (idKey && (typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'number')))) {
    const table = JSON_ID_KEYS[idKey[1]!];
    if (!table) throw new InconsistentPackage(`Yêu cầu lập văn bản có mã “${key}” mà phần mềm này chưa biết cách chuyển.`);
    const where = `Yêu cầu lập văn bản (${key})`;
    return Array.isArray(value) ? value.map((v) => mapped(maps, table, v, where)) : mapped(maps, table, value, where);
  }
  if (Array.isArray(value)) return value.map((v) => remapJson(v, maps));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapJson(v, maps, k)]));
  }
  return value;
}
