import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../main/contract/index.js';
import { closeYear, openDemoYear, openTestServices, type TestServices } from '../../../support/services.js';

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
    await closeYear(s, yearId);
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

