/**
 * Biên bản (BB): time and place, participants by unit, chair and secretary, the content in the order
 * of the meeting, conclusions, the closing line; THƯ KÝ signs left, CHỦ TRÌ (or CHỦ TỌA) right.
 */
import type { BodyBlock, StateDocument } from '../../model.js';
import { formatClock, formatMeetingTime, formatShortDate, toRoman } from '../../format.js';
import { issuedDocument, recipientsWithArchive, type DocumentBase } from '../shared/base.js';

/** Decree 30, Appendix III. */
export const typeCode = 'BB';

export interface MinutesPerson {
  name: string;
  /** As written in running text, e.g. "Giám đốc Sở Y tế, Trưởng khối". */
  position: string;
}

export interface MinutesSection {
  /** e.g. "Thảo luận, góp ý dự thảo Quy chế hoạt động …"; numbered 1., 2. … in order. */
  heading?: string;
  paragraphs: string[];
}

export interface MinutesData extends DocumentBase {
  /** Under the title, e.g. "Hội nghị ký kết giao ước thi đua năm 2018". */
  meetingName: string;
  start: { date: string; time: string };
  place: string;
  /** Guests outside the bloc, one line each. */
  guests?: string[];
  /** Participants by unit: "Sở Y tế: đồng chí A - Giám đốc; …". */
  participants: { unit: string; people: string[] }[];
  /** How many member units attended, "11/11", shown with the participants. */
  attendanceCount?: string;
  chair: MinutesPerson;
  /** Label of the chair's signature; default "CHỦ TRÌ". */
  chairTitle?: 'CHỦ TRÌ' | 'CHỦ TỌA';
  secretary: MinutesPerson;
  content: MinutesSection[];
  conclusions: string[];
  /** End time; the date defaults to the start date. */
  end: { date?: string; time: string };
  /** Closing statement before the end line, e.g. "Biên bản đã được thông qua trước Hội nghị …". */
  approval?: string;
}

export function buildMinutes(data: MinutesData): StateDocument {
  let section = 0;
  const heading = (text: string): BodyBlock => ({ kind: 'heading', level: 1, text: `${toRoman(++section)}. ${text}` });

  const body: BodyBlock[] = [
    heading('THỜI GIAN, ĐỊA ĐIỂM'),
    { kind: 'bullet', text: `Thời gian: bắt đầu vào ${formatMeetingTime(data.start.date, data.start.time)}.` },
    { kind: 'bullet', text: `Địa điểm: ${data.place.trim()}.` },
    heading('THÀNH PHẦN THAM DỰ'),
  ];
  let group = 0;
  if (data.guests && data.guests.length > 0) {
    body.push({ kind: 'heading', level: 2, text: `${++group}. Đại biểu mời` });
    for (const g of data.guests) body.push({ kind: 'bullet', text: g });
  }
  const count = data.attendanceCount ? ` (${data.attendanceCount} đơn vị)` : '';
  body.push({ kind: 'heading', level: 2, text: `${++group}. Đại diện các đơn vị thành viên${count}` });
  for (const p of data.participants) {
    body.push({ kind: 'bullet', text: [{ text: `${p.unit}: ` }, { text: `${p.people.join('; ')}.` }] });
  }
  body.push(
    { kind: 'heading', level: 2, text: `${++group}. Chủ trì, thư ký` },
    { kind: 'bullet', text: `Chủ trì: đồng chí ${withPosition(data.chair)}.` },
    { kind: 'bullet', text: `Thư ký: đồng chí ${withPosition(data.secretary)}.` },
    heading('NỘI DUNG'),
  );
  data.content.forEach((c, i) => {
    if (c.heading) body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${c.heading}` });
    for (const p of c.paragraphs) body.push({ kind: 'paragraph', text: p });
  });
  body.push(heading('KẾT LUẬN'));
  for (const c of data.conclusions) body.push({ kind: 'paragraph', text: c });
  if (data.approval) body.push({ kind: 'paragraph', text: data.approval });
  const endDate = data.end.date ?? data.start.date;
  body.push({
    kind: 'paragraph',
    text: `Cuộc họp kết thúc vào ${formatClock(data.end.time)}, ngày ${formatShortDate(endDate)}./.`,
  });

  return issuedDocument(data, typeCode, 'BIÊN BẢN', data.meetingName, body, {
    signatures: {
      left: { authority: ['THƯ KÝ'], name: data.secretary.name },
      right: { authority: [data.chairTitle ?? 'CHỦ TRÌ'], name: data.chair.name },
    },
    // Minutes are kept, not sent: recipients only when the caller gives them.
    recipients: data.recipients ? recipientsWithArchive(data) : [],
  });
}

const withPosition = (p: MinutesPerson) => (p.position.trim() ? `${p.name} - ${p.position}` : p.name);
