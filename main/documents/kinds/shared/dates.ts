// Default issue dates of documents drawn from a meeting.
import dayjs from 'dayjs';
import type { Meeting } from '../../../contract/index.js';
import type { DocumentSources, IssueDate } from './kind.js';

/**
 * An invitation goes out a week before the meeting (QĐ 45/2018/QĐ-TTg: at least 03 working days), on a
 * working day: a week before a Monday meeting is a Monday, before a weekend one the Friday before.
 */
export function weekBefore(isoDate: string): string {
  let day = dayjs(isoDate).subtract(7, 'day');
  while (day.day() === 0 || day.day() === 6) day = day.subtract(1, 'day');
  return day.format('YYYY-MM-DD');
}

/** A year-end conference's documents may be dated in January of the next year. */
export const isYearEnd = (meeting: Meeting) => meeting.kind === 'yearEndReview';

/** The meeting's documents are dated the day it is held (the invitation and agenda, a week before). */
export async function meetingIssueDate(sources: DocumentSources, meetingId: number | null, before = false): Promise<IssueDate> {
  if (meetingId === null) return { default: null, yearEnd: true };
  const meeting = await sources.meeting(meetingId);
  const date = meeting.date && before ? weekBefore(meeting.date) : meeting.date;
  return { default: date, yearEnd: isYearEnd(meeting) };
}
