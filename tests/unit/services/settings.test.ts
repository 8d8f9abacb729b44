// The year's document settings: the bloc defaults, the signature that follows the head unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs, unzipDocx } from '../../support/docx.js';
import { openDemoYear, openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

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
    expect(settings.legalBases[0]).toBe(
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
    );
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

describe('legal bases', () => {
  const basesOf = async (firstYear: number) => {
    const { yearId: id } = await s.ok('blocs.create', { ...sampleProfile, firstYear });
    return (await s.ok('settings.get', { yearId: id })).legalBases;
  };

  it('a year’s defaults are those in force that year, its placeholders filled from the year and the bloc', async () => {
    const of2022 = await basesOf(2022);
    expect(of2022.join('\n')).not.toContain('152/2025');
    expect(of2022).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Thông tư số 12/2019/TT-BNV ngày 04 tháng 11 năm 2019 của Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP;',
      'Căn cứ Kế hoạch phát động phong trào thi đua năm 2022 của Ủy ban nhân dân tỉnh Bắc Kạn;',
      'Căn cứ Quy chế hoạt động của Khối thi đua Văn hóa - Xã hội.',
    ]);
    const of2026 = await basesOf(2026);
    expect(of2026.slice(0, 2)).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    ]);
    expect(of2026).toContain('Căn cứ Kế hoạch phát động phong trào thi đua năm 2026 của Ủy ban nhân dân tỉnh Bắc Kạn;');
    // 2024: the 2022 law and Decree 98/2023 came into force on its first day.
    expect((await basesOf(2024)).slice(0, 2).join(' ')).toMatch(/ngày 15 tháng 6 năm 2022;.*98\/2023\/NĐ-CP/);
  });

  it('a new year brings the copied bases to its own year, keeping the officer’s own lines; stored years stay as they are', async () => {
    const { blocId: bloc, yearId: first } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2023 });
    const own = 'Căn cứ Hướng dẫn số 15/HD-BTĐKT của Ban Thi đua - Khen thưởng tỉnh';
    const stored = await s.ok('settings.get', { yearId: first });
    const mine = [...stored.legalBases.slice(0, 3), own, ...stored.legalBases.slice(3)];
    await s.ok('settings.update', { ...stored, yearId: first, legalBases: mine });
    const next = await s.ok('years.create', { blocId: bloc, year: 2024 });
    expect((await s.ok('settings.get', { yearId: next.id })).legalBases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      // Thông tư 12/2019 lapsed with Decree 91/2017: its line goes.
      `${own};`,
      'Căn cứ Kế hoạch phát động phong trào thi đua năm 2024 của Ủy ban nhân dân tỉnh Bắc Kạn;',
      'Căn cứ Quy chế hoạt động của Khối thi đua Văn hóa - Xã hội.',
    ]);
    expect((await s.ok('settings.get', { yearId: first })).legalBases).toEqual(mine);
  });

  it('the demo’s 2022 pledge cites the laws of 2022 and no unfilled placeholder', async () => {
    const { yearId: y2022 } = await openDemoYear(s, 2022);
    const file = await s.ok('documents.docx', { yearId: y2022, type: 'pledge', input: {} });
    const text = paragraphs((await unzipDocx(Buffer.from(file.base64, 'base64'))).document)
      .map((p) => p.text)
      .join('\n');
    expect(text).toContain('Căn cứ Nghị định số 91/2017/NĐ-CP');
    expect(text).not.toContain('152/2025');
    // "năm của" with no year between: an unfilled placeholder ("cuối năm của Khối" in the template's wording is prose).
    expect(text).not.toMatch(/thi đua năm của|\{\w+\}/u);
    expect(text).toContain('Căn cứ Quy chế hoạt động của Khối thi đua Văn hóa - Xã hội năm 2022.');
    // Its earlier years, seeded from the defaults, too.
    const { yearId: y2020 } = await openDemoYear(s, 2020);
    const of2020 = (await s.ok('settings.get', { yearId: y2020 })).legalBases.join('\n');
    expect(of2020).toContain('Thông tư số 12/2019/TT-BNV');
    expect(of2020).toContain('năm 2020 của Ủy ban nhân dân tỉnh Bắc Kạn');
    expect(of2020).not.toContain('152/2025');
  });
});
