/** The document types the app can draft, by key: type code, Vietnamese label and builder. */
import type { StateDocument } from '../model.js';
import { buildAgenda, type AgendaData } from './agenda.js';
import { buildInvitation, type InvitationData } from './invitation.js';
import { buildLetter, type LetterData } from './letter.js';
import { buildMinutes, type MinutesData } from './minutes.js';
import { buildPledge, type PledgeData } from './pledge.js';
import { buildReport, type ReportData } from './report.js';

export interface DocumentTypeEntry<D> {
  /** Type code in the number; null for a công văn (a thông báo built by `letter` takes "TB"). */
  typeCode: string | null;
  label: string;
  build: (data: D) => StateDocument;
}

export interface DocumentDataByType {
  invitation: InvitationData;
  minutes: MinutesData;
  report: ReportData;
  letter: LetterData;
  agenda: AgendaData;
  pledge: PledgeData;
}

export type DocumentTypeKey = keyof DocumentDataByType;

export const documentTypes: { [K in DocumentTypeKey]: DocumentTypeEntry<DocumentDataByType[K]> } = {
  invitation: { typeCode: 'GM', label: 'Giấy mời', build: buildInvitation },
  minutes: { typeCode: 'BB', label: 'Biên bản', build: buildMinutes },
  report: { typeCode: 'BC', label: 'Báo cáo', build: buildReport },
  letter: { typeCode: null, label: 'Công văn, thông báo', build: buildLetter },
  agenda: { typeCode: 'CTr', label: 'Chương trình', build: buildAgenda },
  /** No official code: the bloc's own, if any, rides in the data. */
  pledge: { typeCode: null, label: 'Bản giao ước thi đua', build: buildPledge },
};

/** Builds any registered type from its key and data. */
export function buildDocument<K extends DocumentTypeKey>(key: K, data: DocumentDataByType[K]): StateDocument {
  return documentTypes[key].build(data);
}
