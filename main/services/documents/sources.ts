// What a document kind may read of a year, over the database. Each answer is read once per draft.
import type { Meeting, Pledge, Year, YearUnit } from '../../contract/index.js';
import type { DocumentSources } from '../../documents/index.js';
import { ServiceError } from '../errors.js';
import { findMeeting, listMeetings } from '../meetings/queries.js';
import { findPledge } from '../pledges/queries.js';
import { scoringSource } from '../scoring/queries.js';
import { documentSettingsOf, findSettings } from '../settings/queries.js';
import { listMembers } from '../units/queries.js';
import type { Reader } from '../transaction.js';
import { findYearEnd } from '../votes/queries.js';

export async function documentSources(db: Reader, year: Year): Promise<DocumentSources> {
  const once = <T>(read: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => (value ??= read());
  };
  const meetings = new Map<number, Promise<Meeting>>();
  const meeting = async (meetingId: number): Promise<Meeting> => {
    const found = await findMeeting(db, meetingId);
    if (found.yearId !== year.id) throw new ServiceError('NOT_FOUND', `Không tìm thấy hội nghị này trong năm ${year.year}.`);
    return found;
  };
  const settings = await findSettings(db, year.id);
  return {
    year,
    settings: documentSettingsOf(year, settings),
    collectiveSignature: settings.collectiveSignature,
    members: once<YearUnit[]>(() => listMembers(db, year.id)),
    meeting: (meetingId) => {
      if (!meetings.has(meetingId)) meetings.set(meetingId, meeting(meetingId));
      return meetings.get(meetingId) as Promise<Meeting>;
    },
    meetings: once<Meeting[]>(() => listMeetings(db, year.id)),
    pledge: once<Pledge>(() => findPledge(db, year.id)),
    scoring: once(() => scoringSource(db, year)),
    yearEnd: once(() => findYearEnd(db, year)),
  };
}
