/**
 * Issuing: one transaction takes the next number, keeps the snapshot and the file's hash, writes the
 * register line and marks the replaced entry. Concurrent issues queue on the connection; the UNIQUE
 * constraint is the last guard.
 */
import crypto from 'node:crypto';
import type { IssueRequest, RegisterEntry } from '../../contract/index.js';
import { checkDocument, checkDocx, renderDocx } from '../../documents/index.js';
import { ServiceError } from '../errors.js';
import type { Trx } from '../transaction.js';
import { findOpenYear } from '../years/queries.js';
import { draftDocument, issueDatesOf, refuseDate, refuseProblems } from './draft.js';
import { fileNameOf, findEntry, nextNumber, nextUnnumberedSerial, withoutSnapshot } from './register.js';

export const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

export async function issueDocument(trx: Trx, request: IssueRequest, today: string): Promise<RegisterEntry> {
  const year = await findOpenYear(trx, request.yearId);
  const draft = await draftDocument(trx, year, request);
  await refuseProblems(draft);
  refuseDate(await issueDatesOf(draft, today), request.date);
  const replaced = request.replacesDocumentId === null ? null : await findEntry(trx, request.replacesDocumentId);
  if (replaced && (replaced.yearId !== year.id || replaced.status !== 'issued')) {
    throw new ServiceError(
      'CONFLICT',
      replaced.yearId !== year.id
        ? 'Chỉ thay thế được văn bản của cùng năm.'
        : `Văn bản số ${replaced.numberText} đã ${replaced.status === 'withdrawn' ? 'thu hồi' : 'được thay thế'}, không thể thay thế lần nữa.`,
    );
  }
  const { kind } = draft;
  const issuerCode = draft.data.settings.issuerCode;
  // A document issued without a number (a pledge may be) takes none from the series, so the series never
  // skips or reuses one; the register keeps it with number NULL.
  const numbered = kind.numbered(draft.data);
  const number = numbered ? await nextNumber(trx, year.id, issuerCode) : null;
  // The snapshot goes through JSON here, exactly as it will come back for a reprint.
  const snapshot = JSON.stringify({ ...draft.data, number, date: request.date });
  const model = kind.build(JSON.parse(snapshot));
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
      type: request.type,
      typeCode: model.header.typeCode,
      issuerCode,
      number,
      date: request.date,
      title: kind.registerTitle(model),
      recipients: JSON.stringify(model.recipients),
      status: 'issued',
      replacedById: null,
      sourceMeetingId: draft.sourceMeetingId,
      snapshot,
      // What the officer asked for, as validated: a replacement opens with it.
      request: JSON.stringify({ type: request.type, input: request.input }),
      sha256: sha256(bytes),
      fileName: fileNameOf(year.year, number, request.type, model, numbered ? undefined : await nextUnnumberedSerial(trx, year.id)),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (replaced) {
    await trx.updateTable('documents').set({ status: 'replaced', replacedById: inserted.id }).where('id', '=', replaced.id).execute();
  }
  return withoutSnapshot(await findEntry(trx, inserted.id));
}
