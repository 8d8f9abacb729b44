/**
 * From an officer's request to a document type's data: the year's settings and names, the meeting,
 * its attendance. Everything is resolved here, so the data alone rebuilds the document (the snapshot).
 */
import type { DocumentRequest, Guest, Meeting, Year, YearUnit } from '../../contract/index.js';
import type { DocumentDataByType, DocumentSettings, MinutesPerson, ReportSection } from '../../documents/index.js';
import { formatShortDate } from '../../documents/index.js';
import { cleanText, positionAt, sentenceCase } from '../../common/vietnamese.js';
import { fieldError, ServiceError } from '../errors.js';
import { findMeeting } from '../meetings/queries.js';
import { documentSettingsOf } from '../settings/queries.js';
import type { Trx } from '../transaction.js';
import { findPledge, readPledge } from '../pledges/queries.js';
import { listMembers } from '../units/queries.js';
import type { Db } from '../../../db/connection.js';

type Reader = Db | Trx;

export type Assembled = {
  [K in keyof DocumentDataByType]: { type: K; data: DocumentDataByType[K]; sourceMeetingId: number | null };
}[keyof DocumentDataByType];

export async function assemble(db: Reader, year: Year, request: DocumentRequest): Promise<Assembled> {
  const settings = await documentSettingsOf(db, year);
  const base = { settings, number: null, date: null };
  switch (request.type) {
    case 'invitation': {
      const { meeting, members } = await meetingOf(db, year, request.input.meetingId, ['date', 'startTime', 'place']);
      const data = {
        ...base,
        ...withRecipients(request.input.recipients),
        subject: request.input.subject || `Dự ${meeting.name}`,
        invitees: endLines([
          ...meeting.guests.map((g) => guestLine(g, false)),
          ...(request.input.inviteUnits === 'each'
            ? members.map(inviteeLine)
            : [`Lãnh đạo các đơn vị thành viên ${settings.blocName}`]),
        ]),
        event: `${eventName(meeting.name, settings)}.`,
        content: endLines(meeting.agenda.map((a) => a.title)),
        ...(meeting.chair && { chair: `đồng chí ${meeting.chair.replace(/\.$/, '')}.` }),
        start: { date: meeting.date as string, time: meeting.startTime as string },
        place: meeting.place,
        notes: lines(meeting.notes),
      };
      return { type: 'invitation', data, sourceMeetingId: meeting.id };
    }
    case 'minutes': {
      const { meeting, members } = await meetingOf(db, year, request.input.meetingId, [
        'date', 'startTime', 'endTime', 'place', 'chair', 'secretary', 'attendance',
      ]);
      const content = meeting.agenda.map((a) => ({ heading: a.title, paragraphs: lines(a.summary) }));
      if (meeting.discussion) content.push({ heading: 'Ý kiến thảo luận', paragraphs: lines(meeting.discussion) });
      const data = {
        ...base,
        ...withRecipients(request.input.recipients),
        meetingName: meeting.name,
        start: { date: meeting.date as string, time: meeting.startTime as string },
        place: meeting.place,
        guests: endLines(meeting.guests.map((g) => guestLine(g, true))),
        participants: participants(meeting, members),
        chair: person(meeting.chair),
        secretary: person(meeting.secretary),
        content,
        conclusions: [...lines(meeting.conclusions), ...lines(meeting.directions)],
        end: { time: meeting.endTime as string },
        approval: 'Biên bản đã được thông qua trước Hội nghị và được các đại biểu nhất trí.',
      };
      return { type: 'minutes', data, sourceMeetingId: meeting.id };
    }
    case 'report': {
      const input = request.input;
      const addressee = input.addressee ?? [year.provincialBoard || 'Ban Thi đua - Khen thưởng tỉnh'];
      if (input.sections && input.sections.length > 0) {
        if (!input.subject) throw fieldError('input.subject', 'Trích yếu không được để trống');
        const data = {
          ...base,
          ...withRecipients(input.recipients),
          subject: input.subject,
          addressee,
          intro: input.intro ?? [],
          sections: input.sections,
          ...(input.closing && { closing: input.closing }),
        };
        return { type: 'report', data, sourceMeetingId: input.meetingId };
      }
      if (input.meetingId === null) {
        throw fieldError('input.sections', 'Báo cáo cần ít nhất một mục nội dung, hoặc chọn hội nghị để lập báo cáo kết quả.');
      }
      const { meeting, members } = await meetingOf(db, year, input.meetingId, ['date', 'place', 'attendance']);
      const data = {
        ...base,
        ...withRecipients(input.recipients),
        subject: input.subject || `Kết quả ${meeting.name}`,
        addressee,
        ...meetingReport(meeting, members, settings, await attachedPledge(db, year, meeting)),
      };
      return { type: 'report', data, sourceMeetingId: meeting.id };
    }
    case 'agenda': {
      const { meeting } = await meetingOf(db, year, request.input.meetingId, ['date', 'startTime', 'place', 'agenda']);
      const data = {
        ...base,
        ...withRecipients(request.input.recipients),
        meetingName: meeting.name,
        start: { date: meeting.date as string, time: meeting.startTime as string },
        place: meeting.place,
        ...(meeting.chair && { chair: `Đồng chí ${meeting.chair.replace(/\.$/, '')}` }),
        items: meeting.agenda.map((a) => ({
          title: a.title,
          ...(a.time && { time: a.time }),
          ...(a.presenter && { presenter: a.presenter }),
        })),
      };
      return { type: 'agenda', data, sourceMeetingId: meeting.id };
    }
    case 'pledge': {
      const pledge = await findPledge(db, year.id);
      const data = {
        ...base,
        ...(pledge.recipients.length > 0 && { recipients: pledge.recipients }),
        title: pledge.title,
        subject: pledge.subject,
        legalBases: pledge.legalBases,
        preamble: pledge.preamble,
        groups: pledge.groups.map((g) => ({ ...(g.title && { title: g.title }), items: g.items.map((i) => i.text) })),
        implementation: pledge.implementation,
        signatories: pledge.signatories.map((sig) => sig.block),
        perRow: pledge.perRow,
        typeCode: pledge.typeCode,
        numbered: pledge.numbered,
      };
      return { type: 'pledge', data, sourceMeetingId: null };
    }
    case 'letter': {
      const input = request.input;
      const data = {
        ...base,
        ...withRecipients(input.recipients),
        kind: input.kind,
        subject: input.subject,
        addressee: input.addressee,
        paragraphs: input.paragraphs,
      };
      return { type: 'letter', data, sourceMeetingId: null };
    }
  }
}

