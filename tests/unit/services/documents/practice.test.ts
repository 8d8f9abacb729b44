// The kinds' defaults follow what an experienced officer signs (shared/documents-practice.md): who signs
// for the bloc, "Nơi nhận", views in their speaker's name, named attendees.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Output } from '../../../../main/contract/index.js';
import { openDemoYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
let yearId: number;
let signing: Meeting;
beforeEach(async () => {
  s = await openTestServices();
  const demo = await openDemoYear(s);
  yearId = demo.yearId;
  signing = demo.signing!;
});
afterEach(() => s.close());

type Model = Output<'documents.prepare'>['model'];
const model = async (type: 'invitation' | 'minutes' | 'report' | 'agenda', input: Record<string, unknown> = {}) =>
  (await s.ok('documents.prepare', { yearId, type, input: { meetingId: signing.id, ...input } } as never)).model as Model;
const texts = (m: Model) => m.body.map((b) => ('text' in b ? (typeof b.text === 'string' ? b.text : b.text.map((r) => r.text).join('')) : ''));

/** The meeting as `meetings.update` takes it, changed. */
const updateSigning = (change: Partial<Meeting>) => {
  const { id, yearId: _y, attendance: _a, issuedDocuments: _i, ...fields } = signing;
  return s.ok('meetings.update', { ...fields, ...change, meetingId: id });
};

describe('who signs', () => {
  it('a report and a notice for the bloc: TM. KHỐI THI ĐUA … / TRƯỞNG KHỐI / the head unit; an invitation as TRƯỞNG KHỐI', async () => {
    const report = await model('report');
    expect(report.signatures?.right).toMatchObject({
      prefix: 'TM.',
      authority: ['KHỐI THI ĐUA VĂN HÓA - XÃ HỘI', 'TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'],
      name: 'Lê Thị C',
    });
    const notice = (await s.ok('documents.prepare', { yearId, type: 'letter', input: { kind: 'notice', meetingId: signing.id } })).model;
    expect(notice.signatures?.right.prefix).toBe('TM.');
    expect((await model('invitation')).signatures?.right).toMatchObject({ prefix: null, authority: ['TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'] });
  });

  it('when the head unit’s deputy signs: TM. … / TRƯỞNG KHỐI / KT. <position of the unit> / the deputy', async () => {
    const head = (await s.ok('units.list', { yearId })).find((u) => u.name === 'Trường Cao đẳng Cộng đồng Bắc Kạn')!;
    await s.ok('units.update', { ...head, deputySigns: true, deputyName: 'Vi Văn P', deputyPosition: 'PHÓ HIỆU TRƯỞNG' });
    expect((await model('report')).signatures?.right).toMatchObject({
      unit: 'TM. KHỐI THI ĐUA VĂN HÓA - XÃ HỘI\nTRƯỞNG KHỐI',
      prefix: 'KT.',
      authority: ['HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'],
      deputyPosition: 'PHÓ HIỆU TRƯỞNG',
      name: 'Vi Văn P',
    });
  });
});

describe('"Nơi nhận"', () => {
  it('under "Kính gửi:" starts with "Như trên" and does not copy the addressee again', async () => {
    expect((await model('report')).recipients).toEqual(['Như trên', 'Các đơn vị thành viên Khối', 'Lưu: VT, VP']);
  });

  it('of an invitation starts with "Như thành phần mời" and copies no invitee', async () => {
    expect((await model('invitation')).recipients).toEqual(['Như thành phần mời', 'Lưu: VT, VP']);
  });

  it('ends with the drafting office the officer set, never the issuer’s symbol', async () => {
    const settings = await s.ok('settings.get', { yearId });
    await s.ok('settings.update', { ...settings, archive: 'VT, TCHC' });
    expect((await model('invitation')).recipients.at(-1)).toBe('Lưu: VT, TCHC');
  });
});

describe('minutes', () => {
  it('attribute every view and direction to its speaker, and name the provincial board’s representative', async () => {
    const lines = texts(await model('minutes'));
    expect(lines).toContain('Đồng chí Đặng Văn H - Giám đốc Sở Y tế: Nhất trí với dự thảo Quy chế; đề nghị bổ sung vào thang điểm tiêu chí về cải cách hành chính và ứng dụng công nghệ thông tin.');
    expect(lines.some((l) => l.startsWith('Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo: Nâng cao'))).toBe(true);
    expect(lines).toContain('Đồng chí Hoàng Văn R - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh.');
    expect(lines).toContain('2. Đại diện các đơn vị thành viên (11/11 đơn vị)');
  });

  it('refuse a view or a direction without its speaker, and a guest without a name', async () => {
    await updateSigning({
      views: [{ speaker: '', content: 'Nhất trí với dự thảo.' }],
      directions: [{ speaker: '', content: 'Đổi mới nội dung thi đua.' }],
      guests: [{ name: '', position: '', organisation: 'Ban Thi đua - Khen thưởng tỉnh', role: 'đại diện' }],
    });
    const refused = await s.call('documents.issue', { yearId, type: 'minutes', input: { meetingId: signing.id }, date: '2018-03-09' });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (refused.ok) return;
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(['meeting.views.0.speaker', 'meeting.directions.0.speaker', 'meeting.guests.0.name']);
    expect(refused.message).toContain('Ý kiến chỉ đạo thứ 1 của “Hội nghị ký kết giao ước thi đua năm 2018” chưa ghi người phát biểu');
    // The report drawn from the meeting prints the direction: it refuses it too; it prints no views.
    const report = await s.call('documents.issue', { yearId, type: 'report', input: { meetingId: signing.id }, date: '2018-03-12' });
    expect(report.ok ? [] : Object.keys(report.fieldErrors ?? {})).toEqual(['meeting.directions.0.speaker']);
  });
});

describe('the notice of a conference', () => {
  it('is drafted from the meeting: its results and the leader’s directions in his name, dated the day of the meeting', async () => {
    const prepared = await s.ok('documents.prepare', { yearId, type: 'letter', input: { kind: 'notice', meetingId: signing.id } });
    expect(prepared.model.subject).toEqual({ placement: 'underTitle', lines: ['Kết quả Hội nghị ký kết giao ước thi đua năm 2018'] });
    const lines = prepared.model.body.map((b) => ('text' in b ? String(b.text) : ''));
    expect(lines[0]).toMatch(/^Chiều ngày 09\/3\/2018, tại Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn, Khối thi đua Văn hóa - Xã hội tổ chức/);
    expect(lines[0]).toContain('lãnh đạo 11/11 đơn vị thành viên Khối.');
    expect(lines.some((l) => l.startsWith('Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo:'))).toBe(true);
    expect(lines.at(-1)).toBe('Trưởng khối thông báo để các đơn vị thành viên biết, thực hiện./.');
    expect(prepared.problems).toEqual([]);
    expect(prepared.issueDate.default).toBe('2018-03-09');
    expect((await s.ok('documents.issue', { yearId, type: 'letter', input: { kind: 'notice', meetingId: signing.id }, date: '2018-03-13' })).sourceMeetingId).toBe(signing.id);
  });
});
