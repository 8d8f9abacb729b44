import type { DocumentTable } from '../../../db/schema.js';
import type { DocumentType, RegisterEntry, SignedCopy } from '../../contract/index.js';
import { formatDocumentNumber, kindOf, type StateDocument } from '../../documents/index.js';
import { searchKey, slug } from '../../common/vietnamese.js';
import { notFound } from '../errors.js';
import type { Reader, Trx } from '../transaction.js';

type Row = Omit<DocumentTable, 'id' | 'createdAt'> & { id: number; createdAt: string };

/** The next number of the issuing body's series in the year: numbers withdrawn or replaced stay taken. */
export async function nextNumber(trx: Trx, yearId: number, issuerCode: string): Promise<number> {
  const row = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('yearId', '=', yearId)
    .where('issuerCode', '=', issuerCode)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** The register's type column: "Giấy mời", "Biên bản" …; a letter is a "Thông báo" when it has the TB code. */
export const typeLabel = (type: DocumentType, typeCode: string | null): string => kindOf(type).entryLabel(typeCode);

/**
 * ASCII-safe and meaningful: "2018-05-BB-bien-ban-hoi-nghi-ky-ket-giao-uoc-thi-dua-nam-2018.docx". A draft
 * is "du-thao"; a document issued without a number passes its own serial ("khong-so-1") so files differ.
 */
export function fileNameOf(year: number, number: number | null, type: DocumentType, model: StateDocument, serialText?: string): string {
  const kind = kindOf(type);
  const serial = serialText ?? (number === null ? 'du-thao' : number < 10 ? `0${number}` : String(number));
  const fileCode = kind.fileCode(model);
  const code = fileCode ? `${slug(fileCode, 10).toUpperCase()}-` : '';
  const title = kind.registerTitle(model);
  const label = typeLabel(type, model.header.typeCode);
  // "Bản giao ước thi đua năm 2018" already says what it is; "Biên bản" + "Hội nghị …" needs the label.
  const words = searchKey(title).startsWith(searchKey(label)) ? title : `${label} ${title}`;
  return `${year}-${serial}-${code}${slug(words)}.docx`;
}

/** The serial in the file name of the year's next document issued without a number: "khong-so-1", "khong-so-2" … */
export async function nextUnnumberedSerial(trx: Trx, yearId: number): Promise<string> {
  const row = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('yearId', '=', yearId)
    .where('number', 'is', null)
    .executeTakeFirst();
  return `khong-so-${Number(row?.n ?? 0) + 1}`;
}

export const UNNUMBERED = 'Không số';

const toEntry = (row: Row & { year: number; replacesId: number | null }, signedCopy: SignedCopy | null): RegisterEntry => ({
  id: row.id,
  yearId: row.yearId,
  year: row.year,
  type: row.type as DocumentType,
  typeLabel: typeLabel(row.type as DocumentType, row.typeCode),
  typeCode: row.typeCode,
  issuerCode: row.issuerCode,
  number: row.number,
  numberText:
    row.number === null ? UNNUMBERED : formatDocumentNumber(row.number, row.typeCode, row.issuerCode),
  date: row.date,
  title: row.title,
  recipients: JSON.parse(row.recipients) as string[],
  status: row.status,
  replacedById: row.replacedById,
  replacesId: row.replacesId,
  sourceMeetingId: row.sourceMeetingId,
  sha256: row.sha256,
  fileName: row.fileName,
  createdAt: row.createdAt,
  signedCopy,
});

const selectEntries = (db: Reader) =>
  db
    .selectFrom('documents')
    .innerJoin('years', 'years.id', 'documents.yearId')
    .selectAll('documents')
    .select('years.year')
    .select((eb) =>
      eb
        .selectFrom('documents as older')
        .select('older.id')
        .whereRef('older.replacedById', '=', 'documents.id')
        .limit(1)
        .as('replacesId'),
    );

/** The signed copies of the documents given, by document id, their files in page order. */
async function signedCopiesOf(db: Reader, documentIds: number[]): Promise<Map<number, SignedCopy>> {
  const copies = new Map<number, SignedCopy>();
  if (documentIds.length === 0) return copies;
  const rows = await db
    .selectFrom('signedCopies')
    .select(['documentId', 'page', 'fileName', 'size', 'sha256', 'addedAt'])
    .where('documentId', 'in', documentIds)
    .orderBy('documentId')
    .orderBy('page')
    .execute();
  for (const { documentId, addedAt, ...file } of rows) {
    const copy = copies.get(documentId) ?? { files: [], addedAt };
    copy.files.push(file);
    copies.set(documentId, copy);
  }
  return copies;
}

/** The year's documents in force, with the meeting each was drawn from: what the year's checklists count. */
export const listIssued = (db: Reader, yearId: number) =>
  db.selectFrom('documents').select(['type', 'sourceMeetingId']).where('yearId', '=', yearId).where('status', '=', 'issued').execute();

export async function listEntries(db: Reader, yearId: number): Promise<RegisterEntry[]> {
  const rows = await selectEntries(db).where('documents.yearId', '=', yearId).orderBy('documents.id').execute();
  const copies = await signedCopiesOf(db, rows.map((r) => r.id));
  return rows.map((r) => toEntry({ ...r, replacesId: r.replacesId ?? null }, copies.get(r.id) ?? null));
}

export async function findEntry(
  db: Reader,
  documentId: number,
): Promise<RegisterEntry & { snapshot: string; request: string | null }> {
  const row = await selectEntries(db).where('documents.id', '=', documentId).executeTakeFirst();
  if (!row) throw notFound('văn bản trong sổ đăng ký');
  const copy = (await signedCopiesOf(db, [row.id])).get(row.id) ?? null;
  return { ...toEntry({ ...row, replacesId: row.replacesId ?? null }, copy), snapshot: row.snapshot, request: row.request };
}

/** A register entry as the window sees it: without the stored snapshot and request. */
export const withoutSnapshot = ({ snapshot: _snapshot, request: _request, ...entry }: Awaited<ReturnType<typeof findEntry>>): RegisterEntry =>
  entry;
