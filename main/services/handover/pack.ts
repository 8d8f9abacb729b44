// Export: the bloc's rows, its evidence files and its issued documents into one .ktd file.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { kindOf, renderDocx } from '../../documents/index.js';
import { slug } from '../../common/vietnamese.js';
import { documentPath } from '../documents/files.js';
import { signedCopyPath } from '../documents/signed-copies.js';
import { sha256 } from '../documents/issue.js';
import { ServiceError, notFound } from '../errors.js';
import type { Reader } from '../transaction.js';
import { DATA_ENTRY, FILES_PREFIX, FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, PACKAGE_EXTENSION, PROGRAM_VERSION, type Manifest, type PackageData } from './manifest.js';
import { ownedRows, readSchema, type Row } from './schema.js';

export async function appliedMigrations(db: Reader): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

/** "Ban-giao-khoi-thi-dua-van-hoa-xa-hoi-2018-2022.ktd" */
export function packageFileName(blocName: string, years: number[]): string {
  const span = years.length === 0 ? '' : `-${years[0]}${years.length > 1 ? `-${years.at(-1)}` : ''}`;
  return `Ban-giao-${slug(blocName, 60)}${span}${PACKAGE_EXTENSION}`;
}

/** The package's bytes and name; reads only. */
export async function packBloc(db: Reader, dataDir: string, blocId: number, now: Date): Promise<{ fileName: string; bytes: Uint8Array }> {
  const bloc = await db.selectFrom('blocs').selectAll().where('id', '=', blocId).executeTakeFirst();
  if (!bloc) throw notFound('khối thi đua');
  const schema = await readSchema(db);
  const data: PackageData = { tables: {} };
  for (const t of schema.tables) data.tables[t.name] = await ownedRows(db, schema, t.name, blocId);
  const years = data.tables.years!;
  const yearOf = new Map(years.map((y) => [y.id as number, y.year as number]));

  const files = new Map<string, Uint8Array>();
  for (const e of data.tables.evidence ?? []) {
    const stored = String(e.stored_path);
    const file = path.resolve(dataDir, stored);
    if (!fs.existsSync(file)) {
      throw new ServiceError(
        'NOT_FOUND',
        `Không tìm thấy tệp minh chứng “${String(e.file_name)}” (năm ${yearOf.get(e.year_id as number)}) trong thư mục dữ liệu, nên chưa thể lập gói bàn giao đủ dữ liệu. Hãy khôi phục tệp đó vào ${file}.`,
      );
    }
    files.set(`${FILES_PREFIX}${stored}`, fs.readFileSync(file));
  }
  for (const c of data.tables.signed_copies ?? []) files.set(`${FILES_PREFIX}${String(c.stored_path)}`, signedCopyFile(dataDir, c));
  for (const d of data.tables.documents ?? []) files.set(documentEntry(yearOf.get(d.year_id as number)!, String(d.file_name)), await issuedFile(dataDir, yearOf.get(d.year_id as number)!, d));

  const zip = new JSZip();
  const dataBytes = Buffer.from(JSON.stringify(data));
  const entries: Manifest['entries'] = [{ path: DATA_ENTRY, sha256: sha256(dataBytes), size: dataBytes.length }];
  zip.file(DATA_ENTRY, dataBytes);
  for (const [entry, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    entries.push({ path: entry, sha256: sha256(bytes), size: bytes.length });
    zip.file(entry, bytes);
  }
  const yearNumbers = years.map((y) => y.year as number).sort((a, b) => a - b);
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    program: { name: 'Khối Thi Đua', version: PROGRAM_VERSION },
    schema: { migrations: await appliedMigrations(db) },
    bloc: { uid: bloc.uid, name: bloc.name, years: yearNumbers },
    createdAt: now.toISOString(),
    counts: { units: data.tables.units!.length, documents: data.tables.documents?.length ?? 0, files: files.size },
    entries,
  };
  zip.file(MANIFEST_ENTRY, JSON.stringify(manifest, null, 2));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { fileName: packageFileName(bloc.name, yearNumbers), bytes };
}

/** A signed copy's file as attached: a missing or changed one stops the package, as the import would refuse it. */
function signedCopyFile(dataDir: string, row: Row): Uint8Array {
  const file = signedCopyPath(dataDir, String(row.stored_path));
  const bytes = fs.existsSync(file) ? fs.readFileSync(file) : null;
  if (bytes === null || sha256(bytes) !== row.sha256) {
    throw new ServiceError(
      'CONFLICT',
      `Tệp bản ký “${String(row.file_name)}” ${bytes === null ? 'không còn trong thư mục dữ liệu' : 'đã bị thay đổi sau khi đính kèm'}, nên chưa thể lập gói bàn giao đủ dữ liệu. Hãy đính kèm lại bản ký của văn bản đó trong Sổ văn bản.`,
    );
  }
  return bytes;
}

export const documentEntry = (year: number, fileName: string) => `${FILES_PREFIX}van-ban/${year}/${fileName}`;

/**
 * The document as issued: the saved file when it is still the one the register hashed, else reprinted from
 * the snapshot (a document is issued into the register; saving its file to the folder is the officer's step).
 */
async function issuedFile(dataDir: string, year: number, row: Row): Promise<Uint8Array> {
  const saved = documentPath(dataDir, year, String(row.file_name));
  if (fs.existsSync(saved)) {
    const bytes = fs.readFileSync(saved);
    if (sha256(bytes) === row.sha256) return bytes;
  }
  return renderDocx(kindOf(row.type as Parameters<typeof kindOf>[0]).build(JSON.parse(String(row.snapshot))));
}
