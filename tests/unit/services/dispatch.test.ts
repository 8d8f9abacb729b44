// The one door into the services: unknown channels, malformed input and non-plain values are refused.
// IPC's structured clone carries Dates, Maps and binary data into main; a request holding one is refused
// with the field named, never read as an empty object and filled with defaults.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findNonPlain } from '../../../main/common/plain.js';
import { openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
let yearId: number;

beforeEach(async () => {
  s = await openTestServices();
  ({ yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2018 }));
});
afterEach(() => s.close());

const refused = (field: string, message: string) => ({ ok: false, code: 'VALIDATION', message, fieldErrors: { [field]: message } });

describe('requests holding values that are not plain data', () => {
  it('refuses a Date given as a document’s content instead of drafting the pledge with defaults', async () => {
    expect(await s.call('documents.prepare', { yearId, type: 'pledge', input: new Date() } as never)).toEqual(
      refused('input', 'Nội dung văn bản: không chấp nhận giá trị kiểu ngày giờ'),
    );
    // The same request with plain content is drafted: only the Date was wrong.
    expect((await s.call('documents.prepare', { yearId, type: 'pledge', input: {} })).ok).toBe(true);
  });

  it('refuses a Map given as the year', async () => {
    expect(await s.call('pledges.get', { yearId: new Map([['id', yearId]]) } as never)).toEqual(
      refused('yearId', 'Năm thi đua: không chấp nhận giá trị kiểu bảng tra'),
    );
  });

  it('names a nested field and its place in the list, and saves nothing', async () => {
    const before = await s.ok('meetings.list', { yearId });
    const guests = [{ name: 'Nguyễn Văn A' }, { name: 'Lê Thị B', organisation: new Uint8Array([1, 2]) }];
    expect(await s.call('meetings.create', { yearId, kind: 'other', name: 'Họp Khối', guests } as never)).toEqual(
      refused('guests.1.organisation', 'Cơ quan: không chấp nhận giá trị kiểu dữ liệu nhị phân'),
    );
    expect(await s.ok('meetings.list', { yearId })).toEqual(before);
  });

  it('refuses a Set, a function and a class instance in the settings, leaving them as they were', async () => {
    const settings = await s.ok('settings.get', { yearId });
    const { legalBases, defaultRecipients, signature, archive, bodyFontSize } = settings;
    const base = { yearId, legalBases, defaultRecipients, signature, archive, bodyFontSize };
    class Signature {
      explicit = true;
      name = 'Nguyễn Văn A';
    }
    expect(await s.call('settings.update', { ...base, legalBases: new Set(['Luật Thi đua, khen thưởng']) } as never)).toMatchObject(
      refused('legalBases', 'Căn cứ: không chấp nhận giá trị kiểu tập hợp'),
    );
    expect(await s.call('settings.update', { ...base, archive: () => 'VT' } as never)).toMatchObject(
      refused('archive', 'Nơi lưu: không chấp nhận giá trị kiểu hàm'),
    );
    expect(await s.call('settings.update', { ...base, signature: new Signature() } as never)).toMatchObject(
      refused('signature', 'Chữ ký: không chấp nhận giá trị kiểu đối tượng Signature'),
    );
    expect(await s.ok('settings.get', { yearId })).toEqual(settings);
  });

  it('refuses a request that is itself a Date', async () => {
    expect(await s.call('years.get', new Date() as never)).toEqual(refused('_', 'Dữ liệu: không chấp nhận giá trị kiểu ngày giờ'));
  });

  it('accepts an object without a prototype, as a plain object', async () => {
    const input = Object.assign(Object.create(null) as object, { yearId, name: 'Sở Y tế' });
    expect(await s.call('units.create', input as never)).toMatchObject({ ok: true, data: { name: 'Sở Y tế' } });
  });
});

describe('findNonPlain', () => {
  it('finds nothing in plain data, shared or cyclic objects included', () => {
    const shared = { title: 'Nhóm 1' };
    const cyclic: Record<string, unknown> = { name: 'Sở Y tế', list: [1, 'a', true, null, undefined, shared, shared] };
    cyclic.self = cyclic;
    expect(findNonPlain(cyclic)).toBeNull();
  });

  it('reports the first value that is not plain data with its path', () => {
    expect(findNonPlain({ groups: [{ items: [{ text: 'a' }, { text: new ArrayBuffer(2) }] }] })).toEqual({
      path: ['groups', 0, 'items', 1, 'text'],
      kind: 'dữ liệu nhị phân',
    });
  });
});

describe('the contract at the door', () => {
  it('refuses an unknown channel and input of the wrong type', async () => {
    const dispatch = (s.call as (c: string, i: unknown) => Promise<unknown>);
    expect(await dispatch('fs.readFile', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await dispatch('years.get', { yearId: 'DROP TABLE years' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await s.call('years.get', { yearId: 999 })).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Không tìm thấy năm thi đua.' });
  });
});
