import { z } from 'zod';
import { isValidIsoDate } from '../documents/format.js';
import { channel } from './channel.js';
import { id, optionalText, requiredText } from './fields.js';

export const meetingKind = z.enum(['signing', 'midYearReview', 'crossInspection', 'yearEndReview', 'other'], {
  error: 'Loại hội nghị không hợp lệ',
});
export type MeetingKind = z.infer<typeof meetingKind>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng năm-tháng-ngày')
  .refine(isValidIsoDate, 'Ngày không tồn tại');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng giờ:phút, ví dụ 14:00');
/** A date or time that may be left empty until it is known; empty is stored as null. */
const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([z.literal(''), schema])
    .nullable()
    .optional()
    .transform((v): string | null => v || null);

export const guest = z
  .object({
    name: optionalText('Họ tên khách mời', 80),
    position: optionalText('Chức vụ khách mời', 150),
    organisation: optionalText('Cơ quan khách mời', 150),
    /** e.g. "dự và chỉ đạo Hội nghị", "đại diện". */
    role: optionalText('Vai trò khách mời', 150),
  })
  .refine((g) => g.name !== '' || g.organisation !== '', {
    message: 'Khách mời cần có họ tên hoặc cơ quan',
    path: ['name'],
  });
export type Guest = z.infer<typeof guest>;

export const agendaItem = z.object({
  title: requiredText('Nội dung chương trình', 500),
  /** What was said on this point, for the minutes. */
  summary: optionalText('Tóm tắt nội dung', 5000),
  /** For the agenda (CTr), as written: "14h00 - 14h15". */
  time: optionalText('Thời gian', 50),
  /** For the agenda (CTr): who presents, e.g. "Trưởng khối". */
  presenter: optionalText('Người thực hiện', 200),
});
export type AgendaItemFields = z.infer<typeof agendaItem>;

/** Something said at the meeting, attributed to its speaker: minutes say whose every view is. */
export const speech = z.object({
  /** As the minutes name them: "Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh". */
  speaker: optionalText('Người phát biểu', 300),
  content: requiredText('Nội dung phát biểu', 10000),
});
export type Speech = z.infer<typeof speech>;

export const meetingFields = z.object({
  kind: meetingKind,
  name: requiredText('Tên hội nghị', 300),
  date: optional(isoDate),
  startTime: optional(clock),
  endTime: optional(clock),
  partOfDay: z.enum(['', 'sáng', 'chiều', 'tối']).default(''),
  place: optionalText('Địa điểm', 300),
  hostUnitId: id.nullable().default(null),
  /** Name and position as written: "Lê Thị C - Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối". */
  chair: optionalText('Chủ trì', 300),
  secretary: optionalText('Thư ký', 300),
  guests: z.array(guest).max(50, 'Tối đa 50 khách mời').default([]),
  agenda: z.array(agendaItem).max(30, 'Tối đa 30 nội dung chương trình').default([]),
  /** The views of the discussion, each with its speaker. */
  views: z.array(speech).max(50, 'Tối đa 50 ý kiến thảo luận').default([]),
  conclusions: optionalText('Kết luận', 20000),
  /** The directions of the leaders who attend, each with its speaker. */
  directions: z.array(speech).max(10, 'Tối đa 10 ý kiến chỉ đạo').default([]),
  notes: optionalText('Ghi chú', 5000),
});
export type MeetingFields = z.input<typeof meetingFields>;

export const attendanceStatus = z.enum(['present', 'absent', 'represented']);
export const attendanceEntry = z.object({
  unitId: id,
  status: attendanceStatus,
  /** "Nguyễn Văn X - Phó Giám đốc" when the head was represented. */
  representedBy: optionalText('Người dự thay', 150),
});
export type AttendanceEntry = z.infer<typeof attendanceEntry>;

/**
 * The days a meeting of year `year` may be held: within its year; the year-end conference also in January
 * of the next year, as blocs hold it in December or January (domain.md §2) — it reviews the year just
 * ended, so it belongs to that year even when held after it.
 */
export function meetingDates(kind: MeetingKind, year: number): { earliest: string; latest: string } {
  return { earliest: `${year}-01-01`, latest: kind === 'yearEndReview' ? `${year + 1}-01-31` : `${year}-12-31` };
}

/** Why a meeting of that kind cannot be held on `date` in year `year`, or null. */
export function meetingDateProblem(kind: MeetingKind, date: string, year: number): string | null {
  const { earliest, latest } = meetingDates(kind, year);
  if (date >= earliest && date <= latest) return null;
  const dmy = (iso: string) => iso.split('-').reverse().join('/');
  return kind === 'yearEndReview'
    ? `Hội nghị tổng kết năm ${year} họp trong năm ${year} hoặc tháng 01/${year + 1} (từ ${dmy(earliest)} đến ${dmy(latest)}).`
    : `Ngày họp phải trong năm thi đua ${year} (từ ${dmy(earliest)} đến ${dmy(latest)}).`;
}

export const attendee = attendanceEntry.extend({ unitName: z.string() });

export const meeting = meetingFields.extend({
  id,
  yearId: id,
  /** The check-in of the year's member units, as recorded; a member with no entry is not yet checked in. */
  attendance: z.array(attendee),
  /** Check-ins of units that are no longer members of the year (removed, retired or merged since): kept as recorded. */
  formerAttendance: z.array(attendee),
  /** Documents issued from it; a meeting with any cannot be deleted. */
  issuedDocuments: z.number().int(),
});
export type Meeting = z.infer<typeof meeting>;

export const meetingsChannels = {
  'meetings.list': channel(z.object({ yearId: id }), z.array(meeting)),
  'meetings.get': channel(z.object({ meetingId: id }), meeting),
  'meetings.create': channel(meetingFields.extend({ yearId: id }), meeting),
  'meetings.update': channel(meetingFields.extend({ meetingId: id }), meeting),
  'meetings.delete': channel(z.object({ meetingId: id }), z.object({ deleted: z.literal(true) })),
  /** Check-in: replaces the attendance of the year's members; that of former members stays as recorded. */
  'meetings.setAttendance': channel(
    z
      .object({ meetingId: id, attendance: z.array(attendanceEntry) })
      .refine((v) => new Set(v.attendance.map((a) => a.unitId)).size === v.attendance.length, {
        message: 'Mỗi đơn vị chỉ điểm danh một lần',
        path: ['attendance'],
      }),
    meeting,
  ),
};
