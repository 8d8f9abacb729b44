import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellsOf } from '../../../main/services/reports/membership.js';
import { openCountedYear, openDemoYear, openTestServices, sampleProfile, type TestServices } from '../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

/** The demo bloc (2018, 2020, 2022) with its 2022 year end counted; units by their current name. */
async function countedDemo() {
  const counted = await openCountedYear(s);
  const { blocId } = await s.ok('years.get', { yearId: counted.yearId });
  const units = await s.ok('units.listAll', { blocId });
  return { ...counted, blocId, unitId: (name: string) => units.find((u) => u.name === name)!.id };
}

describe('a unit across the years', () => {
  it('gives each year its membership, and in a scored year the rank of how many, the total, the band and the awards', async () => {
    const { blocId, unitId } = await countedDemo();
    const history = await s.ok('reports.unitHistory', { blocId, unitId: unitId('Sở Y tế') });
    expect(history.name).toBe('Sở Y tế');
    expect(history.years.map((y) => [y.year, y.status, y.scored])).toEqual([
      [2018, 'member', false],
      [2020, 'member', false],
      [2022, 'member', true],
    ]);
    expect(history.years[2]).toMatchObject({
      total: '97.5',
      rank: 4,
      rankedCount: 10,
      classification: 'Hoàn thành xuất sắc nhiệm vụ',
      missing: 0,
      awards: [{ awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'certificate', elected: true }],
    });
    // Sở Giáo dục và Đào tạo won the flag; Ban Dân tộc stood for it and lost, then won a certificate.
    const head = await s.ok('reports.unitHistory', { blocId, unitId: unitId('Ban Dân tộc') });
    expect(head.years[2]!.awards).toEqual([
      { awardName: 'Cờ thi đua của Ủy ban nhân dân tỉnh', kind: 'flag', elected: false },
      { awardName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'certificate', elected: true },
    ]);
    expect(head.years[0]!.awards).toEqual([]);
  });

  it('says which unit a merged unit went into, and gives no figures for the years it was not a member', async () => {
    const { blocId, unitId } = await countedDemo();
    const merged = await s.ok('reports.unitHistory', { blocId, unitId: unitId('Trường Cao đẳng Cộng đồng Bắc Kạn') });
    expect(merged.years.map((y) => [y.year, y.status, y.successorName, y.rank])).toEqual([
      [2018, 'member', null, null],
      [2020, 'merged', 'Trường Cao đẳng Bắc Kạn', null],
      [2022, 'merged', 'Trường Cao đẳng Bắc Kạn', null],
    ]);
    const successor = await s.ok('reports.unitHistory', { blocId, unitId: unitId('Trường Cao đẳng Bắc Kạn') });
    expect(successor.years.map((y) => y.status)).toEqual(['notYet', 'member', 'member']);
    expect(successor.years[2]).toMatchObject({ scored: true, rankedCount: 10 });
    expect(successor.years[2]!.rank).toBeGreaterThan(0);
  });

  it('refuses a unit of another bloc, and a bloc that does not exist', async () => {
    const { blocId, unitId } = await countedDemo();
    const other = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2022 });
    expect(await s.call('reports.unitHistory', { blocId: other.blocId, unitId: unitId('Sở Y tế') })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'Không tìm thấy đơn vị trong khối thi đua này.',
    });
    expect(await s.call('reports.membership', { blocId: blocId + 99 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('the membership over time', () => {
  it('counts the members, those who joined and those who left each year, and marks merges', async () => {
    const { blocId } = await openDemoYear(s, 2022);
    const table = await s.ok('reports.membership', { blocId });
    expect(table.years.map(({ year, members, joined, left }) => [year, members, joined, left])).toEqual([
      [2018, 11, 0, 0],
      [2020, 10, 1, 2],
      [2022, 10, 0, 0],
    ]);
    const row = (name: string) => table.units.find((u) => u.name === name)!;
    expect(row('Trường Cao đẳng Cộng đồng Bắc Kạn')).toMatchObject({ successorName: 'Trường Cao đẳng Bắc Kạn' });
    expect(row('Trường Cao đẳng Cộng đồng Bắc Kạn').cells).toEqual([
      { year: 2018, status: 'member', event: null },
      { year: 2020, status: 'merged', event: 'merged' },
      { year: 2022, status: 'merged', event: null },
    ]);
    expect(row('Trường Cao đẳng Bắc Kạn').cells.map((c) => [c.status, c.event])).toEqual([
      ['notYet', null],
      ['member', 'joined'],
      ['member', null],
    ]);
    expect(table.units).toHaveLength(12);
  });

  it('follows a unit retired, and one removed from a year then added back the next', async () => {
    const { blocId, yearId } = await openDemoYear(s, 2022);
    const units = await s.ok('units.listAll', { blocId });
    const id = (name: string) => units.find((u) => u.name === name)!.id;
    await s.ok('units.retire', { unitId: id('Sở Khoa học và Công nghệ'), lastYear: 2020 });
    await s.ok('units.removeFromYear', { yearId, unitId: id('Sở Y tế') });
    const next = await s.ok('years.create', { blocId, year: 2023 });
    await s.ok('units.addToYear', { yearId: next.id, unitId: id('Sở Y tế') });
    const table = await s.ok('reports.membership', { blocId });
    const row = (name: string) => table.units.find((u) => u.name === name)!.cells.map((c) => [c.year, c.status, c.event]);
    expect(row('Sở Khoa học và Công nghệ').slice(1)).toEqual([
      [2020, 'member', null],
      [2022, 'left', 'left'],
      [2023, 'left', null],
    ]);
    expect(row('Sở Y tế').slice(2)).toEqual([
      [2022, 'absent', 'left'],
      [2023, 'member', 'joined'],
    ]);
    expect(table.years.find((y) => y.year === 2022)).toMatchObject({ members: 8, joined: 0, left: 2 });
    expect(table.years.find((y) => y.year === 2023)).toMatchObject({ members: 9, joined: 1, left: 0 });
  });

  it('marks a unit back after a year away as joined again', () => {
    const cells = cellsOf({ years: [2018, 2022], endYear: null, successorUnitId: null }, [2018, 2020, 2022]);
    expect(cells.map((c) => [c.status, c.event])).toEqual([
      ['member', null],
      ['absent', 'left'],
      ['member', 'joined'],
    ]);
  });
});

describe('searching across the years', () => {
  it('finds units by name, short name or head without diacritics, once for all the years they match', async () => {
    const { blocId } = await countedDemo();
    const search = async (query: string) => (await s.ok('reports.search', { blocId, query })).hits;
    expect(await search('so y te')).toEqual([
      { kind: 'unit', yearId: expect.any(Number), year: 2022, targetId: expect.any(Number), title: 'Sở Y tế', detail: 'Thủ trưởng: Đặng Văn H', years: [2018, 2020, 2022] },
    ]);
    expect((await search('DAI')).map((h) => h.title)).toEqual(['Đài Phát thanh và Truyền hình tỉnh Bắc Kạn']);
    // Every word matches somewhere, as in the lists: "đẳng", "Văn" and an "h" match a college too.
    expect((await search('dang van h')).map((h) => h.title)).toEqual(['Sở Y tế', 'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn']);
    expect((await search('ngo thi m')).map((h) => h.title)).toEqual(['Đài Phát thanh và Truyền hình tỉnh Bắc Kạn']);
    expect((await search('cd cong dong')).map((h) => [h.title, h.years])).toEqual([['Trường Cao đẳng Cộng đồng Bắc Kạn', [2018]]]);
  });

  it('finds register entries by summary and number, and meetings by name, each with its year', async () => {
    const { blocId, yearId } = await countedDemo();
    const letter = { kind: 'notice' as const, subject: 'Lịch họp Khối quý IV', paragraphs: ['Trưởng khối thông báo lịch họp./.'] };
    const issued = await s.ok('documents.issue', { yearId, type: 'letter', input: letter, date: '2022-12-30' } as never);
    const search = async (query: string) => (await s.ok('reports.search', { blocId, query })).hits;
    const byTitle = await search('lich hop khoi');
    expect(byTitle).toEqual([expect.objectContaining({ kind: 'document', year: 2022, yearId, targetId: issued.id })]);
    expect(byTitle[0]!.detail).toContain(issued.numberText);
    expect((await search(issued.numberText.toLowerCase())).map((h) => h.targetId)).toContain(issued.id);
    const meetings = await search('hoi nghi ky ket');
    expect(meetings.map((h) => [h.kind, h.year, h.title])).toEqual([['meeting', 2018, 'Hội nghị ký kết giao ước thi đua năm 2018']]);
    expect(await search('không có gì như thế này')).toEqual([]);
  });

  it('refuses an empty query with a message', async () => {
    const { blocId } = await openDemoYear(s);
    expect(await s.call('reports.search', { blocId, query: '   ' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { query: 'Từ khóa tìm kiếm không được để trống' },
    });
  });
});
