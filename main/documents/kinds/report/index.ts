/** Báo cáo (BC): written section by section, or drafted from a meeting's results. */
import { z } from 'zod';
import { id, optionalText, requiredText } from '../../../contract/fields.js';
import { recipients, textList } from '../shared/fields.js';
import { meetingIssueDate } from '../shared/dates.js';
import { defineKind } from '../shared/kind.js';
import { speakerProblems } from '../shared/text.js';
import { draftsFromMeeting, gatherReport } from './gather.js';
import { buildReport, typeCode } from './wording.js';

const reportTable = z.object({
  columns: z
    .array(z.object({ title: z.string(), weight: z.number().positive(), align: z.enum(['left', 'center', 'right']).optional() }))
    .min(1),
  rows: z.array(z.array(z.string())),
});
const reportContent = z.union([
  z.string(),
  z.object({ subheading: z.string() }),
  z.object({ bullet: z.string() }),
  z.object({ table: reportTable }),
]);

export const reportInput = z.object({
  /** With a meeting and no sections, the report on that meeting's results is drafted from it. */
  meetingId: id.nullable().default(null),
  subject: optionalText('Trích yếu', 300),
  /** "Kính gửi:"; defaults to the province's board. */
  addressee: textList('Kính gửi', 200).optional(),
  intro: z.array(z.string()).optional(),
  sections: z.array(z.object({ heading: requiredText('Tiêu đề mục', 300), content: z.array(reportContent) })).optional(),
  closing: z.string().optional(),
  recipients,
});
export type ReportInput = z.output<typeof reportInput>;

export const report = defineKind({
  key: 'report',
  label: 'Báo cáo',
  typeCode,
  input: reportInput,
  gather: gatherReport,
  build: buildReport,
  // On a meeting: its day. Written by hand, it may be the annual report, sent up to January of next year.
  issueDate: ({ input, sources }) => meetingIssueDate(sources, input.meetingId),
  // Drafted from a meeting, it reports the leaders' directions: each says whose it is.
  readiness: async ({ input, sources }) =>
    draftsFromMeeting(input) ? speakerProblems(await sources.meeting(input.meetingId), ['directions']) : [],
});
