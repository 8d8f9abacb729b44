/** Public API of the document layer: model, formatting rules, DOCX renderer, document types, checks. */
export * from './model.js';
export {
  DRAFT_NUMBER_BLANK,
  formatClock,
  formatDay,
  formatDocumentNumber,
  formatMeetingTime,
  formatMonth,
  formatPlaceDate,
  formatSerial,
  formatShortDate,
  formatSymbol,
  isUpperCaseText,
  isValidIsoDate,
  nfc,
  parseIsoDate,
  toRoman,
  upper,
  weekdayName,
} from './format.js';
export { buildDocx, renderDocx } from './docx/render.js';
export { A4, MARGINS, mmToTwip } from './docx/units.js';
export { checkDocument, type Breach } from './check.js';
export { checkDocx } from './docx/inspect.js';
export { headerBodyLines } from './docx/header-lines.js';
export type { DocumentBase, DocumentSettings } from './types/settings.js';
export { buildInvitation, type InvitationData } from './types/invitation.js';
export { buildMinutes, type MinutesData, type MinutesPerson, type MinutesSection } from './types/minutes.js';
export { buildReport, reportTable, type ReportContent, type ReportData, type ReportSection, type ReportTable } from './types/report.js';
export { buildLetter, type LetterData } from './types/letter.js';
export { buildAgenda, type AgendaData, type AgendaItem } from './types/agenda.js';
export { buildPledge, type PledgeData, type PledgeGroup } from './types/pledge.js';
export {
  buildDocument,
  documentTypes,
  type DocumentDataByType,
  type DocumentTypeEntry,
  type DocumentTypeKey,
} from './types/registry.js';