const withRecipients = (recipients: string[] | undefined) => (recipients ? { recipients } : {});

/** Non-empty lines of a multi-line field, each a paragraph. */
const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map(cleanText)
    .filter((l) => l !== '');

/** Lines of a list: ";" after each, "." after the last. */
function endLines(items: string[]): string[] {
  return items.map((t, i) => `${t.replace(/[;.,]\s*$/, '')}${i === items.length - 1 ? '.' : ';'}`);
}

function eventName(name: string, settings: DocumentSettings): string {
  const lowerName = name.toLocaleLowerCase('vi');
  return lowerName.includes(settings.blocName.toLocaleLowerCase('vi')) ? name : `${name} ${settings.blocName}`;
}

/** "Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", or the organisation's representative. */
function guestLine(g: Guest, withRole: boolean): string {
  const role = withRole && g.role && g.role !== 'đại diện' ? `, ${g.role}` : '';
  if (g.name) {
    const where = [g.position, g.organisation].filter(Boolean).join(', ');
    return `Đồng chí ${g.name}${where ? ` - ${where}` : ''}${role}`;
  }
  return `Đại diện lãnh đạo ${g.organisation}${role}`;
}

/** An invitation goes to each unit's head: "Đồng chí Giám đốc Sở Y tế". */
const inviteeLine = (m: YearUnit) => `Đồng chí ${positionAt(sentenceCase(m.headPosition) || 'Thủ trưởng', m.name)}`;

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

