/**
 * Công văn and thông báo. A công văn has no title: its subject "V/v …" sits under the number and its
 * symbol has no type code. A thông báo (TB) has the title "THÔNG BÁO" and its subject under the title.
 */
import type { BodyBlock, RichText, StateDocument } from '../../model.js';
import { headerOf, optionsOf, recipientsWithArchive, type DocumentBase } from '../shared/base.js';

export interface LetterData extends DocumentBase {
  kind: 'officialLetter' | 'notice';
  /** Without "V/v", e.g. "đề nghị gửi báo cáo tự chấm điểm thi đua năm 2018". */
  subject: string;
  /** "Kính gửi:" lines; usual for a công văn, rare for a thông báo. */
  addressee: string[];
  legalBases?: string[];
  paragraphs: RichText[];
}

export function buildLetter(data: LetterData): StateDocument {
  const notice = data.kind === 'notice';
  const body: BodyBlock[] = data.paragraphs.map((text) => ({ kind: 'paragraph', text }));
  return {
    header: headerOf(data, notice ? 'TB' : null),
    title: notice ? 'THÔNG BÁO' : null,
    subject: notice
      ? { placement: 'underTitle', lines: [data.subject] }
      : { placement: 'underNumber', text: data.subject.replace(/^V\/v\s*/i, '') },
    addressee: data.addressee,
    legalBases: data.legalBases ?? [],
    body,
    signatures: { right: data.signature ?? data.settings.signature },
    recipients: recipientsWithArchive(data),
    options: optionsOf(data),
  };
}
