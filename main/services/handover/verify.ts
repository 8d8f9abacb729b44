// Reading a package and checking it before anything is written: the zip opens, the manifest is ours, the
// schema is not newer than this program, no entry path escapes, every hash matches, and the data holds
// together (one bloc, every reference inside the package, every evidence file and document present).
import JSZip from 'jszip';
import { sql } from 'kysely';
import { migrations } from '../../../db/migrations/index.js';
import { itemKey } from '../../contract/index.js';
import { sha256 } from '../documents/issue.js';
import { SIGNED_COPIES_FOLDER } from '../documents/signed-copies.js';
import type { Reader } from '../transaction.js';
import { documentEntry } from './pack.js';
import {
  DATA_ENTRY,
  FILES_PREFIX,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  dataSchema,
  isSafeEntryPath,
  manifestSchema,
  type Manifest,
  type PackageData,
} from './manifest.js';
import { idMaps, InconsistentPackage, remapRows } from './remap.js';
import { readSchema, type Schema } from './schema.js';

export interface VerifiedPackage {
  manifest: Manifest;
  data: PackageData;
  /** Entry path → bytes, every one hashed and checked. */
  files: Map<string, Uint8Array>;
}

export type Verification = { problems: string[]; manifest: Manifest | null; verified: VerifiedPackage | null };

const DAMAGED = 'Tệp không phải gói bàn giao hợp lệ hoặc đã bị hỏng (không đọc được tệp nén).';
const FOREIGN = 'Tệp này không phải gói bàn giao của phần mềm Khối Thi Đua.';

const refused = (problem: string, manifest: Manifest | null = null): Verification => ({ problems: [problem], manifest, verified: null });

/** The highest id of each id table here: the package's rows are numbered after them. */
export async function lastIds(db: Reader, schema: Schema): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const t of schema.tables) {
    if (!t.hasId) continue;
    const { rows } = await sql<{ last: number | null }>`SELECT max(id) AS last FROM ${sql.table(t.name)}`.execute(db);
    result.set(t.name, rows[0]?.last ?? 0);
  }
  return result;
}

export async function verifyPackage(db: Reader, bytes: Uint8Array): Promise<Verification> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    return refused(DAMAGED);
  }
  const manifestFile = zip.file(MANIFEST_ENTRY);
  if (!manifestFile) return refused(`${FOREIGN} (thiếu ${MANIFEST_ENTRY})`);
  let manifest: Manifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await manifestFile.async('string')));
    if (!parsed.success) return refused(FOREIGN);
    manifest = parsed.data;
  } catch {
    return refused(FOREIGN);
  }
  const unknown = manifest.schema.migrations.filter((m) => !(m in migrations));
  if (unknown.length > 0 || manifest.formatVersion > FORMAT_VERSION) {
    return refused(
      `Gói bàn giao được lập bằng phiên bản mới hơn của phần mềm Khối Thi Đua (phiên bản ${manifest.program.version}). ` +
        'Vui lòng cài đặt phiên bản mới nhất của phần mềm rồi nhập lại gói; dữ liệu trên máy này chưa bị thay đổi.',
      manifest,
    );
  }

  const problems: string[] = [];
  const listed = new Set(manifest.entries.map((e) => e.path));
  for (const entry of manifest.entries) if (!isSafeEntryPath(entry.path)) problems.push(`Đường dẫn “${entry.path}” trong gói không hợp lệ.`);
  const present = Object.values(zip.files).filter((f) => !f.dir && f.name !== MANIFEST_ENTRY);
  for (const f of present) if (!listed.has(f.name)) problems.push(`Gói có tệp “${f.name}” không ghi trong danh mục.`);
  if (problems.length > 0) return { problems, manifest, verified: null };

  const files = new Map<string, Uint8Array>();
  try {
    for (const entry of manifest.entries) {
      const file = zip.file(entry.path);
      if (!file) {
        problems.push(`Gói thiếu tệp “${entry.path}”.`);
        continue;
      }
      const content = await file.async('uint8array');
      if (content.length !== entry.size || sha256(content) !== entry.sha256) {
        problems.push(`Tệp “${entry.path}” trong gói đã bị thay đổi hoặc hỏng (mã SHA-256 không khớp).`);
        continue;
      }
      files.set(entry.path, content);
    }
  } catch {
    return refused(DAMAGED, manifest);
  }
  if (problems.length > 0) return { problems, manifest, verified: null };

  const dataBytes = files.get(DATA_ENTRY);
  const parsed = dataBytes ? dataSchema.safeParse(safeJson(dataBytes)) : null;
  if (!parsed?.success) return refused('Gói bàn giao không có dữ liệu của khối hoặc dữ liệu không đọc được.', manifest);
  files.delete(DATA_ENTRY);
  const data = parsed.data;
  const schema = await readSchema(db);
  const consistency = checkData(schema, manifest, data, files);
  if (consistency.length > 0) return { problems: consistency, manifest, verified: null };
  // Every reference inside the package resolves (the import numbers them the same way).
  try {
    remapRows(schema, data, idMaps(schema, data, await lastIds(db, schema)));
  } catch (error) {
    if (error instanceof InconsistentPackage) return refused(`Dữ liệu trong gói không nhất quán: ${error.message}`, manifest);
    throw error;
  }
  return { problems: [], manifest, verified: { manifest, data, files } };
}

function safeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
}

/** Tables and columns this program knows, one bloc as the manifest says, every file the rows name present. */
function checkData(schema: Schema, manifest: Manifest, data: PackageData, files: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(data.tables)) {
    const t = schema.byName.get(table);
    if (!t) {
      problems.push(`Gói có bảng dữ liệu “${table}” mà phần mềm này không có.`);
      continue;
    }
    const columns = new Set(rows.flatMap((r) => Object.keys(r)));
    for (const c of columns) if (!t.columns.includes(c)) problems.push(`Gói có cột “${table}.${c}” mà phần mềm này không có.`);
  }
  const blocs = data.tables.blocs ?? [];
  if (blocs.length !== 1 || blocs[0]!.uid !== manifest.bloc.uid) problems.push('Dữ liệu trong gói không khớp với khối thi đua ghi trong danh mục.');
  const years = (data.tables.years ?? []).map((y) => y.year as number).sort((a, b) => a - b);
  if (years.join() !== [...manifest.bloc.years].sort((a, b) => a - b).join()) problems.push('Các năm trong dữ liệu không khớp với danh mục của gói.');
  if (problems.length > 0) return problems;

  const yearOf = new Map((data.tables.years ?? []).map((y) => [y.id, y.year as number]));
  const needed = new Set<string>();
  for (const e of data.tables.evidence ?? []) {
    const entry = `${FILES_PREFIX}${String(e.stored_path)}`;
    // The import files it again under the unit's new id and this item key: the key must be a plain name.
    if (!itemKey.safeParse(e.item_key).success) problems.push(`Mã mục “${String(e.item_key)}” của tệp minh chứng không hợp lệ.`);
    else if (!String(e.stored_path).startsWith('minh-chung/') || !files.has(entry)) problems.push(`Gói thiếu tệp minh chứng “${String(e.file_name)}”.`);
    else if (e.sha256 !== sha256(files.get(entry)!)) problems.push(`Tệp minh chứng “${String(e.file_name)}” không khớp với dữ liệu.`);
    needed.add(entry);
  }
  for (const c of data.tables.signed_copies ?? []) {
    const entry = `${FILES_PREFIX}${String(c.stored_path)}`;
    if (!String(c.stored_path).startsWith(`${SIGNED_COPIES_FOLDER}/`) || !files.has(entry)) problems.push(`Gói thiếu tệp bản ký “${String(c.file_name)}”.`);
    else if (c.sha256 !== sha256(files.get(entry)!)) problems.push(`Tệp bản ký “${String(c.file_name)}” không khớp với dữ liệu.`);
    needed.add(entry);
  }
  for (const d of data.tables.documents ?? []) {
    const year = yearOf.get(d.year_id);
    const entry = year === undefined ? '' : documentEntry(year, String(d.file_name));
    if (!/^[^\\/:*?"<>|]+\.docx$/.test(String(d.file_name))) problems.push(`Tên tệp văn bản “${String(d.file_name)}” không hợp lệ.`);
    else if (!files.has(entry)) problems.push(`Gói thiếu tệp văn bản “${String(d.file_name)}”.`);
    needed.add(entry);
  }
  for (const entry of files.keys()) if (!needed.has(entry)) problems.push(`Tệp “${entry}” trong gói không thuộc dữ liệu nào của khối.`);
  return problems;
}
