/** Chương trình (CTr) of a meeting: its agenda items, with times and presenters when given. */
import { z } from 'zod';
import { id } from '../../../contract/fields.js';
import { recipients } from '../shared/fields.js';
import { meetingIssueDate } from '../shared/dates.js';
import { defineKind, type DocumentSources } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { draftBase } from '../shared/text.js';
import { buildAgenda, type AgendaData, typeCode } from './wording.js';

export const agendaInput = z.object({ meetingId: id, recipients });
export type AgendaInput = z.output<typeof agendaInput>;

async function gather(input: AgendaInput, sources: DocumentSources) {
  const meeting = await meetingWith(sources, input.meetingId, ['date', 'startTime', 'place', 'agenda']);
  const data: AgendaData = {
    ...draftBase(sources.settings, input.recipients),
    meetingName: meeting.name,
    start: { date: meeting.date, time: meeting.startTime },
    place: meeting.place,
    ...(meeting.chair && { chair: `Đồng chí ${meeting.chair.replace(/\.$/, '')}` }),
    items: meeting.agenda.map((a) => ({
      title: a.title,
      ...(a.time && { time: a.time }),
      ...(a.presenter && { presenter: a.presenter }),
    })),
  };
  return { data, sourceMeetingId: meeting.id };
}

export const agenda = defineKind({
  key: 'agenda',
  label: 'Chương trình',
  typeCode,
  input: agendaInput,
  gather,
  build: buildAgenda,
  // It travels with the invitation.
  issueDate: ({ input, sources }) => meetingIssueDate(sources, input.meetingId, true),
});
