import type { YearUnit } from '../../../contract/index.js';
import { positionAt, sentenceCase } from '../../../common/vietnamese.js';
import type { DocumentSources, Gathered } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { endLines, eventName, guestLine, lines, withRecipients } from '../shared/text.js';
import type { InvitationInput } from './index.js';
import type { InvitationData } from './wording.js';

/** The invitation to a meeting: its guests and the member units, what it is about, when and where. */
export async function gatherInvitation(input: InvitationInput, sources: DocumentSources): Promise<Gathered<InvitationData>> {
  const { settings } = sources;
  const meeting = await meetingWith(sources, input.meetingId, ['date', 'startTime', 'place']);
  const members = await sources.members();
  const data: InvitationData = {
    settings,
    number: null,
    date: null,
    ...withRecipients(input.recipients),
    subject: input.subject || `Dự ${meeting.name}`,
    invitees: endLines([
      ...meeting.guests.map((g) => guestLine(g, false)),
      ...(input.inviteUnits === 'each' ? members.map(inviteeLine) : [`Lãnh đạo các đơn vị thành viên ${settings.blocName}`]),
    ]),
    event: `${eventName(meeting.name, settings)}.`,
    content: endLines(meeting.agenda.map((a) => a.title)),
    ...(meeting.chair && { chair: `đồng chí ${meeting.chair.replace(/\.$/, '')}.` }),
    start: { date: meeting.date, time: meeting.startTime },
    place: meeting.place,
    notes: lines(meeting.notes),
  };
  return { data, sourceMeetingId: meeting.id };
}

/** An invitation goes to each unit's head: "Đồng chí Giám đốc Sở Y tế". */
const inviteeLine = (m: YearUnit) => `Đồng chí ${positionAt(sentenceCase(m.headPosition) || 'Thủ trưởng', m.name)}`;
