// The form of every document kind, by key (main/documents/kinds/registry.ts lists the kinds themselves).
// Typed by the contract's kinds, so a kind without a form does not compile.
import type { DocumentType } from '../../../main/contract/index.js';
import { agendaForm } from './agenda';
import { ballotForm } from './ballot';
import { annualReportForm } from './annual-report';
import { invitationForm } from './invitation';
import { kinds } from '../../../main/documents/kinds/registry.js';
import type { AnyDraft, AnyKindForm, KindForm } from './kind';
import { letterForm } from './letter';
import { minutesForm } from './minutes';
import { pledgeForm } from './pledge';
import { proposalForm } from './proposal';
import { reportForm } from './report';
import { scoreSummaryForm } from './score-summary';
import { voteCountMinutesForm } from './vote-count-minutes';

const forms = {
  invitation: invitationForm,
  agenda: agendaForm,
  minutes: minutesForm,
  report: reportForm,
  letter: letterForm,
  pledge: pledgeForm,
  scoreSummary: scoreSummaryForm,
  ballot: ballotForm,
  voteCountMinutes: voteCountMinutesForm,
  proposal: proposalForm,
  annualReport: annualReportForm,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies { [K in DocumentType]: KindForm<K, any> };

/** Every kind's form alike, for the document screen. */
export const kindForms: Record<DocumentType, AnyKindForm> = forms;

/** The type picker's label of a kind, e.g. "Giấy mời". */
export const kindLabel = (type: DocumentType): string => kinds[type].label;

export const isDocumentType = (value: string | null): value is DocumentType => value !== null && Object.hasOwn(kinds, value);

/** A new draft of a kind, keeping the meeting (or the vote's round) the screen was opened from. */
export const emptyDraft = (type: DocumentType, meetingId: number | null, roundId: number | null = null): AnyDraft => ({
  type,
  value: kindForms[type].empty(meetingId, roundId),
});
