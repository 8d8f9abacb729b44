import type { Db } from '../../../db/connection.js';
import { meetingDateProblem, type Handlers, type Meeting, type ParsedInput } from '../../contract/index.js';
import { fieldError, ServiceError } from '../errors.js';
import { inTransaction, type Trx } from '../transaction.js';
import { listMembers } from '../units/queries.js';
import { countRestsOnAttendance } from '../votes/queries.js';
import { findOpenYear } from '../years/queries.js';
import { findMeeting, listMeetings } from './queries.js';

type MeetingsHandlers = Pick<
  Handlers,
  'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.delete' | 'meetings.setAttendance'
>;
type Fields = Omit<ParsedInput<'meetings.create'>, 'yearId'>;

export const meetingsHandlers = (db: Db): MeetingsHandlers => ({
  'meetings.list': ({ yearId }) => listMeetings(db, yearId),
  'meetings.get': ({ meetingId }) => findMeeting(db, meetingId),
  'meetings.create': ({ yearId, ...fields }) => inTransaction(db, (trx) => createMeeting(trx, yearId, fields)),
  'meetings.update': ({ meetingId, ...fields }) =>
    inTransaction(db, async (trx) => {
      const meeting = await findMeeting(trx, meetingId);
      await checkFields(trx, meeting.yearId, fields, meeting.hostUnitId);
      await trx.updateTable('meetings').set(columns(fields)).where('id', '=', meetingId).execute();
      return findMeeting(trx, meetingId);
    }),
  'meetings.delete': ({ meetingId }) =>
    inTransaction(db, async (trx) => {
      const meeting = await findMeeting(trx, meetingId);
      await findOpenYear(trx, meeting.yearId);
      if (meeting.issuedDocuments > 0) {
        throw new ServiceError(
          'CONFLICT',
          `Không thể xóa “${meeting.name}”: đã có ${meeting.issuedDocuments} văn bản ban hành từ hội nghị này trong sổ đăng ký.`,
        );
      }
      await trx.deleteFrom('meetings').where('id', '=', meetingId).execute();
      return { deleted: true as const };
    }),
  'meetings.setAttendance': (input) => inTransaction(db, (trx) => setAttendance(trx, input)),
});

const columns = (f: Fields) => ({
  ...f,
  guests: JSON.stringify(f.guests),
  agenda: JSON.stringify(f.agenda),
  views: JSON.stringify(f.views),
  directions: JSON.stringify(f.directions),
});

export async function createMeeting(trx: Trx, yearId: number, fields: Fields): Promise<Meeting> {
  await checkFields(trx, yearId, fields);
  const row = await trx
    .insertInto('meetings')
    .values({ yearId, ...columns(fields) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return findMeeting(trx, row.id);
}

/**
 * The year must be open, the date in that year, the host a member; a host that has left the year since
 * (merged, removed) stays as it was when the meeting is saved again.
 */
async function checkFields(trx: Trx, yearId: number, fields: Fields, savedHost: number | null = null): Promise<void> {
  const year = await findOpenYear(trx, yearId);
  if (fields.hostUnitId !== null && fields.hostUnitId !== savedHost) {
    const members = await listMembers(trx, yearId);
    if (!members.some((m) => m.unitId === fields.hostUnitId)) {
      throw fieldError('hostUnitId', `Đơn vị chủ trì tổ chức phải là thành viên của khối trong năm ${year.year}.`);
    }
  }
  const dateProblem = fields.date ? meetingDateProblem(fields.kind, fields.date, year.year) : null;
  if (dateProblem) throw fieldError('date', dateProblem);
  if (fields.startTime && fields.endTime && fields.endTime <= fields.startTime) {
    throw fieldError('endTime', 'Giờ kết thúc phải sau giờ bắt đầu.');
  }
}

export async function setAttendance(trx: Trx, { meetingId, attendance }: ParsedInput<'meetings.setAttendance'>): Promise<Meeting> {
  const meeting = await findMeeting(trx, meetingId);
  const year = await findOpenYear(trx, meeting.yearId);
  if (await countRestsOnAttendance(trx, meetingId)) {
    throw new ServiceError(
      'CONFLICT',
      `Không thể sửa điểm danh “${meeting.name}”: kết quả kiểm phiếu đã nhập tính tỷ lệ trên số đơn vị có mặt tại hội nghị này.`,
    );
  }
  const memberIds = (await listMembers(trx, year.id)).map((m) => m.unitId);
  const members = new Set(memberIds);
  attendance.forEach((a, i) => {
    if (!members.has(a.unitId)) {
      throw fieldError(`attendance.${i}.unitId`, `Đơn vị không phải thành viên của khối trong năm ${year.year} nên không thể điểm danh.`);
    }
    if (a.status === 'represented' && a.representedBy === '') {
      throw fieldError(`attendance.${i}.representedBy`, 'Cần ghi họ tên, chức vụ người dự thay.');
    }
  });
  // Units that have left the year since keep their check-in: they were there (or not) that day.
  if (memberIds.length > 0) {
    await trx.deleteFrom('attendance').where('meetingId', '=', meetingId).where('unitId', 'in', memberIds).execute();
  }
  if (attendance.length > 0) {
    await trx
      .insertInto('attendance')
      .values(attendance.map((a) => ({ meetingId, unitId: a.unitId, status: a.status, representedBy: a.status === 'represented' ? a.representedBy : '' })))
      .execute();
  }
  return findMeeting(trx, meetingId);
}
