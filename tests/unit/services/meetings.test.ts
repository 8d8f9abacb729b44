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

  it('are held within their year; the year-end conference also in January of the next year', async () => {
    expect(await s.call('meetings.create', { yearId, ...bare, date: '2019-07-10' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { date: 'Ngày họp phải trong năm thi đua 2018 (từ 01/01/2018 đến 31/12/2018).' },
    });
    expect(await s.call('meetings.create', { yearId, ...bare, date: '2017-12-30' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    const yearEnd = { kind: 'yearEndReview', name: 'Hội nghị tổng kết năm 2018' } as const;
    const held = await s.ok('meetings.create', { yearId, ...yearEnd, date: '2019-01-15' });
    expect(held.date).toBe('2019-01-15');
    expect(await s.call('meetings.update', { meetingId: held.id, ...yearEnd, date: '2019-02-01' })).toMatchObject({
      ok: false,
      fieldErrors: { date: 'Hội nghị tổng kết năm 2018 họp trong năm 2018 hoặc tháng 01/2019 (từ 01/01/2018 đến 31/01/2019).' },
    });
    // Only the year-end conference may spill over: the same date refused for another kind.
    expect(await s.call('meetings.update', { meetingId: held.id, ...yearEnd, kind: 'other', date: '2019-01-15' })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('after units leave and join, list what was recorded: a new member is not checked in, a former one keeps its entry', async () => {
    const units = await s.ok('units.list', { yearId });
    const removed = units.find((u) => u.name === 'Sở Y tế')!;
    const [a, b] = units.filter((u) => u.name === 'Sở Thông tin và Truyền thông' || u.name === 'Sở Khoa học và Công nghệ');
    await s.ok('units.removeFromYear', { yearId, unitId: removed.unitId });
    const added = await s.ok('units.create', { yearId, name: 'Sở Tư pháp' });
    const merged = await s.ok('units.merge', { blocId, unitIds: [a!.unitId, b!.unitId], fromYear: 2018, newUnit: { name: 'Sở Khoa học, Thông tin và Truyền thông' } });

    const after = await s.ok('meetings.get', { meetingId: signing.id });
    const members = await s.ok('units.list', { yearId });
    expect(members).toHaveLength(10);
    expect(after.attendance).toHaveLength(8);
    expect(after.attendance.map((e) => e.unitId)).not.toContain(added.unitId);
    expect(after.attendance.map((e) => e.unitId)).not.toContain(merged.id);
    expect(after.formerAttendance.map((e) => [e.unitName, e.status])).toEqual([
      ['Sở Khoa học và Công nghệ', 'present'],
      ['Sở Thông tin và Truyền thông', 'present'],
      ['Sở Y tế', 'present'],
    ]);

    // Checking the new members in leaves the former members' entries as they were.
    await s.ok('meetings.setAttendance', {
      meetingId: signing.id,
      attendance: [...after.attendance, { unitId: added.unitId, status: 'absent' as const, representedBy: '' }],
    });
    const checked = await s.ok('meetings.get', { meetingId: signing.id });
    expect(checked.attendance).toHaveLength(9);
    expect(checked.attendance.find((e) => e.unitId === added.unitId)?.status).toBe('absent');
    expect(checked.formerAttendance).toHaveLength(3);
  });

  it('keep a host that has left the year when saved again; a new host must be a member', async () => {
    const units = await s.ok('units.list', { yearId });
    const host = units.find((u) => u.unitId === signing.hostUnitId)!;
    const other = units.find((u) => u.name === 'Sở Y tế')!;
    await s.ok('units.merge', { blocId, unitIds: [host.unitId, other.unitId], fromYear: 2018, newUnit: { name: 'Trường Cao đẳng Y tế và Cộng đồng' } });
    const { id, yearId: _y, attendance: _a, formerAttendance: _f, issuedDocuments: _i, ...fields } = signing;
    expect((await s.ok('meetings.update', { ...fields, meetingId: id, place: 'Hội trường tỉnh' })).hostUnitId).toBe(host.unitId);
    expect(await s.call('meetings.update', { ...fields, meetingId: id, hostUnitId: other.unitId })).toMatchObject({
      ok: false,
      fieldErrors: { hostUnitId: 'Đơn vị chủ trì tổ chức phải là thành viên của khối trong năm 2018.' },
    });
  });

  it('a meeting with issued documents cannot be deleted', async () => {
    await s.ok('documents.issue', { yearId, type: 'invitation', input: { meetingId: signing.id }, date: '2018-03-02' });
    expect(await s.call('meetings.delete', { meetingId: signing.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const other = await s.ok('meetings.create', { yearId, kind: 'other', name: 'Họp Ban Thường trực Khối' });
    expect(await s.ok('meetings.delete', { meetingId: other.id })).toEqual({ deleted: true });
  });
});
