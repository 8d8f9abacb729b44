/** Biên bản (BB) of a meeting of the year; the year-end conference's records the scores and the vote. */
import { z } from 'zod';
import { id } from '../../../contract/fields.js';
import { recipients } from '../shared/fields.js';
import { meetingIssueDate } from '../shared/dates.js';
import { defineKind } from '../shared/kind.js';
import { gatherMinutes } from './gather.js';
import { minutesProblems } from './readiness.js';
import { buildMinutes, typeCode } from './wording.js';
import { yearEndProblems } from './year-end.js';

export const minutesInput = z.object({ meetingId: id, recipients });
export type MinutesInput = z.output<typeof minutesInput>;

export const minutes = defineKind({
  key: 'minutes',
  label: 'Biên bản',
  typeCode,
  input: minutesInput,
  gather: gatherMinutes,
  build: buildMinutes,
  issueDate: ({ input, sources }) => meetingIssueDate(sources, input.meetingId),
  readiness: async ({ input, sources }) => {
    const meeting = await sources.meeting(input.meetingId);
    return [...minutesProblems(meeting), ...(meeting.kind === 'yearEndReview' ? await yearEndProblems(meeting, sources) : [])];
  },
});
