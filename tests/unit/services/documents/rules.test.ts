// Every rule of issuing lives in the services: a script, browser mode or an importer calling
// `documents.issue` meets the refusals the window shows, with the same Vietnamese message.
import { afterEach, describe, expect, it } from 'vitest';
import type { Input, Meeting } from '../../../../main/contract/index.js';
import { openDemoYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
afterEach(() => s.close());

async function demo(today?: string) {
  s = await openTestServices(undefined, today);
  const opened = await openDemoYear(s);
  return { ...opened, signing: opened.signing as Meeting };
}

const refusal = async (request: Input<'documents.issue'>) => {
  const result = await s.call('documents.issue', request);
  if (result.ok) throw new Error('issued, expected a refusal');
  return result;
};
const registerSize = async (yearId: number) => (await s.ok('documents.list', { yearId })).length;

describe('readiness: what must be filled before a number is taken', () => {
  it('refuses a pledge with a unit added after it was saved, as the pledge screen lists it', async () => {
    const { yearId } = await demo();
    await s.ok('units.create', { yearId, name: 'Sở Tư pháp', headPosition: 'GIÁM ĐỐC', headName: 'Lý Thị Y' });
    const prepared = await s.ok('documents.prepare', { yearId, type: 'pledge', input: {} });
    expect(prepared.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Sở Tư pháp chưa có trong danh sách ký đã lưu/) }),
    ]);
    const refused = await refusal({ yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toBe(`Chưa thể ban hành: ${prepared.problems[0]!.message}`);
    expect(await registerSize(yearId)).toBe(0);
  });

  it('refuses minutes of a meeting where nothing was said or concluded, naming what is missing', async () => {
    const { yearId, signing } = await demo();
    const { id, yearId: _y, attendance: _a, issuedDocuments: _i, ...fields } = signing;
    await s.ok('meetings.update', {
      ...fields,
      meetingId: id,
      agenda: fields.agenda.map((a) => ({ ...a, summary: '' })),
      views: [],
      directions: [],
      conclusions: '',
    });
    const prepared = await s.ok('documents.prepare', { yearId, type: 'minutes', input: { meetingId: id } });
    expect(prepared.breaches).toEqual([]);
    expect(prepared.problems.map((p) => p.field)).toEqual(['meeting.agenda', 'meeting.conclusions']);
    const refused = await refusal({ yearId, type: 'minutes', input: { meetingId: id }, date: '2018-03-09' });
    expect(refused.message).toMatch(/mục III\. NỘI DUNG/);
    expect(refused.message).toMatch(/tóm tắt các mục chương trình, ý kiến thảo luận hay ý kiến chỉ đạo/);
    expect(refused.message).toMatch(/mục IV\. KẾT LUẬN/);
    expect(await registerSize(yearId)).toBe(0);
  });

  it('refuses an invitation without a contact person, and a document whose "Lưu:" line lacks the drafting office', async () => {
    const { yearId, signing } = await demo();
    const head = (await s.ok('units.list', { yearId })).find((u) => u.name === 'Trường Cao đẳng Cộng đồng Bắc Kạn')!;
    await s.ok('units.update', { ...head, officerName: '' });
    // The meeting's secretary, who organises it, stands in for an officer not recorded; without either, nobody.
    const drafted = await s.ok('documents.prepare', { yearId, type: 'invitation', input: { meetingId: signing.id } });
    expect(JSON.stringify(drafted.model)).toContain(`liên hệ đồng chí ${signing.secretary}`);
    await s.ok('meetings.update', { ...signing, meetingId: signing.id, secretary: '' });
    const invitation = { yearId, type: 'invitation' as const, input: { meetingId: signing.id }, date: '2018-03-02' };
    expect((await refusal(invitation)).fieldErrors).toHaveProperty('input.contact');
    // Typed on the invitation itself, it is enough.
    const withContact = { ...invitation, input: { meetingId: signing.id, contact: 'đồng chí Hà Thị Q, điện thoại: 0209 3870 123' } };
    const settings = await s.ok('settings.get', { yearId });
    await s.ok('settings.update', { ...settings, archive: '' });
    expect((await refusal(withContact)).fieldErrors).toHaveProperty('settings.archive');
    await s.ok('settings.update', { ...settings, archive: 'VT, VP' });
    expect((await s.ok('documents.issue', withContact)).numberText).toBe('01/GM-KTĐVHXH');
  });

  it('refuses a notice publishing a provincial leader’s conclusions', async () => {
    const { yearId } = await demo();
    const refused = await refusal({
      yearId,
      type: 'letter',
      input: { kind: 'notice', subject: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại Hội nghị', paragraphs: ['Nội dung./.'] },
      date: '2018-03-13',
    });
    expect(refused.fieldErrors).toHaveProperty('input.subject');
    expect(refused.message).toMatch(/thông báo kết quả hội nghị và ý kiến chỉ đạo/);
  });
});

