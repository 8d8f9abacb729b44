import type { Meeting } from '../../../contract/index.js';
import { sentenceCase } from '../../../common/vietnamese.js';
import { formatShortDate } from '../../format.js';
import type { DocumentSources, Gathered } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { recipientsUnderAddressee } from '../shared/recipients.js';
import { attributed, draftBase, guestLine, lines } from '../shared/text.js';
import type { LetterInput } from './index.js';
import type { LetterData } from './wording.js';

/** A notice with a meeting and no paragraphs of its own reports that meeting's results. */
export const draftsFromMeeting = (input: LetterInput): input is LetterInput & { meetingId: number } =>
  input.kind === 'notice' && input.meetingId !== null && input.paragraphs.length === 0;

export async function gatherLetter(input: LetterInput, sources: DocumentSources): Promise<Gathered<LetterData>> {
  const { settings } = sources;
  const fromMeeting = draftsFromMeeting(input) ? await meetingNotice(input.meetingId, sources) : null;
  const data: LetterData = {
    ...draftBase(settings, input.recipients ?? (input.addressee.length > 0 ? recipientsUnderAddressee(settings.defaultRecipients, input.addressee) : undefined)),
    // A notice is the bloc's: signed for the collective; a routine letter by the head of the bloc.
    ...(input.kind === 'notice' && { signature: sources.collectiveSignature }),
    kind: input.kind,
    subject: input.subject || (fromMeeting?.subject ?? ''),
    addressee: input.addressee,
    paragraphs: fromMeeting?.paragraphs ?? input.paragraphs,
  };
  return { data, sourceMeetingId: fromMeeting ? fromMeeting.meeting.id : null };
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/**
 * "THÔNG BÁO Kết quả Hội nghị …": when and where, who attended, what the conference did and concluded,
 * and the leaders' directions in their own name; the bloc does not publish a leader's conclusions.
 */
async function meetingNotice(meetingId: number, sources: DocumentSources) {
  const meeting: Meeting & { date: string } = await meetingWith(sources, meetingId, ['date', 'place', 'attendance']);
  const { blocName } = sources.settings;
  const members = await sources.members();
  const present = meeting.attendance.filter((a) => a.status !== 'absent').length;
  const when = `${meeting.partOfDay ? `${sentenceCase(meeting.partOfDay)} ` : ''}ngày ${formatShortDate(meeting.date)}`;
  const attendees = [
    ...meeting.guests.map((g) => lowerFirst(guestLine(g, false))),
    `lãnh đạo ${present}/${members.length} đơn vị thành viên Khối`,
  ];
  const done = meeting.agenda.map((a) => lowerFirst(a.title.replace(/[.;]\s*$/, '')));
  const paragraphs = [
    `${when}, tại ${meeting.place.replace(/\.$/, '')}, ${blocName} tổ chức ${meeting.name}. Dự Hội nghị có ${attendees.join('; ')}.`,
    ...(done.length > 0 ? [`Hội nghị đã tiến hành các nội dung: ${done.join('; ')}.`] : []),
    ...lines(meeting.conclusions),
    ...meeting.directions.map((d) => attributed(d, 'phát biểu chỉ đạo')),
    'Trưởng khối thông báo để các đơn vị thành viên biết, thực hiện./.',
  ];
  return { meeting, subject: `Kết quả ${meeting.name}`, paragraphs };
}
