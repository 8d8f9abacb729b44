// What the officer types on the document screen, and the `documents.prepare` request built from it.
import type { DocumentType, IssuedRequest } from '../../main/contract/index.js';
import type { DocumentRequestInput } from './queries';

export const typeLabels: Record<DocumentType, string> = {
  invitation: 'Giấy mời',
  agenda: 'Chương trình',
  minutes: 'Biên bản',
  report: 'Báo cáo',
  letter: 'Công văn, thông báo',
  pledge: 'Giao ước thi đua',
};

/** Types drawn from a meeting alone. */
export const meetingTypes: readonly DocumentType[] = ['invitation', 'agenda', 'minutes'];

export const isDocumentType = (value: string | null): value is DocumentType =>
  value !== null && Object.hasOwn(typeLabels, value);

export interface ReportSectionDraft {
  heading: string;
  /** One paragraph a line; a line starting with "- " is a bullet. */
  content: string;
}

export interface Draft {
  type: DocumentType;
  meetingId: number | null;
  subject: string;
  /** One a line; empty: the year's default recipients. */
  recipients: string;
  /** "Kính gửi:", one a line. */
  addressee: string;
  letterKind: 'officialLetter' | 'notice';
  /** Invitation: one line for all member units' heads, or a line per unit. */
  inviteUnits: 'collective' | 'each';
  /** Letter body: one paragraph a line. */
  paragraphs: string;
  intro: string;
  sections: ReportSectionDraft[];
  closing: string;
}

export const emptyDraft = (type: DocumentType, meetingId: number | null): Draft => ({
  type,
  meetingId,
  subject: '',
  recipients: '',
  addressee: '',
  letterKind: 'officialLetter',
  inviteUnits: 'collective',
  paragraphs: '',
  intro: '',
  sections: [],
  closing: '',
});

/** Non-empty lines of a text area. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const optionalLines = (text: string) => (linesOf(text).length > 0 ? linesOf(text) : undefined);

/** Why there is no preview yet, or null when the draft can be previewed. */
export function missingForPreview(draft: Draft): string | null {
  switch (draft.type) {
    case 'invitation':
    case 'agenda':
    case 'minutes':
      return draft.meetingId === null ? 'Chọn hội nghị để xem trước văn bản.' : null;
    case 'report':
      return draft.meetingId === null && !draft.sections.some((s) => s.heading.trim())
        ? 'Chọn hội nghị để lập báo cáo kết quả hội nghị, hoặc thêm mục nội dung của báo cáo.'
        : null;
    case 'letter':
      return !draft.subject.trim() || linesOf(draft.paragraphs).length === 0
        ? 'Nhập trích yếu và nội dung để xem trước văn bản.'
        : null;
    case 'pledge':
      return null;
  }
}

export function toRequest(yearId: number, draft: Draft): DocumentRequestInput | null {
  if (missingForPreview(draft)) return null;
  const recipients = optionalLines(draft.recipients);
  switch (draft.type) {
    case 'invitation':
      return {
        yearId,
        type: 'invitation',
        input: { meetingId: draft.meetingId as number, subject: draft.subject, inviteUnits: draft.inviteUnits, recipients },
      };
    case 'minutes':
    case 'agenda':
      return { yearId, type: draft.type, input: { meetingId: draft.meetingId as number, recipients } };
    case 'pledge':
      // The pledge's contents, signatories and layout are saved with the year's pledge.
      return { yearId, type: 'pledge', input: {} };
    case 'report': {
      const sections = draft.sections
        .filter((s) => s.heading.trim() || s.content.trim())
        .map((s) => ({ heading: s.heading, content: linesOf(s.content).map(contentOf) }));
      return {
        yearId,
        type: 'report',
        input: {
          meetingId: draft.meetingId,
          subject: draft.subject,
          addressee: optionalLines(draft.addressee),
          intro: optionalLines(draft.intro),
          sections: sections.length > 0 ? sections : undefined,
          closing: draft.closing.trim() || undefined,
          recipients,
        },
      };
    }
    case 'letter':
      return {
        yearId,
        type: 'letter',
        input: {
          kind: draft.letterKind,
          subject: draft.subject,
          addressee: linesOf(draft.addressee),
          paragraphs: linesOf(draft.paragraphs),
          recipients,
        },
      };
  }
}

const contentOf = (line: string): string | { bullet: string } =>
  /^[-+]\s+/.test(line) ? { bullet: line.replace(/^[-+]\s+/, '') } : line;


type ReportContent = NonNullable<Extract<IssuedRequest, { type: 'report' }>['input']['sections']>[number]['content'][number];

/** A report content item as a line of its section's text area: the inverse of `contentOf`. */
const lineOf = (item: ReportContent): string[] => {
  if (typeof item === 'string') return [item];
  if ('bullet' in item) return [`- ${item.bullet}`];
  if ('subheading' in item) return [item.subheading];
  return []; // A table has no form on this screen.
};

const textOf = (lines: readonly string[] | undefined): string => (lines ?? []).join('\n');

/** The form a register entry was issued from, filled in again: the inverse of `toRequest`. */
export function draftFromRequest(request: IssuedRequest): Draft {
  const meetingId = 'meetingId' in request.input ? request.input.meetingId : null;
  const draft: Draft = {
    ...emptyDraft(request.type, meetingId),
    recipients: 'recipients' in request.input ? textOf(request.input.recipients) : '',
  };
  switch (request.type) {
    case 'invitation':
      return { ...draft, subject: request.input.subject, inviteUnits: request.input.inviteUnits };
    case 'minutes':
    case 'agenda':
    case 'pledge':
      return draft;
    case 'report':
      return {
        ...draft,
        subject: request.input.subject,
        addressee: textOf(request.input.addressee),
        intro: textOf(request.input.intro),
        sections: (request.input.sections ?? []).map((s) => ({ heading: s.heading, content: textOf(s.content.flatMap(lineOf)) })),
        closing: request.input.closing ?? '',
      };
    case 'letter':
      return {
        ...draft,
        letterKind: request.input.kind,
        subject: request.input.subject,
        addressee: textOf(request.input.addressee),
        paragraphs: textOf(request.input.paragraphs),
      };
  }
}
