import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../main/contract/index.js';
import { openTestServices, type TestServices } from '../../support/services.js';

let s: TestServices;
let yearId: number;
let signing: Meeting;

beforeEach(async () => {
  s = await openTestServices();
  const { blocId } = await s.ok('blocs.openDemo', {});
  yearId = (await s.ok('years.list', { blocId })).find((y) => y.year === 2018)!.id;
  signing = (await s.ok('meetings.list', { yearId }))[0]!;
});
afterEach(() => s.close());

const notice = (subject = 'Lịch họp Khối') => ({
  kind: 'notice' as const,
  subject,
  paragraphs: ['Trưởng khối thông báo lịch họp./.'],
});
const issueNotice = (date = '2018-04-02', y = yearId) =>
  s.ok('documents.issue', { yearId: y, type: 'letter', input: notice(), date });

describe('the document register', () => {
  it('numbers 01, 02 …, padded, one series for the issuing body', async () => {
    const first = await s.ok('documents.issue', { yearId, type: 'invitation', input: { meetingId: signing.id }, date: '2018-03-02' });
    const second = await s.ok('documents.issue', { yearId, type: 'minutes', input: { meetingId: signing.id }, date: '2018-03-09' });
    expect([first.numberText, second.numberText]).toEqual(['01/GM-KTĐVHXH', '02/BB-KTĐVHXH']);
    expect(second.fileName).toBe('2018-02-BB-bien-ban-hoi-nghi-ky-ket-giao-uoc-thi-dua-nam-2018.docx');
    expect(second).toMatchObject({ status: 'issued', sourceMeetingId: signing.id, title: 'Hội nghị ký kết giao ước thi đua năm 2018' });
    expect(second.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never reuses a withdrawn number; a replaced document points at its replacement', async () => {
    const a = await issueNotice();
    const b = await issueNotice();
    expect((await s.ok('documents.withdraw', { documentId: b.id })).status).toBe('withdrawn');
    const c = await s.ok('documents.issue', { yearId, type: 'letter', input: notice('Lịch họp Khối (sửa đổi)'), date: '2018-04-03', replacesDocumentId: a.id });
    expect(c.number).toBe(3);
    expect(c.replacesId).toBe(a.id);
    const list = await s.ok('documents.list', { yearId });
    expect(list.map((e) => [e.number, e.status, e.replacedById])).toEqual([
      [1, 'replaced', c.id],
      [2, 'withdrawn', null],
      [3, 'issued', null],
    ]);
    expect(await s.call('documents.withdraw', { documentId: b.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('keeps the request an entry was issued from, for a replacement to start from', async () => {
    const input = { kind: 'officialLetter' as const, subject: ' Lịch họp Khối ', addressee: ['Các đơn vị thành viên'], paragraphs: ['Đoạn một.', 'Đoạn hai./.'], recipients: ['Như trên'] };
    const entry = await s.ok('documents.issue', { yearId, type: 'letter', input, date: '2018-04-02' });
    const got = await s.ok('documents.get', { documentId: entry.id });
    // As validated: the subject trimmed, the rest as typed.
    expect(got.request).toEqual({ type: 'letter', input: { ...input, meetingId: null, subject: 'Lịch họp Khối' } });
    expect(got.entry).toEqual(entry);
    expect(got.entry).not.toHaveProperty('request');
    const invitation = await s.ok('documents.issue', { yearId, type: 'invitation', input: { meetingId: signing.id }, date: '2018-03-02' });
    expect((await s.ok('documents.get', { documentId: invitation.id })).request).toEqual({
      type: 'invitation',
      input: { meetingId: signing.id, subject: '', inviteUnits: 'collective', contact: '' },
    });
    // An entry issued before the register kept requests has none.
    await s.opened.db.executeQuery(CompiledQuery.raw('DROP TRIGGER documents_frozen'));
    await s.opened.db.updateTable('documents').set({ request: null }).where('id', '=', entry.id).execute();
    expect((await s.ok('documents.get', { documentId: entry.id })).request).toBeNull();
  });

  it('restarts the series at 01 in a new year', async () => {
    await issueNotice();
    await issueNotice();
    const next = (await s.ok('years.list', { blocId: 1 })).find((y) => y.year === 2020)!;
    expect((await issueNotice('2020-02-01', next.id)).numberText).toBe('01/TB-KTĐVHXH');
  });

  it('gives 20 concurrent issues 20 distinct consecutive numbers', async () => {
    const entries = await Promise.all(Array.from({ length: 20 }, () => issueNotice()));
    expect(entries.map((e) => e.number).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('a draft has no number and nothing enters the register', async () => {
    const draft = await s.ok('documents.docx', { yearId, type: 'minutes', input: { meetingId: signing.id } });
    expect(draft.fileName).toBe('2018-du-thao-BB-bien-ban-hoi-nghi-ky-ket-giao-uoc-thi-dua-nam-2018.docx');
    expect(draft.matchesRegister).toBeNull();
    const preview = await s.ok('documents.prepare', { yearId, type: 'minutes', input: { meetingId: signing.id } });
    expect(preview.model.header).toMatchObject({ number: null, date: null, typeCode: 'BB', issuerCode: 'KTĐVHXH' });
    expect(preview.breaches).toEqual([]);
    expect(await s.ok('documents.list', { yearId })).toEqual([]);
  });

  it('reprints byte for byte from the snapshot after a unit is renamed', async () => {
    const input = { meetingId: signing.id, inviteUnits: 'each' as const };
    const entry = await s.ok('documents.issue', { yearId, type: 'invitation', input, date: '2018-03-02' });
    const before = await s.ok('documents.docx', { documentId: entry.id });
    const unit = (await s.ok('units.list', { yearId })).find((u) => u.name === 'Sở Y tế')!;
    await s.ok('units.update', { ...unit, yearId, name: 'Sở Y tế tỉnh Bắc Kạn' });
    const after = await s.ok('documents.docx', { documentId: entry.id });
    expect(after.base64).toBe(before.base64);
    expect(after.sha256).toBe(entry.sha256);
    expect(after.matchesRegister).toBe(true);
    const { model } = await s.ok('documents.get', { documentId: entry.id });
    expect(JSON.stringify(model)).toContain('Đồng chí Giám đốc Sở Y tế;');
    // A new draft takes the new name.
    const fresh = await s.ok('documents.prepare', { yearId, type: 'invitation', input });
    expect(JSON.stringify(fresh.model)).toContain('Sở Y tế tỉnh Bắc Kạn');
  });

  it('a closed year refuses issuing and withdrawing, but still reprints', async () => {
    const entry = await issueNotice();
    await s.ok('years.close', { yearId });
    expect(await s.call('documents.issue', { yearId, type: 'letter', input: notice(), date: '2018-05-01' })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    expect(await s.call('documents.withdraw', { documentId: entry.id })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    expect((await s.ok('documents.docx', { documentId: entry.id })).matchesRegister).toBe(true);
  });

  it('saves into the year’s documents folder under the data directory', async () => {
    const entry = await issueNotice();
    const { path } = await s.ok('documents.save', { documentId: entry.id });
    expect(path).toBe(`${s.dir}/van-ban/2018/${entry.fileName}`);
    expect(await s.call('documents.save', { documentId: entry.id, to: 'choose' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('document settings', () => {
  it('start with the bloc defaults, derive the signature from the head unit, and are copied to the next year', async () => {
    const settings = await s.ok('settings.get', { yearId });
    expect(settings.defaultRecipients).toEqual(['Ban Thi đua - Khen thưởng tỉnh (b/c)', 'Các đơn vị thành viên Khối']);
    expect(settings.legalBases[0]).toBe('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(settings.resolvedSignature).toEqual({
      prefix: null,
      authority: ['TRƯỞNG KHỐI', 'HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'],
      name: 'Lê Thị C',
    });
    await s.ok('settings.update', { ...settings, yearId, bodyFontSize: 13, legalBases: ['Căn cứ Quy chế hoạt động của Khối.'] });
    const blocId = 1;
    const y2019 = await s.ok('years.create', { blocId, year: 2019 });
    expect(await s.ok('settings.get', { yearId: y2019.id })).toMatchObject({ bodyFontSize: 13, legalBases: ['Căn cứ Quy chế hoạt động của Khối.'] });
  });

  it('sign KT. with the deputy when the head unit’s deputy signs', async () => {
    const head = (await s.ok('units.list', { yearId })).find((u) => u.name === 'Trường Cao đẳng Cộng đồng Bắc Kạn')!;
    await s.ok('units.update', { ...head, yearId, deputySigns: true, deputyName: 'Hoàng Văn R', deputyPosition: 'Phó Hiệu trưởng' });
    expect((await s.ok('settings.get', { yearId })).resolvedSignature).toEqual({
      unit: 'TRƯỞNG KHỐI',
      prefix: 'KT.',
      authority: ['HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN'],
      deputyPosition: 'PHÓ HIỆU TRƯỞNG',
      name: 'Hoàng Văn R',
    });
  });
});

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
    const y2020 = (await s.ok('years.list', { blocId: 1 })).find((y) => y.year === 2020)!;
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
