/**
 * The year's settings every document type needs. They come from the year's data (names change from
 * year to year), never from constants, so an old year's documents print with that year's names.
 */
import type { SignatureBlock, StateDocument } from '../../model.js';

export interface DocumentSettings {
  /** "UBND TỈNH BẮC KẠN" */
  governingBody: string;
  /** "KHỐI THI ĐUA VĂN HÓA - XÃ HỘI" */
  issuingBody: string;
  /** Symbol of the issuer in the number: "KTĐVHXH" */
  issuerCode: string;
  /** Place in the date line: "Bắc Kạn" */
  place: string;
  /** The bloc's name in running text: "Khối thi đua Văn hóa - Xã hội" */
  blocName: string;
  /** How the bloc signs, e.g. { authority: ["TRƯỞNG KHỐI", "GIÁM ĐỐC SỞ Y TẾ"], name: "…" }. */
  signature: SignatureBlock;
  /** Usual recipients, without the archive entry, e.g. ["Ban Thi đua - Khen thưởng tỉnh", "Các đơn vị thành viên"]. */
  defaultRecipients: string[];
  /** Archive entry after "Lưu:", e.g. "VT, KTĐVHXH"; default "VT". */
  archive?: string;
  bodyFontSize: 13 | 14;
}

/** Fields every document type's data has. */
export interface DocumentBase {
  settings: DocumentSettings;
  /** Serial number; null or omitted for a draft. */
  number?: string | number | null;
  /** Date of issue, yyyy-mm-dd; null for a draft. */
  date: string | null;
  /** Replaces the default recipients (the archive entry is added). */
  recipients?: string[];
  /** Replaces the bloc's signature block. */
  signature?: SignatureBlock;
}

/** Recipients with the "Lưu: …" entry last, unless the caller already wrote one. */
export function recipientsWithArchive(base: DocumentBase): string[] {
  const list = (base.recipients ?? base.settings.defaultRecipients).filter((r) => r.trim() !== '');
  if (list.some((r) => /^-?\s*Lưu\s*:/u.test(r.normalize('NFC')))) return list;
  return [...list, `Lưu: ${base.settings.archive?.trim() || 'VT'}`];
}

/** The header of a document of the given type code. */
export function headerOf(base: DocumentBase, typeCode: string | null, numbered = true): StateDocument['header'] {
  const s = base.settings;
  return {
    ...(numbered ? {} : { numbered: false }),
    governingBody: s.governingBody,
    issuingBody: s.issuingBody,
    number: base.number === undefined || base.number === null ? null : String(base.number),
    typeCode,
    issuerCode: s.issuerCode,
    place: s.place,
    date: base.date,
  };
}

export function optionsOf(base: DocumentBase): StateDocument['options'] {
  return { bodyFontSize: base.settings.bodyFontSize, orientation: 'portrait' };
}

/**
 * The usual document of a type: its header, title and subject line, signed by the bloc, sent to the
 * default recipients. Each type passes only what differs (addressee, left signer, recipients…).
 */
export function issuedDocument(
  data: DocumentBase,
  typeCode: string,
  title: string,
  subject: string,
  body: StateDocument['body'],
  overrides: Partial<StateDocument> = {},
): StateDocument {
  return {
    header: headerOf(data, typeCode),
    title,
    subject: { placement: 'underTitle', lines: [subject] },
    addressee: [],
    legalBases: [],
    body,
    signatures: { right: data.signature ?? data.settings.signature },
    recipients: recipientsWithArchive(data),
    options: optionsOf(data),
    ...overrides,
  };
}
