import { z } from 'zod';
import { isValidIsoDate } from '../documents/format.js';
import type { StateDocument } from '../documents/model.js';
import { channel } from './channel.js';
import { kindKeys, kinds, type KindKey, type Kinds } from '../documents/kinds/registry.js';
import { id } from './fields.js';
import { attachedFile } from './scoring.js';

export const documentType = z.enum(kindKeys, { error: 'Loại văn bản không hợp lệ' });
export type DocumentType = z.infer<typeof documentType>;

const isoDate = z
  .string({ error: 'Chưa nhập ngày ban hành' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày ban hành phải có dạng năm-tháng-ngày')
  .refine(isValidIsoDate, 'Ngày ban hành không tồn tại');

/** One kind's request: its key and its own input schema, plus the fields every request has. */
type KindRequest<K extends KindKey, E extends z.ZodRawShape> = z.ZodObject<
  { type: z.ZodLiteral<K>; input: Kinds[K]['input'] } & E,
  z.core.$strip
>;
type AnyKindRequest<E extends z.ZodRawShape> = { [K in KindKey]: KindRequest<K, E> }[KindKey];

/** What the officer asks for: a kind and that kind's input, derived from the registry of kinds. */
const requestOf = <E extends z.ZodRawShape>(extra: E) =>
  z.discriminatedUnion(
    'type',
    kindKeys.map((key) => z.object({ type: z.literal(key), input: kinds[key].input, ...extra })) as unknown as [
      AnyKindRequest<E>,
      ...AnyKindRequest<E>[],
    ],
  );
const request = <E extends z.ZodRawShape>(extra: E) => requestOf({ yearId: id, ...extra });

export const documentRequest = request({});
export type DocumentRequest = z.output<typeof documentRequest>;
export const issueRequest = request({ date: isoDate, replacesDocumentId: id.nullable().default(null) });
export type IssueRequest = z.output<typeof issueRequest>;
/** What a register entry was issued from: the type and its input as validated, without the year. */
export const issuedRequest = requestOf({});
export type IssuedRequest = z.output<typeof issuedRequest>;

export const documentStatus = z.enum(['issued', 'withdrawn', 'replaced']);

/** One file of a signed copy: the whole PDF, or one scanned page. */
export const signedCopyFile = z.object({ page: z.number().int(), fileName: z.string(), size: z.number().int(), sha256: z.string() });
/** The scan of the document as signed and stamped, attached after the conference. */
export const signedCopy = z.object({ files: z.array(signedCopyFile), addedAt: z.string() });
export type SignedCopy = z.infer<typeof signedCopy>;

/** A line of the document register. */
export const registerEntry = z.object({
  id,
  yearId: id,
  year: z.number().int(),
  type: documentType,
  typeLabel: z.string(),
  typeCode: z.string().nullable(),
  issuerCode: z.string(),
  number: z.number().int().nullable(),
  /** "05/BB-KTĐVHXH" as printed after "Số:"; "Không số" for a document issued without a number (a pledge). */
  numberText: z.string(),
  date: z.string(),
  title: z.string(),
  recipients: z.array(z.string()),
  status: documentStatus,
  replacedById: id.nullable(),
  replacesId: id.nullable(),
  sourceMeetingId: id.nullable(),
  sha256: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  /** Null until the signed scan is attached ("Đã có bản ký"). */
  signedCopy: signedCopy.nullable(),
});
export type RegisterEntry = z.infer<typeof registerEntry>;

export const breach = z.object({ code: z.string(), message: z.string() });
/** Something to fill in before issuing, naming the field. */
export const problem = z.object({ field: z.string(), message: z.string() });
/** When the document may be dated: the dialog's default, the allowed range and the rule in words. */
export const issueDates = z.object({ default: z.string().nullable(), earliest: z.string(), latest: z.string(), rule: z.string() });
const stateDocument = z.custom<StateDocument>((v) => typeof v === 'object' && v !== null && 'header' in v);

export const documentFile = z.object({
  fileName: z.string(),
  base64: z.string(),
  sha256: z.string(),
  /** For a register entry: whether the rebuilt file is the one issued (false after a program change). */
  matchesRegister: z.boolean().nullable(),
});

export const documentsChannels = {
  /**
   * The preview of a draft (no number, no date): the kind's data, the model, the format breaches, what must
   * still be filled in, and when it may be dated. `documents.issue` refuses what this reports.
   */
  'documents.prepare': channel(
    documentRequest,
    z.object({
      data: z.record(z.string(), z.unknown()),
      model: stateDocument,
      breaches: z.array(breach),
      problems: z.array(problem),
      issueDate: issueDates,
    }),
  ),
  /** Gives the next number of the year's series and records the document in the register. */
  'documents.issue': channel(issueRequest, registerEntry),
  'documents.list': channel(z.object({ yearId: id }), z.array(registerEntry)),
  /**
   * A register entry, its document rebuilt from the snapshot, and the request it was issued from (null for
   * entries issued before the register kept it): a replacement starts from that request.
   */
  'documents.get': channel(
    z.object({ documentId: id }),
    z.object({ entry: registerEntry, model: stateDocument, request: issuedRequest.nullable() }),
  ),
  /** The number stays taken: it is never given again. */
  'documents.withdraw': channel(z.object({ documentId: id }), registerEntry),
  /** The DOCX of a register entry (reprinted from its snapshot) or of a draft. */
  'documents.docx': channel(z.union([z.object({ documentId: id }), documentRequest]), documentFile),
  /** Writes the DOCX into the year's documents folder, or where the officer chooses (desktop only). */
  'documents.save': channel(
    z.object({
      documentId: id,
      to: z.enum(['documentsFolder', 'choose']).default('documentsFolder'),
      then: z.enum(['none', 'open', 'showInFolder']).default('none'),
    }),
    z.object({ path: z.string().nullable() }),
  ),
  /**
   * Attaches the signed scan (one PDF, or one image per page, JPG/PNG) to an issued entry; an entry that
   * has one is replaced only when `replaceCopy` says so.
   */
  'documents.attachSignedCopy': channel(
    z.object({
      documentId: id,
      files: z.array(attachedFile).min(1, 'Chưa chọn tệp bản ký').max(30, 'Bản ký có tối đa 30 trang ảnh'),
      replaceCopy: z.boolean().default(false),
    }),
    registerEntry,
  ),
  /** Removes the signed copy; its files leave the data folder once the register no longer names them. */
  'documents.removeSignedCopy': channel(z.object({ documentId: id }), registerEntry),
  /**
   * Opens one file of the signed copy with the system viewer (desktop), or answers its bytes to download
   * (browser mode); `warning` when the file is no longer the one attached (its SHA-256 differs).
   */
  'documents.openSignedCopy': channel(
    z.object({ documentId: id, page: z.number().int().min(1).default(1) }),
    z.object({ opened: z.boolean(), fileName: z.string(), base64: z.string().nullable(), warning: z.string().nullable() }),
  ),
  /**
   * The register of the year (or of every year of its bloc) as a workbook: saved where the officer chooses
   * (desktop; path null when cancelled) or answered to download (browser mode).
   */
  'documents.registerWorkbook': channel(
    z.object({ yearId: id, allYears: z.boolean().default(false) }),
    z.object({ fileName: z.string(), path: z.string().nullable(), base64: z.string().nullable() }),
  ),
  /**
   * Desktop only: the window's own print of the preview on screen (a register entry or a draft), saved as PDF
   * where the officer chooses, named like the DOCX. Browser mode prints through the browser's dialog instead.
   */
  'documents.savePdf': channel(z.union([z.object({ documentId: id }), documentRequest]), z.object({ path: z.string().nullable() })),
};
