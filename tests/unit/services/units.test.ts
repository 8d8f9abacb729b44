import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
let blocId: number;
let yearId: number;

beforeEach(async () => {
  s = await openTestServices();
  ({ blocId, yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2018 }));
});
afterEach(() => s.close());

const unit = (name: string, extra: Record<string, unknown> = {}) => ({ yearId, name, headPosition: 'GIÁM ĐỐC', ...extra });

describe('units in a year', () => {
  it('refuses an empty name with a message on the name field, and saves nothing', async () => {
    const result = await s.call('units.create', unit('   '));
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { name: 'Tên đơn vị không được để trống' } });
    expect(await s.ok('units.list', { yearId })).toEqual([]);
    expect(await s.ok('units.listAll', { blocId })).toEqual([]);
  });

  it('refuses a text that is too long', async () => {
    const result = await s.call('units.create', unit('Sở '.repeat(80)));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: 'Tên đơn vị quá dài (tối đa 200 ký tự)' } });
  });

  it('refuses the same unit twice in a year, ignoring case and spacing', async () => {
    await s.ok('units.create', unit('Sở Y tế'));
    const result = await s.call('units.create', unit('  sở y  TẾ '));
    expect(result).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      fieldErrors: { name: 'Đơn vị “Sở Y tế” đã có trong khối năm 2018.' },
    });
    expect(await s.ok('units.list', { yearId })).toHaveLength(1);
  });

  it('stores names in NFC with spacing folded', async () => {
    const decomposed = 'Sở Giáo dục và Đào tạo'.normalize('NFD');
    const created = await s.ok('units.create', unit(`  ${decomposed}  `));
    expect(created.name).toBe('Sở Giáo dục và Đào tạo'.normalize('NFC'));
  });

  it('needs the deputy name and position when a deputy signs', async () => {
    const result = await s.call('units.create', unit('Ban Dân tộc', { deputySigns: true }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { deputyName: expect.stringContaining('cấp phó') } });
    const ok = await s.ok('units.create', unit('Ban Dân tộc', { deputySigns: true, deputyName: 'Bùi Văn Q', deputyPosition: 'PHÓ TRƯỞNG BAN' }));
    expect(ok.deputySigns).toBe(true);
  });

  it('refuses a bad email', async () => {
    const result = await s.call('units.create', unit('Sở Y tế', { email: 'khong-phai-email' }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: 'Địa chỉ email không hợp lệ' } });
  });

  it('keeps the name used in an earlier year when the unit is renamed later', async () => {
    const created = await s.ok('units.create', unit('Sở Lao động - Thương binh và Xã hội'));
    const next = await s.ok('years.create', { blocId, year: 2019 });
    await s.ok('units.update', { ...unit('Sở Nội vụ'), yearId: next.id, unitId: created.unitId });
    expect((await s.ok('units.list', { yearId }))[0]!.name).toBe('Sở Lao động - Thương binh và Xã hội');
    expect((await s.ok('units.list', { yearId: next.id }))[0]!.name).toBe('Sở Nội vụ');
    expect((await s.ok('units.listAll', { blocId }))[0]).toMatchObject({ name: 'Sở Nội vụ', years: [2018, 2019] });
  });

  it('will not remove the head unit from its year', async () => {
    const head = await s.ok('units.create', unit('Sở Y tế'));
    await s.ok('years.setLeadership', { yearId, headUnitId: head.unitId, deputyUnitId: null });
    const result = await s.call('units.removeFromYear', { yearId, unitId: head.unitId });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('Trưởng khối') });
    expect(await s.ok('units.list', { yearId })).toHaveLength(1);
  });
});

