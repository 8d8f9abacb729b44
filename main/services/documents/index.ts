import dayjs from 'dayjs';
import type { Db } from '../../../db/connection.js';
import { issuedRequest, type Handlers, type IssuedRequest } from '../../contract/index.js';
import { checkDocument, checkDocx, kindOf, renderDocx } from '../../documents/index.js';
import { ServiceError } from '../errors.js';
import type { ServiceOptions } from '../options.js';
import { inTransaction } from '../transaction.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { draftDocument, issueDatesOf, problemsOf } from './draft.js';
import { documentPath, writeFile } from './files.js';
import { issueDocument, sha256 } from './issue.js';
import { savePdf } from './pdf.js';
import { fileNameOf, findEntry, listEntries, withoutSnapshot } from './register.js';

type DocumentsHandlers = Pick<
  Handlers,
  | 'documents.prepare'
  | 'documents.issue'
  | 'documents.list'
  | 'documents.get'
  | 'documents.withdraw'
  | 'documents.docx'
  | 'documents.save'
  | 'documents.savePdf'
>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export const documentsHandlers = (db: Db, options: ServiceOptions): DocumentsHandlers => {
  const today = () => dayjs(options.now?.() ?? new Date()).format('YYYY-MM-DD');
  return {
    'documents.prepare': async (request) => {
      // A closed year's drafts may still be previewed.
      const draft = await draftDocument(db, await findYear(db, request.yearId), request);
      const model = draft.kind.build(draft.data);
      // A draft has no date until it is issued: that is not a breach to show in the preview.
      const breaches = [
        ...checkDocument(model).filter((b) => b.code !== 'header.date'),
        ...(await checkDocx(await renderDocx(model))),
      ];
      return {
        data: draft.data as unknown as Record<string, unknown>,
        model,
        breaches,
        problems: await problemsOf(draft),
        issueDate: await issueDatesOf(draft, today()),
      };
    },
    'documents.issue': (request) => inTransaction(db, (trx) => issueDocument(trx, request, today())),
    'documents.list': ({ yearId }) => listEntries(db, yearId),
    'documents.get': async ({ documentId }) => {
      const { snapshot, request, ...entry } = await findEntry(db, documentId);
      return { entry, model: kindOf(entry.type).build(JSON.parse(snapshot)), request: requestOf(request) };
    },
    'documents.withdraw': ({ documentId }) =>
      inTransaction(db, async (trx) => {
        const entry = await findEntry(trx, documentId);
        await findOpenYear(trx, entry.yearId);
        if (entry.status !== 'issued') {
          throw new ServiceError('CONFLICT', `Văn bản số ${entry.numberText} đã ${entry.status === 'withdrawn' ? 'thu hồi' : 'được thay thế'}.`);
        }
        await trx.updateTable('documents').set({ status: 'withdrawn' }).where('id', '=', documentId).execute();
        return withoutSnapshot(await findEntry(trx, documentId));
      }),
    'documents.docx': async (input) => {
      if ('documentId' in input) {
        const { bytes, entry } = await reprint(db, input.documentId);
        const sha = sha256(bytes);
        return { fileName: entry.fileName, base64: base64(bytes), sha256: sha, matchesRegister: sha === entry.sha256 };
      }
      const draft = await draftDocument(db, await findYear(db, input.yearId), input);
      const model = draft.kind.build(draft.data);
      const bytes = await renderDocx(model);
      return {
        fileName: fileNameOf(draft.year.year, null, input.type, model),
        base64: base64(bytes),
        sha256: sha256(bytes),
        matchesRegister: null,
      };
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
    'documents.savePdf': (input) => savePdf(db, options, input),
  };
};

/** The stored request as the contract reads it now; null when none was kept or it no longer validates. */
function requestOf(stored: string | null): IssuedRequest | null {
  if (stored === null) return null;
  const parsed = issuedRequest.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}

/** Rebuilds an entry's file from its snapshot alone: later changes to units or settings do not reach it. */
async function reprint(db: Db, documentId: number) {
  const { snapshot, ...entry } = await findEntry(db, documentId);
  const bytes = await renderDocx(kindOf(entry.type).build(JSON.parse(snapshot)));
  return { bytes, entry };
}
