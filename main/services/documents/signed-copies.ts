// The signed copy (bản ký) of an issued document: after the conference the officer scans the paper as signed
// and stamped and attaches the scan to its register entry. Stored like evidence files: copied into the data
// folder under a name the program chooses, read back and hashed, the hash kept to tell a file changed since.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../db/connection.js';
import type { Handlers, ParsedInput, RegisterEntry } from '../../contract/index.js';
import { ServiceError, fieldError, notFound } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { inTransaction, type Reader } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { DOCUMENTS_FOLDER, isInside, writeFile } from './files.js';
import { sha256 } from './issue.js';
import { findEntry, withoutSnapshot } from './register.js';

/** Inside the documents folder, so the data copy for a new PC carries them with the documents. */
export const SIGNED_COPIES_FOLDER = `${DOCUMENTS_FOLDER}/ban-ky`;
export const MAX_SIGNED_PAGE_BYTES = 20 * 1024 * 1024;
const MAX_SIGNED_COPY_BYTES = 60 * 1024 * 1024;

/** What a scan may be, told by its extension and checked against its first bytes. */
const FORMATS = [
  { kind: 'pdf', extensions: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'PDF' },
  { kind: 'image', extensions: ['.jpg', '.jpeg'], magic: [0xff, 0xd8, 0xff], label: 'ảnh JPG' },
  { kind: 'image', extensions: ['.png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], label: 'ảnh PNG' },
] as const;

interface CheckedFile {
  fileName: string;
  extension: string;
  bytes: Buffer;
  sha256: string;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

/** The file's name as shown, without any folder part a browser or a crafted request might carry. */
const displayName = (name: string) => path.basename(name.replaceAll('\\', '/')).normalize('NFC').trim();

/** One PDF, or one or more JPG/PNG images (a page each), each what its extension says. Writes nothing. */
export function checkScan(files: ParsedInput<'documents.attachSignedCopy'>['files']): CheckedFile[] {
  const checked = files.map((file, i): CheckedFile & { kind: string } => {
    const fileName = displayName(file.fileName);
    if (fileName === '' || fileName === '.' || fileName === '..') throw fieldError(`files.${i}.fileName`, 'Tên tệp bản ký không hợp lệ.');
    const extension = path.extname(fileName).toLowerCase();
    const format = FORMATS.find((f) => (f.extensions as readonly string[]).includes(extension));
    if (!format) {
      throw fieldError('files', `Tệp “${fileName}” không nhận làm bản ký: bản ký là bản quét PDF, hoặc ảnh chụp JPG hay PNG.`);
    }
    const bytes = Buffer.from(file.base64, 'base64');
    if (bytes.length === 0) throw fieldError('files', `Tệp “${fileName}” rỗng.`);
    if (bytes.length > MAX_SIGNED_PAGE_BYTES) {
      throw fieldError('files', `Tệp “${fileName}” quá lớn (${megabytes(bytes.length)} MB); mỗi tệp bản ký tối đa 20 MB.`);
    }
    if (!format.magic.every((b, at) => bytes[at] === b)) {
      throw fieldError('files', `Tệp “${fileName}” không phải ${format.label} thật (nội dung không khớp với đuôi tệp).`);
    }
    return { fileName, extension: extension === '.jpeg' ? '.jpg' : extension, bytes, sha256: sha256(bytes), kind: format.kind };
  });
  if (checked.length > 1 && checked.some((f) => f.kind === 'pdf')) {
    throw fieldError('files', 'Bản ký là một tệp PDF, hoặc một hay nhiều ảnh JPG/PNG (mỗi trang một ảnh): không chọn nhiều PDF hay PDF cùng ảnh.');
  }
  const total = checked.reduce((sum, f) => sum + f.bytes.length, 0);
  if (total > MAX_SIGNED_COPY_BYTES) throw fieldError('files', `Các tệp bản ký quá lớn (${megabytes(total)} MB); tổng cộng tối đa 60 MB.`);
  return checked.map(({ kind: _kind, ...file }) => file);
}

/** Where a stored file lives; refused if the stored path would lead outside the signed copies' folder. */
export function signedCopyPath(dataDir: string, stored: string): string {
  const root = path.resolve(dataDir);
  const target = path.resolve(root, stored);
  if (!isInside(path.join(root, SIGNED_COPIES_FOLDER), target)) throw new ServiceError('FORBIDDEN', 'Đường dẫn tệp bản ký không hợp lệ.');
  return target;
}

/**
 * "van-ban/ban-ky/2022/2022-khong-so-1-ban-giao-uoc-thi-dua-nam-2022-trang-2-1a2b3c4d5e6f7a8b.png": the
 * document's own file name, so the officer finds it in the folder; the hash keeps different scans apart.
 */
const storedPathOf = (entry: RegisterEntry, file: CheckedFile, page: number | null) =>
  path.posix.join(
    SIGNED_COPIES_FOLDER,
    String(entry.year),
    `${entry.fileName.replace(/\.docx$/, '')}-ban-ky${page === null ? '' : `-trang-${page}`}-${file.sha256.slice(0, 16)}${file.extension}`,
  );

/** Writes the file unless it is there already with the same content, then reads it back: a short write fails here. */
function placeChecked(target: string, file: CheckedFile): boolean {
  if (fs.existsSync(target) && sha256(fs.readFileSync(target)) === file.sha256) return false;
  writeFile(target, file.bytes);
  if (sha256(fs.readFileSync(target)) !== file.sha256) {
    fs.rmSync(target, { force: true });
    throw new ServiceError('STORAGE', `Không ghi được tệp “${file.fileName}” vào thư mục dữ liệu (tệp ghi ra không khớp). Hãy kiểm tra ổ đĩa rồi thử lại.`);
  }
  return true;
}

/** Deletes the files no signed copy names any more (after the transaction that let go of them committed). */
async function removeUnreferenced(db: Reader, dataDir: string, stored: string[]): Promise<void> {
  for (const rel of new Set(stored)) {
    const still = await db.selectFrom('signedCopies').select('id').where('storedPath', '=', rel).executeTakeFirst();
    if (!still) fs.rmSync(signedCopyPath(dataDir, rel), { force: true });
  }
}

async function previousFiles(db: Reader, documentId: number): Promise<string[]> {
  return (await db.selectFrom('signedCopies').select('storedPath').where('documentId', '=', documentId).execute()).map((r) => r.storedPath);
}

export async function attachSignedCopy(db: Db, dataDir: string, input: ParsedInput<'documents.attachSignedCopy'>): Promise<RegisterEntry> {
  const files = checkScan(input.files);
  const written: string[] = [];
  let replaced: string[] = [];
  try {
    const entry = await inTransaction(db, async (trx) => {
      const entry = await findEntry(trx, input.documentId);
      await findOpenYear(trx, entry.yearId);
      if (entry.status === 'withdrawn') {
        throw new ServiceError('CONFLICT', `Văn bản ${entry.numberText} đã thu hồi nên không đính kèm bản ký.`);
      }
      if (entry.signedCopy && !input.replaceCopy) {
        throw new ServiceError('CONFLICT', `Văn bản ${entry.numberText} đã có bản ký; chọn “Thay bản ký” nếu muốn thay bằng bản quét mới.`);
      }
      replaced = await previousFiles(trx, entry.id);
      await trx.deleteFrom('signedCopies').where('documentId', '=', entry.id).execute();
      for (const [i, file] of files.entries()) {
        const stored = storedPathOf(entry, file, files.length > 1 ? i + 1 : null);
        const target = signedCopyPath(dataDir, stored);
        if (placeChecked(target, file)) written.push(target);
        await trx
          .insertInto('signedCopies')
          .values({ documentId: entry.id, page: i + 1, fileName: file.fileName, storedPath: stored, sha256: file.sha256, size: file.bytes.length })
          .execute();
      }
      return withoutSnapshot(await findEntry(trx, entry.id));
    });
    await removeUnreferenced(db, dataDir, replaced);
    return entry;
  } catch (error) {
    // Nothing was recorded: the files written for it go too.
    for (const file of written) fs.rmSync(file, { force: true });
    throw error;
  }
}

export async function removeSignedCopy(db: Db, dataDir: string, documentId: number): Promise<RegisterEntry> {
  let removed: string[] = [];
  const entry = await inTransaction(db, async (trx) => {
    const entry = await findEntry(trx, documentId);
    await findOpenYear(trx, entry.yearId);
    if (!entry.signedCopy) throw new ServiceError('CONFLICT', `Văn bản ${entry.numberText} chưa có bản ký.`);
    removed = await previousFiles(trx, documentId);
    await trx.deleteFrom('signedCopies').where('documentId', '=', documentId).execute();
    return withoutSnapshot(await findEntry(trx, documentId));
  });
  await removeUnreferenced(db, dataDir, removed);
  return entry;
}

/** One file of the copy, opened on the desktop or answered to download; its hash is checked first. */
export async function openSignedCopy(db: Db, options: ServiceOptions, { documentId, page }: ParsedInput<'documents.openSignedCopy'>) {
  const entry = await findEntry(db, documentId);
  await findYear(db, entry.yearId);
  const row = await db.selectFrom('signedCopies').selectAll().where('documentId', '=', documentId).where('page', '=', page).executeTakeFirst();
  if (!row) throw notFound(entry.signedCopy ? `trang ${page} của bản ký` : `bản ký của văn bản ${entry.numberText}`);
  const file = signedCopyPath(options.dataDir, row.storedPath);
  if (!fs.existsSync(file)) {
    throw new ServiceError('NOT_FOUND', `Không tìm thấy tệp bản ký “${row.fileName}” trong thư mục dữ liệu (${file}). Hãy đính kèm lại bản quét.`);
  }
  const bytes = fs.readFileSync(file);
  const warning =
    sha256(bytes) === row.sha256
      ? null
      : `Tệp bản ký “${row.fileName}” đã bị thay đổi sau khi đính kèm (mã SHA-256 không khớp với mã ghi trong sổ): có thể đây không còn là bản đã ký. Hãy đối chiếu với bản giấy và đính kèm lại nếu cần.`;
  if (options.desktop) {
    await options.desktop.openPath(file);
    return { opened: true, fileName: row.fileName, base64: null, warning };
  }
  return { opened: false, fileName: row.fileName, base64: bytes.toString('base64'), warning };
}

type SignedCopyHandlers = Pick<Handlers, 'documents.attachSignedCopy' | 'documents.removeSignedCopy' | 'documents.openSignedCopy'>;

export const signedCopyHandlers = (db: Db, options: ServiceOptions): SignedCopyHandlers => ({
  'documents.attachSignedCopy': (input) => attachSignedCopy(db, options.dataDir, input),
  'documents.removeSignedCopy': ({ documentId }) => removeSignedCopy(db, options.dataDir, documentId),
  'documents.openSignedCopy': (input) => openSignedCopy(db, options, input),
});