describe('retiring and merging', () => {
  it('a retired unit leaves later years and is not copied into new ones', async () => {
    const a = await s.ok('units.create', unit('Sở Khoa học và Công nghệ'));
    await s.ok('units.create', unit('Sở Y tế'));
    const y2019 = await s.ok('years.create', { blocId, year: 2019 });
    await s.ok('units.retire', { unitId: a.unitId, lastYear: 2018 });
    expect((await s.ok('units.list', { yearId: y2019.id })).map((u) => u.name)).toEqual(['Sở Y tế']);
    const y2020 = await s.ok('years.create', { blocId, year: 2020 });
    expect(y2020.memberCount).toBe(1);
    expect(await s.ok('units.list', { yearId })).toHaveLength(2);
    const result = await s.call('units.addToYear', { yearId: y2020.id, unitId: a.unitId });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('thôi tham gia') });
  });

  it('merging two colleges keeps the old units in earlier years and makes the new one head', async () => {
    const c1 = await s.ok('units.create', unit('Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn', { headPosition: 'HIỆU TRƯỞNG' }));
    const c2 = await s.ok('units.create', unit('Trường Cao đẳng Cộng đồng Bắc Kạn', { headPosition: 'HIỆU TRƯỞNG' }));
    await s.ok('units.create', unit('Sở Y tế'));
    const y2020 = await s.ok('years.create', { blocId, year: 2020 });
    await s.ok('years.setLeadership', { yearId: y2020.id, headUnitId: c2.unitId, deputyUnitId: null });
    const merged = await s.ok('units.merge', {
      blocId,
      unitIds: [c1.unitId, c2.unitId],
      fromYear: 2020,
      newUnit: { name: 'Trường Cao đẳng Bắc Kạn', headPosition: 'HIỆU TRƯỞNG', headName: 'Lý Văn P' },
    });
    expect(merged.years).toEqual([2020]);
    expect((await s.ok('units.list', { yearId })).map((u) => u.name)).toEqual([
      'Sở Y tế',
      'Trường Cao đẳng Cộng đồng Bắc Kạn',
      'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn',
    ]);
    expect((await s.ok('units.list', { yearId: y2020.id })).map((u) => u.name)).toEqual(['Sở Y tế', 'Trường Cao đẳng Bắc Kạn']);
    expect((await s.ok('years.get', { yearId: y2020.id })).headUnitId).toBe(merged.id);
    const all = await s.ok('units.listAll', { blocId });
    const old = all.find((u) => u.id === c1.unitId)!;
    expect(old).toMatchObject({ endYear: 2019, successorName: 'Trường Cao đẳng Bắc Kạn', years: [2018] });
    expect((await s.ok('years.create', { blocId, year: 2021 })).memberCount).toBe(2);
  });

  it('a merge into a year that does not exist changes nothing', async () => {
    const c1 = await s.ok('units.create', unit('Trường A'));
    const c2 = await s.ok('units.create', unit('Trường B'));
    const result = await s.call('units.merge', { blocId, unitIds: [c1.unitId, c2.unitId], fromYear: 2030, newUnit: { name: 'Trường C' } });
    expect(result).toMatchObject({ ok: false, fieldErrors: { fromYear: expect.stringContaining('Chưa có năm 2030') } });
    expect((await s.ok('units.listAll', { blocId })).map((u) => u.name)).toEqual(['Trường A', 'Trường B']);
  });

  it('a merge that fails half-way leaves nothing behind', async () => {
    const c1 = await s.ok('units.create', unit('Trường A'));
    const c2 = await s.ok('units.create', unit('Trường B'));
    await s.ok('units.create', unit('Trường C'));
    // The new name clashes with a unit that is not merged: refused after the new unit was inserted.
    const result = await s.call('units.merge', { blocId, unitIds: [c1.unitId, c2.unitId], fromYear: 2018, newUnit: { name: 'Trường C' } });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    const all = await s.ok('units.listAll', { blocId });
    expect(all.map((u) => [u.name, u.endYear])).toEqual([
      ['Trường A', null],
      ['Trường B', null],
      ['Trường C', null],
    ]);
  });
});
