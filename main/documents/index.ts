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
export { A4, MARGINS, mmToTwip } from './layout/units.js';
export { checkDocument, type Breach } from './check.js';
export { checkDocx } from './docx/inspect.js';
export { headerBodyLines } from './layout/header-lines.js';
export type { DocumentBase, DocumentSettings } from './kinds/shared/base.js';
export type { AnyKind, DocumentKind, DocumentSources, Draft, IssueDate, Problem, ScoringSource } from './kinds/shared/kind.js';
export { kindKeys, kindOf, kinds, type KindKey } from './kinds/registry.js';
export { buildInvitation, type InvitationData } from './kinds/invitation/wording.js';
export { buildMinutes, type MinutesData, type MinutesPerson, type MinutesSection } from './kinds/minutes/wording.js';
export { buildReport, reportTable, type ReportContent, type ReportData, type ReportSection, type ReportTable } from './kinds/report/wording.js';
export { buildLetter, type LetterData } from './kinds/letter/wording.js';
export { buildAgenda, type AgendaData, type AgendaItem } from './kinds/agenda/wording.js';
export { buildPledge, type PledgeData, type PledgeGroup } from './kinds/pledge/wording.js';
