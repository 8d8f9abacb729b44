import type { Meeting, YearUnit } from '../../../contract/index.js';
import { sentenceCase } from '../../../common/vietnamese.js';
import type { DocumentSources, Gathered } from '../shared/kind.js';
import { meetingWith } from '../shared/meeting.js';
import { formatClock } from '../../format.js';
import { attributed, draftBase, endLines, guestLine, lines } from '../shared/text.js';
import type { MinutesInput } from './index.js';
import type { MinutesData, MinutesPerson, MinutesSection } from './wording.js';
import { withYearEnd } from './year-end.js';

/**
 * The minutes of a meeting: who came (from the check-in), chair and secretary, what was said and concluded;
 * at the year-end conference, the results of the scoring and of the vote too.
 */
export async function gatherMinutes(input: MinutesInput, sources: DocumentSources): Promise<Gathered<MinutesData>> {
  const meeting = await meetingWith(sources, input.meetingId, [
    'date', 'startTime', 'endTime', 'place', 'chair', 'secretary', 'attendance',
  ]);
  const members = await sources.members();
  // In the order of the meeting: the agenda's points, then the views and the leaders' directions, each
  // attributed to its speaker.
  const agenda: MinutesSection[] = meeting.agenda.map((a) => ({ heading: a.title, paragraphs: lines(a.summary) }));
  // The year-end conference also records the scores, the vote and next year's head, before the views.
  const content = meeting.kind === 'yearEndReview' ? await withYearEnd(agenda, meeting, members, sources) : agenda;
  if (meeting.views.length > 0) content.push({ heading: 'Ý kiến thảo luận', paragraphs: meeting.views.map((v) => attributed(v)) });
  if (meeting.directions.length > 0) {
    content.push({ heading: 'Ý kiến chỉ đạo', paragraphs: meeting.directions.map((d) => attributed(d, 'phát biểu chỉ đạo')) });
  }
  const present = meeting.attendance.filter((a) => a.status !== 'absent').length;
  const data: MinutesData = {
    ...draftBase(sources.settings, input.recipients),
    meetingName: meeting.name,
    start: { date: meeting.date, time: meeting.startTime },
    place: meeting.place,
    guests: endLines(meeting.guests.map((g) => guestLine(g, true))),
    participants: participants(meeting, members),
    attendanceCount: `${present}/${members.length}`,
    chair: person(meeting.chair),
    secretary: person(meeting.secretary),
    content,
    conclusions: lines(meeting.conclusions),
    end: { time: meeting.endTime },
    approval: `Biên bản đã được thông qua trước Hội nghị vào hồi ${formatClock(meeting.endTime)} cùng ngày và được các đại biểu nhất trí.`,
  };
  return { data, sourceMeetingId: meeting.id };
}

/** "Lê Thị C - Hiệu trưởng …" → name and position. */
function person(text: string): MinutesPerson {
  const at = text.indexOf(' - ');
  return at < 0 ? { name: text, position: '' } : { name: text.slice(0, at).trim(), position: text.slice(at + 3).trim() };
}

/** Participants by unit, in the year's member order, from the check-in. */
function participants(meeting: Meeting, members: YearUnit[]): { unit: string; people: string[] }[] {
  const byUnit = new Map(meeting.attendance.map((a) => [a.unitId, a]));
  return members.flatMap((m) => {
    const a = byUnit.get(m.unitId);
    if (!a) return [];
    if (a.status === 'absent') return [{ unit: m.name, people: ['vắng mặt'] }];
    if (a.status === 'represented') return [{ unit: m.name, people: [`đồng chí ${a.representedBy} (dự thay)`] }];
    const who = m.headName ? `đồng chí ${m.headName}` : 'đồng chí';
    return [{ unit: m.name, people: [`${who} - ${sentenceCase(m.headPosition) || 'Thủ trưởng đơn vị'}`] }];
  });
}