/** The signing conference's report goes with the pledge the units signed, when the year has one. */
async function attachedPledge(db: Reader, year: Year, meeting: Meeting): Promise<string | null> {
  if (meeting.kind !== 'signing') return null;
  const pledge = await readPledge(db, year.id);
  return pledge ? sentenceCase(pledge.title) : null;
}

/** The report to the province on a meeting's results; `attachment` is sent with it ("Bản giao ước …"). */
function meetingReport(meeting: Meeting, members: YearUnit[], settings: DocumentSettings, attachment: string | null) {
  const attended = meeting.attendance.filter((a) => a.status !== 'absent');
  const absent = meeting.attendance.filter((a) => a.status === 'absent').map((a) => a.unitName);
  const when = `${meeting.partOfDay ? `${sentenceCase(meeting.partOfDay)} ` : ''}ngày ${formatShortDate(meeting.date as string)}`;
  const sections: ReportSection[] = [
    {
      heading: 'Thành phần tham dự',
      content: [
        ...meeting.guests.map((g) => ({ bullet: `${guestLine(g, true)}.` })),
        {
          bullet:
            `Đại diện lãnh đạo ${attended.length}/${members.length} đơn vị thành viên Khối` +
            (absent.length > 0 ? ` (vắng: ${absent.join(', ')}).` : '.'),
        },
      ],
    },
    {
      heading: 'Nội dung hội nghị',
      content: meeting.agenda.flatMap((a) => [{ bullet: `${a.title.replace(/[.;]$/, '')}.` }, ...lines(a.summary)]),
    },
  ];
  const conclusions = [...lines(meeting.conclusions), ...lines(meeting.directions)];
  if (conclusions.length > 0) sections.push({ heading: 'Kết luận, chỉ đạo', content: conclusions });
  return {
    intro: [
      `${when}, tại ${meeting.place}, ${settings.blocName} đã tổ chức ${meeting.name}. ` +
        `${settings.blocName} báo cáo kết quả như sau:`,
    ],
    sections,
    closing: attachment
      ? `Trên đây là báo cáo kết quả ${meeting.name} của ${settings.blocName}. ` +
        `Gửi kèm ${attachment} đã được thủ trưởng các đơn vị thành viên ký kết./.`
      : `Trên đây là báo cáo kết quả ${meeting.name} của ${settings.blocName}./.`,
  };
}

type Need = 'date' | 'startTime' | 'endTime' | 'place' | 'chair' | 'secretary' | 'attendance' | 'agenda';
const NEED_LABELS: Record<Need, string> = {
  date: 'ngày họp',
  startTime: 'giờ bắt đầu',
  endTime: 'giờ kết thúc',
  place: 'địa điểm',
  chair: 'người chủ trì',
  secretary: 'thư ký',
  attendance: 'điểm danh các đơn vị dự họp',
  agenda: 'nội dung chương trình',
};

/** The meeting, in this year, with every field the document needs; the message names what is missing. */
async function meetingOf(db: Reader, year: Year, meetingId: number, needs: Need[]) {
  const meeting = await findMeeting(db, meetingId);
  if (meeting.yearId !== year.id) throw new ServiceError('NOT_FOUND', `Không tìm thấy hội nghị này trong năm ${year.year}.`);
  const missing = needs.filter((n) => (n === 'attendance' || n === 'agenda' ? meeting[n].length === 0 : !meeting[n]));
  if (missing.length > 0) {
    const list = missing.map((n) => NEED_LABELS[n]).join(', ');
    const message = `Chưa thể lập văn bản từ “${meeting.name}”: còn thiếu ${list}.`;
    const fieldErrors = Object.fromEntries(missing.map((n) => [n, `Cần nhập ${NEED_LABELS[n]} trước khi lập văn bản.`]));
    throw new ServiceError('VALIDATION', message, fieldErrors);
  }
  return { meeting, members: await listMembers(db, year.id) };
}
