/** Biên bản (BB) of a meeting of the year. */
import { z } from 'zod';
import { id } from '../../../contract/fields.js';
import { recipients } from '../shared/fields.js';
import { meetingIssueDate } from '../shared/dates.js';
import { defineKind } from '../shared/kind.js';
import { gatherMinutes } from './gather.js';
import { minutesProblems } from './readiness.js';
import { buildMinutes, typeCode } from './wording.js';

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
  readiness: async ({ input, sources }) => minutesProblems(await sources.meeting(input.meetingId)),
});
