/**
 * A document drafted from the officer's request: its kind, the year's sources, the data gathered, and
 * the rules that decide whether and when it may be issued. The preview and `documents.issue` both go
 * through here, so the window never allows what the services refuse.
 */
import type { DocumentRequest, Year } from '../../contract/index.js';
import { formatShortDate, kindOf, type AnyKind, type Draft, type Problem } from '../../documents/index.js';
import { fieldError, ServiceError } from '../errors.js';
import { documentSources } from './sources.js';
import type { Reader } from '../transaction.js';

export interface DraftedDocument extends Draft {
  kind: AnyKind;
  year: Year;
  sourceMeetingId: number | null;
}

export async function draftDocument(db: Reader, year: Year, request: DocumentRequest): Promise<DraftedDocument> {
  const kind = kindOf(request.type);
  const sources = await documentSources(db, year);
  const { data, sourceMeetingId } = await kind.gather(request.input, sources);
  return { kind, year, sources, input: request.input, data, sourceMeetingId };
}

/** What must still be filled in; issuing refuses while any is left. */
export const problemsOf = (draft: DraftedDocument): Promise<Problem[]> => Promise.resolve(draft.kind.readiness(draft));

export async function refuseProblems(draft: DraftedDocument): Promise<void> {
  const problems = await problemsOf(draft);
  if (problems.length === 0) return;
  throw new ServiceError(
    'VALIDATION',
    `Chưa thể ban hành: ${problems.map((p) => p.message).join(' ')}`,
    Object.fromEntries(problems.map((p) => [p.field, p.message])),
  );
}

export interface IssueDates {
  /** The date the dialog opens on; null when there is no sensible one (the officer picks). */
  default: string | null;
  earliest: string;
  latest: string;
  /** The rule in words, the message when a date breaks it. */
  rule: string;
}

/**
 * A document is dated in its year; a year-end document may also be dated in January of the next year.
 * The default is the kind's (the meeting's date, the signing conference's…), else today if it fits.
 */
export async function issueDatesOf(draft: DraftedDocument, today: string): Promise<IssueDates> {
  const { default: proposed, yearEnd } = await draft.kind.issueDate(draft);
  const y = draft.year.year;
  const earliest = `${y}-01-01`;
  const latest = yearEnd ? `${y + 1}-01-31` : `${y}-12-31`;
  const rule = yearEnd
    ? `Ngày ban hành phải từ ${formatShortDate(earliest)} đến ${formatShortDate(latest)} (văn bản cuối năm ${y} có thể ghi ngày trong tháng 01 năm ${y + 1}).`
    : `Ngày ban hành phải trong năm ${y} (từ ${formatShortDate(earliest)} đến ${formatShortDate(latest)}).`;
  const fits = (date: string | null): date is string => date !== null && date >= earliest && date <= latest;
  return { default: fits(proposed) ? proposed : fits(today) ? today : null, earliest, latest, rule };
}

export function refuseDate(dates: IssueDates, date: string): void {
  if (date < dates.earliest || date > dates.latest) throw fieldError('date', dates.rule);
}
