// The year-end conference the vote is held at: the rules name it (by default the year's latest year-end
// review). Its day dates the ballots, the vote-count minutes and the proposal.
import type { Meeting } from '../../../contract/index.js';
import type { DocumentSources } from '../shared/kind.js';

/** The conference the year's vote rules name; null while none is chosen. */
export async function conference(sources: DocumentSources, meetingId?: number | null): Promise<Meeting | null> {
  const id = meetingId ?? (await sources.yearEnd()).rules.meetingId;
  return id === null ? null : sources.meeting(id);
}

export const conferenceDate = async (sources: DocumentSources, meetingId?: number | null): Promise<string | null> =>
  (await conference(sources, meetingId))?.date ?? null;
