import crypto from 'node:crypto';
import type { Db } from '../../../db/connection.js';
import { issuedRequest, type DocumentRequest, type Handlers, type IssuedRequest, type IssueRequest, type RegisterEntry } from '../../contract/index.js';
import { buildDocument, checkDocument, checkDocx, renderDocx, type DocumentTypeKey, type StateDocument } from '../../documents/index.js';
import { ServiceError } from '../errors.js';
import { inTransaction, type Trx } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { assemble, type Assembled } from './assemble.js';
import type { ServiceOptions } from '../options.js';
import { documentPath, writeFile } from './files.js';
import { fileNameOf, findEntry, listEntries, nextNumber, nextUnnumberedSerial, titleOf } from './register.js';

type DocumentsHandlers = Pick<
  Handlers,
  | 'documents.prepare'
  | 'documents.issue'
  | 'documents.list'
  | 'documents.get'
  | 'documents.withdraw'
  | 'documents.docx'
  | 'documents.save'
>;

const build = (type: DocumentTypeKey, data: unknown): StateDocument =>
  buildDocument(type, data as Parameters<typeof buildDocument>[1]);

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export const documentsHandlers = (db: Db, options: ServiceOptions): DocumentsHandlers => ({
  'documents.prepare': async (request) => {
    const { type, data } = await draft(db, request);
    const model = build(type, data);
    // A draft has no date until it is issued: that is not a breach to show in the preview.
    const breaches = [
      ...checkDocument(model).filter((b) => b.code !== 'header.date'),
      ...(await checkDocx(await renderDocx(model))),
    ];
    return { data: data as unknown as Record<string, unknown>, model, breaches };
  },
  'documents.issue': (request) => inTransaction(db, (trx) => issue(trx, request)),
  'documents.list': ({ yearId }) => listEntries(db, yearId),
  'documents.get': async ({ documentId }) => {
    const { snapshot, request, ...entry } = await findEntry(db, documentId);
    return { entry, model: build(entry.type, JSON.parse(snapshot)), request: requestOf(request) };
  },
  'documents.withdraw': ({ documentId }) =>
    inTransaction(db, async (trx) => {
      const entry = await findEntry(trx, documentId);
      await findOpenYear(trx, entry.yearId);
      if (entry.status !== 'issued') {
        throw new ServiceError('CONFLICT', `Văn bản số ${entry.numberText} đã ${entry.status === 'withdrawn' ? 'thu hồi' : 'được thay thế'}.`);
      }
      await trx.updateTable('documents').set({ status: 'withdrawn' }).where('id', '=', documentId).execute();
      return strip(await findEntry(trx, documentId));
    }),
  'documents.docx': async (input) => {
    if ('documentId' in input) {
      const { bytes, entry } = await reprint(db, input.documentId);
      const sha = sha256(bytes);
      return { fileName: entry.fileName, base64: base64(bytes), sha256: sha, matchesRegister: sha === entry.sha256 };
    }
    const { type, data, year } = await draft(db, input);
    const model = build(type, data);
    const bytes = await renderDocx(model);
    return { fileName: fileNameOf(year, null, type, model), base64: base64(bytes), sha256: sha256(bytes), matchesRegister: null };
  },
  'documents.save': async ({ documentId, to, then }) => {
    const { bytes, entry } = await reprint(db, documentId);
    let file: string | null;
    if (to === 'choose') {
      if (!options.desktop) {
        throw new ServiceError('FORBIDDEN', 'Trong chế độ trình duyệt, tệp văn bản được tải về qua trình duyệt.');
      }
      file = await options.desktop.chooseSavePath(documentPath(options.dataDir, entry.year, entry.fileName));
      if (file === null) return { path: null };
    } else {
      file = documentPath(options.dataDir, entry.year, entry.fileName);
    }
    writeFile(file, bytes);
    if (then === 'open') await options.desktop?.openPath(file);
    if (then === 'showInFolder') options.desktop?.showItemInFolder(file);
    return { path: file };
  },
});

