import { sql } from 'kysely';
import { YEAR_CLOSED } from '../../../db/guards.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeYear, openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
let blocId: number;
let yearId: number;

beforeEach(async () => {
  s = await openTestServices();
  ({ blocId, yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2018 }));
});
afterEach(() => s.close());

describe('bloc profile', () => {
  it('is stored per year and copied into the next year', async () => {
    await s.ok('years.updateProfile', { yearId, ...sampleProfile, governingBody: 'UBND TỈNH THÁI NGUYÊN' });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    expect(next.governingBody).toBe('UBND TỈNH THÁI NGUYÊN');
    await s.ok('years.updateProfile', { yearId: next.id, ...sampleProfile, symbol: 'KTĐ1' });
    expect((await s.ok('years.get', { yearId })).symbol).toBe('KTĐVHXH');
  });

  it('explains each bad field', async () => {
    const result = await s.call('years.updateProfile', { yearId, ...sampleProfile, blocName: '', symbol: 'KTĐ VHXH' });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: {
        blocName: 'Tên khối thi đua không được để trống',
        symbol: 'Ký hiệu chỉ gồm chữ, số và dấu gạch ngang, không có khoảng trắng',
      },
    });
  });
});

describe('years', () => {
  it('copies membership, heads and settings from the year before', async () => {
    const head = await s.ok('units.create', { yearId, name: 'Sở Y tế', headName: 'Đặng Văn H', headPosition: 'GIÁM ĐỐC' });
    const deputy = await s.ok('units.create', { yearId, name: 'Ban Dân tộc' });
    await s.ok('years.setLeadership', { yearId, headUnitId: head.unitId, deputyUnitId: deputy.unitId });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    expect(next).toMatchObject({ year: 2019, status: 'open', memberCount: 2, headUnitId: head.unitId, deputyUnitId: deputy.unitId });
    const copied = await s.ok('units.list', { yearId: next.id });
    expect(copied.find((u) => u.unitId === head.unitId)).toMatchObject({ headName: 'Đặng Văn H', headPosition: 'GIÁM ĐỐC' });
  });

  it('refuses a year that already exists', async () => {
    const result = await s.call('years.create', { blocId, year: 2018 });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { year: 'Năm 2018 đã có trong khối thi đua.' } });
    expect(await s.ok('years.list', { blocId })).toHaveLength(1);
  });

  it('refuses a head unit that is not a member that year', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const next = await s.ok('years.create', { blocId, year: 2019 });
    const outsider = await s.ok('units.create', { yearId: next.id, name: 'Sở Nội vụ' });
    const result = await s.call('years.setLeadership', { yearId, headUnitId: outsider.unitId, deputyUnitId: member.unitId });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { headUnitId: 'Đơn vị Trưởng khối phải là thành viên của khối trong năm 2018.' },
    });
    expect((await s.ok('years.get', { yearId })).deputyUnitId).toBeNull();
  });

  it('refuses the same unit as head and deputy', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    const result = await s.call('years.setLeadership', { yearId, headUnitId: member.unitId, deputyUnitId: member.unitId });
    expect(result).toMatchObject({ ok: false, fieldErrors: { deputyUnitId: 'Đơn vị Phó khối phải khác đơn vị Trưởng khối' } });
  });

  it('a closed year refuses every edit, through the services and in the database itself', async () => {
    const member = await s.ok('units.create', { yearId, name: 'Sở Y tế' });
    await closeYear(s, yearId);
    const closedMessage = 'Năm 2018 đã khóa sổ, không thể thay đổi dữ liệu của năm này.';
    expect(await s.call('units.create', { yearId, name: 'Ban Dân tộc' })).toMatchObject({ ok: false, code: 'YEAR_CLOSED', message: closedMessage });
    expect(await s.call('units.update', { yearId, unitId: member.unitId, name: 'Sở Y tế mới' })).toMatchObject({ code: 'YEAR_CLOSED' });
    expect(await s.call('units.removeFromYear', { yearId, unitId: member.unitId })).toMatchObject({ code: 'YEAR_CLOSED' });
    expect(await s.call('years.updateProfile', { yearId, ...sampleProfile })).toMatchObject({ code: 'YEAR_CLOSED' });
    expect(await s.call('units.retire', { unitId: member.unitId, lastYear: 2017 })).toMatchObject({ code: 'YEAR_CLOSED' });
    await expect(sql`UPDATE year_units SET name = 'x'`.execute(s.opened.db)).rejects.toThrow(YEAR_CLOSED);
    expect((await s.ok('units.list', { yearId }))[0]!.name).toBe('Sở Y tế');
    // The next year can still be made from a closed one.
    expect((await s.ok('years.create', { blocId, year: 2019 })).memberCount).toBe(1);
  });
});

