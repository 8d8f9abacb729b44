// Meetings: what documents need of them, who may check in, who is invited and listed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../main/contract/index.js';
import { openDemoYear, openTestServices, type TestServices } from '../../support/services.js';

let s: TestServices;
let blocId: number;
let yearId: number;
let signing: Meeting;

beforeEach(async () => {
  s = await openTestServices();
  const demo = await openDemoYear(s);
  ({ blocId, yearId } = demo);
  signing = demo.signing!;
});
afterEach(() => s.close());

describe('meetings', () => {
  const bare = { kind: 'midYearReview', name: 'Hội nghị sơ kết 6 tháng đầu năm 2018' } as const;

  it('without a date or place cannot produce documents, and the message says what is missing', async () => {
    const meeting = await s.ok('meetings.create', { yearId, ...bare, startTime: '08:00' });
    const result = await s.call('documents.prepare', { yearId, type: 'invitation', input: { meetingId: meeting.id } });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: 'Chưa thể lập văn bản từ “Hội nghị sơ kết 6 tháng đầu năm 2018”: còn thiếu ngày họp, địa điểm.',
      fieldErrors: { date: 'Cần nhập ngày họp trước khi lập văn bản.', place: 'Cần nhập địa điểm trước khi lập văn bản.' },
    });
    await s.ok('meetings.update', { meetingId: meeting.id, ...bare, startTime: '08:00', date: '2018-07-10' });
    expect(await s.call('documents.issue', { yearId, type: 'invitation', input: { meetingId: meeting.id }, date: '2018-07-01' })).toMatchObject({
      ok: false,
      message: 'Chưa thể lập văn bản từ “Hội nghị sơ kết 6 tháng đầu năm 2018”: còn thiếu địa điểm.',
    });
  });

  it('refuse attendance of a unit outside the year’s membership', async () => {
    const y2020 = (await s.ok('years.list', { blocId })).find((y) => y.year === 2020)!;
    const merged = (await s.ok('units.list', { yearId: y2020.id })).find((u) => u.name === 'Trường Cao đẳng Bắc Kạn')!;
    const result = await s.call('meetings.setAttendance', {
      meetingId: signing.id,
      attendance: [{ unitId: merged.unitId, status: 'present' }],
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { 'attendance.0.unitId': 'Đơn vị không phải thành viên của khối trong năm 2018 nên không thể điểm danh.' },
    });
  });

  it('the minutes list participants from the check-in; the invitation every member unit and guest', async () => {
    const units = await s.ok('units.list', { yearId });
    const [absent, represented, ...present] = units;
    await s.ok('meetings.setAttendance', {
      meetingId: signing.id,
      attendance: [
        { unitId: absent!.unitId, status: 'absent' },
        { unitId: represented!.unitId, status: 'represented', representedBy: 'Nguyễn Văn X - Phó Giám đốc' },
        ...present.map((u) => ({ unitId: u.unitId, status: 'present' as const })),
      ],
    });
    const minutes = await s.ok('documents.prepare', { yearId, type: 'minutes', input: { meetingId: signing.id } });
    const participants = (minutes.data as { participants: { unit: string; people: string[] }[] }).participants;
    expect(participants).toHaveLength(11);
    expect(participants[0]).toEqual({ unit: absent!.name, people: ['vắng mặt'] });
    expect(participants[1]).toEqual({ unit: represented!.name, people: ['đồng chí Nguyễn Văn X - Phó Giám đốc (dự thay)'] });
    expect(participants).toContainEqual({ unit: 'Sở Y tế', people: ['đồng chí Đặng Văn H - Giám đốc'] });

    const collective = await s.ok('documents.prepare', { yearId, type: 'invitation', input: { meetingId: signing.id } });
    expect((collective.data as { invitees: string[] }).invitees).toEqual([
      'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh;',
      'Đồng chí Hoàng Văn R - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh;',
      'Lãnh đạo các đơn vị thành viên Khối thi đua Văn hóa - Xã hội.',
    ]);
    const invitation = await s.ok('documents.prepare', {
      yearId,
      type: 'invitation',
      input: { meetingId: signing.id, inviteUnits: 'each' },
    });
    const invitees = (invitation.data as { invitees: string[] }).invitees;
    expect(invitees).toHaveLength(13);
    expect(invitees[0]).toBe('Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh;');
    expect(invitees[1]).toBe('Đồng chí Hoàng Văn R - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh;');
    for (const u of units) expect(invitees.some((line) => line.includes(u.name))).toBe(true);
    expect(invitees).toContain('Đồng chí Trưởng Ban Dân tộc;');
    expect(invitees.at(-1)).toMatch(/\.$/);
  });

  it('a meeting with issued documents cannot be deleted', async () => {
    await s.ok('documents.issue', { yearId, type: 'invitation', input: { meetingId: signing.id }, date: '2018-03-02' });
    expect(await s.call('meetings.delete', { meetingId: signing.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const other = await s.ok('meetings.create', { yearId, kind: 'other', name: 'Họp Ban Thường trực Khối' });
    expect(await s.ok('meetings.delete', { meetingId: other.id })).toEqual({ deleted: true });
  });
});
