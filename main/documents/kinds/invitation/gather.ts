import type { Guest, YearUnit } from '../../../contract/index.js';
import { positionAt, sentenceCase } from '../../../common/vietnamese.js';
import type { DocumentSources, Gathered } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { recipientsOfInvitation } from '../shared/recipients.js';
import { draftBase, endLines, eventName, guestLine, lines } from '../shared/text.js';
import type { InvitationInput } from './index.js';
import type { InvitationData } from './wording.js';

/** The invitation to a meeting: its guests and the member units, what it is about, when and where, whom to call. */
export async function gatherInvitation(input: InvitationInput, sources: DocumentSources): Promise<Gathered<InvitationData>> {
  const { settings } = sources;
  const meeting = await meetingWith(sources, input.meetingId, ['date', 'startTime', 'place']);
  const members = await sources.members();
  // Else the head unit's emulation officer; else the meeting's secretary, who organises it.
  const contact =
    input.contact || contactOf(members.find((m) => m.unitId === sources.year.headUnitId)) || (meeting.secretary && `đồng chí ${meeting.secretary}`);
  const data: InvitationData = {
    ...draftBase(settings, input.recipients ?? recipientsOfInvitation(settings.defaultRecipients, meeting.guests.flatMap(invited))),
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
    ...(contact && { contact: contactLine(contact) }),
  };
  return { data, sourceMeetingId: meeting.id };
}

/** An invitation goes to each unit's head: "Đồng chí Giám đốc Sở Y tế". */
const inviteeLine = (m: YearUnit) => `Đồng chí ${positionAt(sentenceCase(m.headPosition) || 'Thủ trưởng', m.name)}`;

/** How a guest may appear among the default recipients: by organisation or by name. */
const invited = (g: Guest) => [g.organisation, g.name].filter((x) => x !== '');

/** The head unit's emulation officer and phone: "đồng chí Hà Thị Q, Trường …, điện thoại: 0209 3870 123". */
function contactOf(head: YearUnit | undefined): string {
  if (!head?.officerName) return '';
  return `đồng chí ${head.officerName}, ${head.name}${head.phone ? `, điện thoại: ${head.phone}` : ''}`;
}

const contactLine = (contact: string) => `Mọi chi tiết xin liên hệ ${contact.replace(/[.;]\s*$/, '')}.`;
