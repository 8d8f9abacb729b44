// The agenda (CTr) of a meeting, drawn from its agenda items through the services.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

const demo2018 = () => openDemoYear(s);

describe('the agenda (CTr)', () => {
  it('a table Thời gian | Nội dung | Thực hiện from the meeting’s agenda; without times, a numbered list', async () => {
    const { yearId } = await demo2018();
    const signing = (await s.ok('meetings.list', { yearId })).find((m) => m.kind === 'signing')!;
    const { model, breaches } = await s.ok('documents.prepare', { yearId, type: 'agenda', input: { meetingId: signing.id } });
    expect(breaches).toEqual([]);
    expect(model.title).toBe('CHƯƠNG TRÌNH');
    expect(model.header.typeCode).toBe('CTr');
    const table = model.body.find((b) => b.kind === 'table');
    expect(table && 'headerRows' in table ? table.headerRows : []).toEqual([['Thời gian', 'Nội dung', 'Thực hiện']]);
    expect(table && 'rows' in table ? table.rows[0]?.[0] : '').toBe('14h00 - 15h00');

    const { meetingId: _m, attendance: _a, issuedDocuments: _i, id, yearId: _y, ...fields } = { meetingId: 0, ...signing };
    const plain = signing.agenda.map((a) => ({ ...a, time: '', presenter: '' }));
    await s.ok('meetings.update', { ...fields, meetingId: id, agenda: plain });
    const list = await s.ok('documents.prepare', { yearId, type: 'agenda', input: { meetingId: id } });
    expect(list.model.body.filter((b) => b.kind === 'numbered')).toHaveLength(4);
  });

  it('a meeting without a date cannot produce its agenda, and says which field is missing', async () => {
    const { yearId } = await demo2018();
    const m = await s.ok('meetings.create', { yearId, kind: 'other', name: 'Họp Khối', place: 'Sở Y tế' });
    const result = await s.call('documents.prepare', { yearId, type: 'agenda', input: { meetingId: m.id } });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!result.ok) expect(result.message).toMatch(/còn thiếu ngày họp, giờ bắt đầu, nội dung chương trình/);
  });
});
