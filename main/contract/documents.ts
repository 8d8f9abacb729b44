import { z } from 'zod';
import { isValidIsoDate } from '../documents/format.js';
import type { StateDocument } from '../documents/model.js';
import { channel } from './channel.js';
import { id, optionalText, requiredText } from './fields.js';

export const documentType = z.enum(['invitation', 'minutes', 'report', 'letter', 'agenda', 'pledge'], { error: 'Loại văn bản không hợp lệ' });
export type DocumentType = z.infer<typeof documentType>;

const isoDate = z
  .string({ error: 'Chưa nhập ngày ban hành' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày ban hành phải có dạng năm-tháng-ngày')
  .refine(isValidIsoDate, 'Ngày ban hành không tồn tại');

const textList = (label: string, max = 1000) => z.array(requiredText(label, max)).max(100);
/** Replaces the year's default recipients for this document ("Lưu: …" is added). */
const recipients = textList('Nơi nhận', 200).optional();

const invitationInput = z.object({
  meetingId: id,
  /** Under "GIẤY MỜI"; defaults to "Dự <tên hội nghị>". */
  subject: optionalText('Trích yếu', 300),
  /** 'collective': one line for the member units' heads, so a bloc of 30 still fits a page; 'each': a line per unit. */
  inviteUnits: z.enum(['collective', 'each']).default('collective'),
  recipients,
});

const minutesInput = z.object({ meetingId: id, recipients });

const reportTable = z.object({
  columns: z
    .array(z.object({ title: z.string(), weight: z.number().positive(), align: z.enum(['left', 'center', 'right']).optional() }))
    .min(1),
  rows: z.array(z.array(z.string())),
});
const reportContent = z.union([
  z.string(),
  z.object({ subheading: z.string() }),
  z.object({ bullet: z.string() }),
  z.object({ table: reportTable }),
]);

const reportInput = z.object({
  /** With a meeting and no sections, the report on that meeting's results is drafted from it. */
  meetingId: id.nullable().default(null),
  subject: optionalText('Trích yếu', 300),
  /** "Kính gửi:"; defaults to the province's board. */
  addressee: textList('Kính gửi', 200).optional(),
  intro: z.array(z.string()).optional(),
  sections: z.array(z.object({ heading: requiredText('Tiêu đề mục', 300), content: z.array(reportContent) })).optional(),
  closing: z.string().optional(),
  recipients,
});

const letterInput = z.object({
  kind: z.enum(['officialLetter', 'notice']),
  subject: requiredText('Trích yếu', 300),
  addressee: textList('Kính gửi', 200).default([]),
  paragraphs: z.array(requiredText('Đoạn văn', 10000)).min(1, 'Văn bản cần ít nhất một đoạn nội dung'),
  recipients,
});

/** The agenda (CTr) of a meeting: its agenda items, with times and presenters when given. */
const agendaInput = z.object({ meetingId: id, recipients });

/** The year's pledge as saved (pledges.save); the contents, layout and number choice live there. */
const pledgeInput = z.object({}).default({});

/** What the officer asks for: a type and that type's input, in a year. */
const requestShape = {
  invitation: invitationInput,
  minutes: minutesInput,
  report: reportInput,
  letter: letterInput,
  agenda: agendaInput,
  pledge: pledgeInput,
};

const requestOf = <E extends z.ZodRawShape>(extra: E) =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('invitation'), input: requestShape.invitation, ...extra }),
    z.object({ type: z.literal('minutes'), input: requestShape.minutes, ...extra }),
    z.object({ type: z.literal('report'), input: requestShape.report, ...extra }),
    z.object({ type: z.literal('letter'), input: requestShape.letter, ...extra }),
    z.object({ type: z.literal('agenda'), input: requestShape.agenda, ...extra }),
    z.object({ type: z.literal('pledge'), input: requestShape.pledge, ...extra }),
  ]);
const request = <E extends z.ZodRawShape>(extra: E) => requestOf({ yearId: id, ...extra });

export const documentRequest = request({});
export type DocumentRequest = z.output<typeof documentRequest>;
export const issueRequest = request({ date: isoDate, replacesDocumentId: id.nullable().default(null) });
export type IssueRequest = z.output<typeof issueRequest>;
/** What a register entry was issued from: the type and its input as validated, without the year. */
export const issuedRequest = requestOf({});
export type IssuedRequest = z.output<typeof issuedRequest>;

export const documentStatus = z.enum(['issued', 'withdrawn', 'replaced']);

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
});
export type RegisterEntry = z.infer<typeof registerEntry>;

export const breach = z.object({ code: z.string(), message: z.string() });
const stateDocument = z.custom<StateDocument>((v) => typeof v === 'object' && v !== null && 'header' in v);

export const documentFile = z.object({
  fileName: z.string(),
  base64: z.string(),
  sha256: z.string(),
  /** For a register entry: whether the rebuilt file is the one issued (false after a program change). */
  matchesRegister: z.boolean().nullable(),
});

export const documentsChannels = {
  /** The preview of a draft: the type's data, the model and the format breaches. No number, no date. */
  'documents.prepare': channel(
    documentRequest,
    z.object({ data: z.record(z.string(), z.unknown()), model: stateDocument, breaches: z.array(breach) }),
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
};
