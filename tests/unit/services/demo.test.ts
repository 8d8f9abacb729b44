import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

describe('the demo bloc', () => {
  it('has 11 units in 2018 and 10 in 2020 and 2022, after the colleges merged', async () => {
    const { blocId } = await s.ok('blocs.openDemo', {});
    const years = await s.ok('years.list', { blocId });
    expect(years.map((y) => [y.year, y.memberCount])).toEqual([
      [2018, 11],
      [2020, 10],
      [2022, 10],
    ]);
    const byYear = Object.fromEntries(years.map((y) => [y.year, y]));
    const units2018 = await s.ok('units.list', { yearId: byYear[2018]!.id });
    const units2022 = await s.ok('units.list', { yearId: byYear[2022]!.id });
    const names2018 = units2018.map((u) => u.name);
    const names2022 = units2022.map((u) => u.name);
    expect(names2018).toContain('Trường Cao đẳng Cộng đồng Bắc Kạn');
    expect(names2018).toContain('Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn');
    expect(names2018).not.toContain('Trường Cao đẳng Bắc Kạn');
    expect(names2022).toContain('Trường Cao đẳng Bắc Kạn');
    expect(names2022).not.toContain('Trường Cao đẳng Cộng đồng Bắc Kạn');

    const nameOf = (id: number | null, list: typeof units2022) => list.find((u) => u.unitId === id)?.name;
    const units2020 = await s.ok('units.list', { yearId: byYear[2020]!.id });
    expect(nameOf(byYear[2020]!.headUnitId, units2020)).toBe('Sở Y tế');
    expect(nameOf(byYear[2022]!.headUnitId, units2022)).toBe('Ban Dân tộc');
    expect(nameOf(byYear[2022]!.deputyUnitId, units2022)).toBe('Sở Giáo dục và Đào tạo');
    expect(byYear[2022]!.governingBody).toBe('UBND TỈNH BẮC KẠN');
  });

  it('lists units in Vietnamese order (Ban before Bảo, Sở Y tế after Sở Văn hóa)', async () => {
    const { yearId } = await s.ok('blocs.openDemo', {});
    const names = (await s.ok('units.list', { yearId })).map((u) => u.name);
    expect(names.slice(0, 2)).toEqual(['Ban Dân tộc', 'Bảo hiểm xã hội tỉnh Bắc Kạn']);
    expect(names.indexOf('Sở Y tế')).toBeGreaterThan(names.indexOf('Sở Văn hóa, Thể thao và Du lịch'));
    expect(names.indexOf('Đài Phát thanh và Truyền hình tỉnh Bắc Kạn')).toBeGreaterThan(names.indexOf('Bảo hiểm xã hội tỉnh Bắc Kạn'));
  });
});
