// Import: the verified package's bloc added with fresh ids in one transaction, its files written beside the
// data (temp + rename); a failure anywhere rolls the data back and removes the files written so far.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import { EVIDENCE_FOLDER } from '../scoring/evidence.js';
import { documentPath, isInside, writeFile } from '../documents/files.js';
import { sha256 } from '../documents/issue.js';
import { signedCopyPath } from '../documents/signed-copies.js';
import { ServiceError } from '../errors.js';
import { inTransaction, type Trx } from '../transaction.js';
import { closeImportedYears, reopenReplacedBloc } from '../years/events.js';
import { FILES_PREFIX } from './manifest.js';
import { documentEntry } from './pack.js';
import { idMaps, remapRows } from './remap.js';
import { insertRows, ownedCondition, readSchema, type Row, type Schema } from './schema.js';
import { lastIds, type VerifiedPackage } from './verify.js';

interface PlannedFile {
  target: string;
  bytes: Uint8Array;
}

export interface Unpacked {
  blocId: number;
  renamedFiles: string[];
}

export async function unpackBloc(db: Db, dataDir: string, pkg: VerifiedPackage, replaceBlocId: number | null): Promise<Unpacked> {
  const written: string[] = [];
  try {
    return await inTransaction(db, async (trx) => {
      // Rows go in table by table; their references are checked once all are in.
      await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
      const schema = await readSchema(trx);
      // Ids are taken after those here before the replaced bloc goes, so none of its ids is given again.
      const maps = idMaps(schema, pkg.data, await lastIds(trx, schema));
      if (replaceBlocId !== null) await removeBloc(trx, schema, replaceBlocId);
      const rows = remapRows(schema, pkg.data, maps);
      const yearNumber = new Map(rows.get('years')!.map((y) => [y.id as number, y.year as number]));
      const oldYearNumber = new Map((pkg.data.tables.years ?? []).map((y) => [y.id as number, y.year as number]));

      const planned: PlannedFile[] = [];
      for (const [i, e] of rows.get('evidence')!.entries()) {
        const original = pkg.data.tables.evidence![i]!;
        const stored = path.posix.join(EVIDENCE_FOLDER, String(yearNumber.get(e.year_id as number)), String(e.unit_id), String(e.item_key), path.posix.basename(String(original.stored_path)));
        e.stored_path = stored;
        planned.push({ target: evidencePath(dataDir, stored), bytes: pkg.files.get(`${FILES_PREFIX}${String(original.stored_path)}`)! });
      }
      // A signed copy keeps its path: it names the year and the scan's hash, no id.
      for (const c of rows.get('signed_copies')!) {
        planned.push({ target: signedCopyPath(dataDir, String(c.stored_path)), bytes: pkg.files.get(`${FILES_PREFIX}${String(c.stored_path)}`)! });
      }
      const renamedFiles = await placeDocuments(trx, dataDir, rows.get('documents')!, pkg, yearNumber, oldYearNumber, planned);

      // A closed year refuses writes: its rows go in while it is open, then it is closed again as it came.
      const closed = rows.get('years')!.filter((y) => y.status === 'closed').map((y) => y.id as number);
      for (const y of rows.get('years')!) y.status = 'open';
      for (const t of schema.tables) await insertRows(trx, t, rows.get(t.name)!);
      await closeImportedYears(trx, closed);
      const broken = await sql`PRAGMA foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new ServiceError('VALIDATION', 'Dữ liệu trong gói không nhất quán: có dòng trỏ tới dữ liệu không có trong gói.');

      for (const f of planned) {
        if (fs.existsSync(f.target) && sha256(fs.readFileSync(f.target)) === sha256(f.bytes)) continue;
        writeFile(f.target, f.bytes);
        written.push(f.target);
      }
      return { blocId: maps.get('blocs')!.values().next().value!, renamedFiles };
    });
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    throw error;
  }
}

function evidencePath(dataDir: string, stored: string): string {
  const root = path.resolve(dataDir);
  const target = path.resolve(root, stored);
  if (!isInside(path.join(root, EVIDENCE_FOLDER), target)) throw new ServiceError('FORBIDDEN', 'Đường dẫn tệp minh chứng không hợp lệ.');
  return target;
}

/**
 * Each document's file goes to van-ban/<year>/ under its name, unless another file of that name is there
 * (on disk or in another bloc's register) with other content: then it takes "<name>-2.docx", "-3"… and the
 * register line keeps the name it was given. Answers the names changed.
 */
async function placeDocuments(
  trx: Trx,
  dataDir: string,
  documents: Row[],
  pkg: VerifiedPackage,
  yearNumber: Map<number, number>,
  oldYearNumber: Map<number, number>,
  planned: PlannedFile[],
): Promise<string[]> {
  const renamed: string[] = [];
  const taken = new Set<string>();
  for (const [i, d] of documents.entries()) {
    const original = pkg.data.tables.documents![i]!;
    const year = yearNumber.get(d.year_id as number)!;
    const bytes = pkg.files.get(documentEntry(oldYearNumber.get(original.year_id as number)!, String(original.file_name)))!;
    const hash = sha256(bytes);
    const registered = await trx
      .selectFrom('documents')
      .innerJoin('years', 'years.id', 'documents.yearId')
      .select(['documents.fileName', 'documents.sha256'])
      .where('years.year', '=', year)
      .execute();
    const clashes = (name: string) => {
      if (taken.has(`${year}/${name}`)) return true;
      const file = documentPath(dataDir, year, name);
      if (fs.existsSync(file) && sha256(fs.readFileSync(file)) !== hash) return true;
      return registered.some((r) => r.fileName === name && r.sha256 !== d.sha256);
    };
    const name = String(d.file_name);
    let chosen = name;
    for (let n = 2; clashes(chosen); n++) chosen = name.replace(/\.docx$/, `-${n}.docx`);
    if (chosen !== name) renamed.push(chosen);
    d.file_name = chosen;
    taken.add(`${year}/${chosen}`);
    planned.push({ target: documentPath(dataDir, year, chosen), bytes });
  }
  return renamed;
}

/**
 * Removes a bloc's rows, children first. Its closed years are opened for it (a closed year refuses
 * deletes), and the register's no-delete rule is lifted for this transaction only: the package brings the
 * same register back.
 */
async function removeBloc(trx: Trx, schema: Schema, blocId: number): Promise<void> {
  await reopenReplacedBloc(trx, blocId);
  const guards = (
    await sql<{ name: string; sql: string }>`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%BEFORE DELETE%'`.execute(trx)
  ).rows;
  for (const g of guards) await sql`DROP TRIGGER ${sql.id(g.name)}`.execute(trx);
  for (const t of [...schema.tables].reverse()) {
    await sql`DELETE FROM ${sql.table(t.name)} WHERE ${sql.raw(ownedCondition(schema, t.name, blocId))}`.execute(trx);
  }
  for (const g of guards) await sql.raw(g.sql).execute(trx);
}