describe('the issue date', () => {
  it('must fall in the document’s year', async () => {
    const { yearId, signing } = await demo();
    const minutes = { yearId, type: 'minutes' as const, input: { meetingId: signing.id } };
    for (const date of ['2017-12-31', '2019-01-10', '2026-11-30']) {
      const refused = await refusal({ ...minutes, date });
      expect(refused.fieldErrors).toEqual({ date: 'Ngày ban hành phải trong năm 2018 (từ 01/01/2018 đến 31/12/2018).' });
    }
    expect(await registerSize(yearId)).toBe(0);
    expect((await s.ok('documents.issue', { ...minutes, date: '2018-12-31' })).status).toBe('issued');
  });

  it('of a year-end document may be in January of the next year, not later', async () => {
    const { yearId } = await demo();
    const meeting = await s.ok('meetings.create', {
      yearId,
      kind: 'yearEndReview',
      name: 'Hội nghị tổng kết công tác thi đua năm 2018',
      date: '2019-01-08',
      startTime: '08:00',
      endTime: '11:00',
      place: 'Hội trường Sở Y tế',
      chair: 'Lê Thị C - Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối',
      secretary: 'Hà Thị Q - Chuyên viên',
      agenda: [{ title: 'Tổng kết công tác thi đua năm 2018', summary: 'Hội nghị nghe báo cáo tổng kết.' }],
      conclusions: 'Hội nghị thống nhất kết quả chấm điểm.',
    });
    await s.ok('meetings.setAttendance', {
      meetingId: meeting.id,
      attendance: (await s.ok('units.list', { yearId })).map((u) => ({ unitId: u.unitId, status: 'present' as const })),
    });
    const minutes = { yearId, type: 'minutes' as const, input: { meetingId: meeting.id } };
    const prepared = await s.ok('documents.prepare', minutes);
    expect(prepared.issueDate).toEqual({
      default: '2019-01-08',
      earliest: '2018-01-01',
      latest: '2019-01-31',
      rule: 'Ngày ban hành phải từ 01/01/2018 đến 31/01/2019 (văn bản cuối năm 2018 có thể ghi ngày trong tháng 01 năm 2019).',
    });
    expect((await refusal({ ...minutes, date: '2019-02-01' })).fieldErrors).toEqual({ date: prepared.issueDate.rule });
    expect((await s.ok('documents.issue', { ...minutes, date: '2019-01-08' })).numberText).toBe('01/BB-KTĐVHXH');
  });

  it('defaults to the meeting’s date, the invitation a week before on a working day, the pledge the signing day, not today', async () => {
    const { yearId, signing } = await demo('2026-11-30');
    const dateOf = async (request: Input<'documents.prepare'>) => (await s.ok('documents.prepare', request)).issueDate.default;
    // The signing conference: Friday 09/3/2018.
    expect(await dateOf({ yearId, type: 'invitation', input: { meetingId: signing.id } })).toBe('2018-03-02');
    expect(await dateOf({ yearId, type: 'agenda', input: { meetingId: signing.id } })).toBe('2018-03-02');
    expect(await dateOf({ yearId, type: 'minutes', input: { meetingId: signing.id } })).toBe('2018-03-09');
    expect(await dateOf({ yearId, type: 'report', input: { meetingId: signing.id } })).toBe('2018-03-09');
    expect(await dateOf({ yearId, type: 'pledge', input: {} })).toBe('2018-03-09');
    // A Monday meeting's invitation goes out the Monday before; a meeting on the 5th of March, the Monday, …
    const { id: _id, yearId: _y, attendance: _a, issuedDocuments: _i, ...fields } = signing;
    await s.ok('meetings.update', { ...fields, meetingId: signing.id, date: '2018-03-12' });
    expect(await dateOf({ yearId, type: 'invitation', input: { meetingId: signing.id } })).toBe('2018-03-05');
    // … and a Sunday one's, the Friday before the week before.
    await s.ok('meetings.update', { ...fields, meetingId: signing.id, date: '2018-03-11' });
    expect(await dateOf({ yearId, type: 'invitation', input: { meetingId: signing.id } })).toBe('2018-03-02');
    // A letter has no date of its own: today, when today is in the year; else the officer picks.
    const letter = { kind: 'officialLetter' as const, subject: 'lịch họp', addressee: ['Các đơn vị thành viên'], paragraphs: ['Nội dung./.'] };
    expect(await dateOf({ yearId, type: 'letter', input: letter })).toBeNull();
    await s.close();
    s = await openTestServices(undefined, '2018-06-15');
    const again = await openDemoYear(s);
    expect((await s.ok('documents.prepare', { yearId: again.yearId, type: 'letter', input: letter })).issueDate.default).toBe('2018-06-15');
  });
});
