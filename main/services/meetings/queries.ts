import type { MeetingTable } from '../../../db/schema.js';
import type { AgendaItemFields, Guest, Meeting, Speech } from '../../contract/index.js';
import { sortVietnamese } from '../../common/vietnamese.js';
import { notFound } from '../errors.js';
import type { Reader } from '../transaction.js';
import { listMembers } from '../units/queries.js';

type MeetingRow = Omit<MeetingTable, 'id'> & { id: number };

const parseArray = <T>(json: string): T[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? (value as T[]) : [];
};

async function toMeeting(db: Reader, row: MeetingRow): Promise<Meeting> {
  const attendance = await db.selectFrom('attendance').selectAll().where('meetingId', '=', row.id).execute();
  // Attendance follows the order of the year's member list, under the names used that year.
  const members = await listMembers(db, row.yearId);
  const byUnit = new Map(attendance.map((a) => [a.unitId, a]));
  const memberIds = new Set(members.map((m) => m.unitId));
  const former = attendance.filter((a) => !memberIds.has(a.unitId));
  const formerNames = former.length
    ? new Map((await db.selectFrom('units').select(['id', 'name']).where('id', 'in', former.map((a) => a.unitId)).execute()).map((u) => [u.id, u.name]))
    : new Map<number, string>();
  const issued = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sourceMeetingId', '=', row.id)
    .executeTakeFirst();
  return {
    ...row,
    guests: parseArray<Guest>(row.guests),
    views: parseArray<Speech>(row.views),
    directions: parseArray<Speech>(row.directions),
    // Items saved before the agenda had times and presenters read them as empty.
    agenda: parseArray<Partial<AgendaItemFields> & { title: string }>(row.agenda).map((a) => ({
      title: a.title,
      summary: a.summary ?? '',
      time: a.time ?? '',
      presenter: a.presenter ?? '',
    })),
    attendance: members.flatMap((m) => {
      const a = byUnit.get(m.unitId);
      return a ? [{ unitId: a.unitId, status: a.status, representedBy: a.representedBy, unitName: m.name }] : [];
    }),
    // A unit is named as the bloc lists it now; the year no longer lists it under its name of that year.
    formerAttendance: sortVietnamese(
      former.map((a) => ({ unitId: a.unitId, status: a.status, representedBy: a.representedBy, unitName: formerNames.get(a.unitId) ?? '' })),
      (a) => a.unitName,
    ),
    issuedDocuments: Number(issued?.n ?? 0),
  };
}

export async function findMeeting(db: Reader, meetingId: number): Promise<Meeting> {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!row) throw notFound('hội nghị');
  return toMeeting(db, row);
}

export async function listMeetings(db: Reader, yearId: number): Promise<Meeting[]> {
  const rows = await db.selectFrom('meetings').selectAll().where('yearId', '=', yearId).orderBy('date').orderBy('id').execute();
  const out: Meeting[] = [];
  for (const row of rows) out.push(await toMeeting(db, row));
  return out;
}