const strip = ({ snapshot: _snapshot, request: _request, ...entry }: Awaited<ReturnType<typeof findEntry>>): RegisterEntry => entry;

/** The stored request as the contract reads it now; null when none was kept or it no longer validates. */
function requestOf(stored: string | null): IssuedRequest | null {
  if (stored === null) return null;
  const parsed = issuedRequest.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}

/** A draft's data: no number, no date; a closed year's drafts may still be previewed. */
async function draft(db: Db, request: DocumentRequest): Promise<Assembled & { year: number }> {
  const year = await findYear(db, request.yearId);
  return { ...(await assemble(db, year, request)), year: year.year };
}

/** Rebuilds an entry's file from its snapshot alone: later changes to units or settings do not reach it. */
async function reprint(db: Db, documentId: number) {
  const { snapshot, ...entry } = await findEntry(db, documentId);
  const bytes = await renderDocx(build(entry.type, JSON.parse(snapshot)));
  return { bytes, entry };
}

/**
 * One transaction: the next number, the snapshot, the file's hash, the register line, and the replaced
 * entry's status. Concurrent issues queue on the connection; the UNIQUE constraint is the last guard.
 */
async function issue(trx: Trx, request: IssueRequest): Promise<RegisterEntry> {
  const year = await findOpenYear(trx, request.yearId);
  const assembled = await assemble(trx, year, request);
  const replaced = request.replacesDocumentId === null ? null : await findEntry(trx, request.replacesDocumentId);
  if (replaced && (replaced.yearId !== year.id || replaced.status !== 'issued')) {
    throw new ServiceError(
      'CONFLICT',
      replaced.yearId !== year.id
        ? 'Chỉ thay thế được văn bản của cùng năm.'
        : `Văn bản số ${replaced.numberText} đã ${replaced.status === 'withdrawn' ? 'thu hồi' : 'được thay thế'}, không thể thay thế lần nữa.`,
    );
  }
  const issuerCode = assembled.data.settings.issuerCode;
  // A pledge may be issued without a number: it takes none from the series, so the series never skips
  // or reuses one; the register keeps it with number NULL.
  const unnumbered = assembled.type === 'pledge' && !assembled.data.numbered;
  const number = unnumbered ? null : await nextNumber(trx, year.id, issuerCode);
  // The snapshot goes through JSON here, exactly as it will come back for a reprint.
  const snapshot = JSON.stringify({ ...assembled.data, number, date: request.date });
  const model = build(assembled.type, JSON.parse(snapshot));
  const bytes = await renderDocx(model);
  const breaches = [...checkDocument(model), ...(await checkDocx(bytes))];
  if (breaches.length > 0) {
    throw new ServiceError(
      'VALIDATION',
      `Văn bản chưa đúng thể thức, chưa thể ban hành: ${breaches.map((b) => b.message).join(' ')}`,
      Object.fromEntries(breaches.map((b) => [b.code, b.message])),
    );
  }
  const inserted = await trx
    .insertInto('documents')
    .values({
      yearId: year.id,
      type: assembled.type,
      typeCode: model.header.typeCode,
      issuerCode,
      number,
      date: request.date,
      title: titleOf(model, assembled.type),
      recipients: JSON.stringify(model.recipients),
      status: 'issued',
      replacedById: null,
      sourceMeetingId: assembled.sourceMeetingId,
      snapshot,
      // What the officer asked for, as validated: a replacement opens with it.
      request: JSON.stringify({ type: request.type, input: request.input }),
      sha256: sha256(bytes),
      fileName: fileNameOf(year.year, number, assembled.type, model, unnumbered ? await nextUnnumberedSerial(trx, year.id) : undefined),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (replaced) {
    await trx.updateTable('documents').set({ status: 'replaced', replacedById: inserted.id }).where('id', '=', replaced.id).execute();
  }
  return strip(await findEntry(trx, inserted.id));
}
