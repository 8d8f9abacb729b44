// The year's document settings: the bloc defaults, the signature that follows the head unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoYear, openTestServices, type TestServices } from '../../support/services.js';

let s: TestServices;
let blocId: number;
let yearId: number;

beforeEach(async () => {
  s = await openTestServices();
  ({ blocId, yearId } = await openDemoYear(s));
});
afterEach(() => s.close());

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
