import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pledge } from '../../../main/contract/index.js';
import { compareVietnamese } from '../../../main/common/vietnamese.js';
import demo from '../../../assets/demo/demo-bloc.json' with { type: 'json' };
import { closeYear, openDemoYear, openTestServices, type TestServices } from '../../support/services.js';
import { THIRTY_UNITS, deputyPosition, deputySigns, personName, thirtyUnitYear } from '../../support/pledges.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

/** The save input of what pledges.get answered: contents and the signatories' choices. */
const asSaved = (p: Pledge) => ({
  ...p,
  signatories: p.signatories.map(({ unitId, blankName }) => ({ unitId, blankName })),
});

async function demo2018() {
  const demo = await openDemoYear(s);
  return { ...demo, years: await s.ok('years.list', { blocId: demo.blocId }) };
}

describe('the demo 2018 pledge', () => {
  it('holds the commitments of example-bloc.json (copied into the demo data) and 11 signatories, the head unit first, then Vietnamese order', async () => {
    const { yearId } = await demo2018();
    const p = await s.ok('pledges.get', { yearId });
    expect(p.saved).toBe(true);
    expect(p.title).toBe('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
    expect(p.preamble).toContain('các đơn vị thành viên Khối thi đua Văn hóa - Xã hội thống nhất ký kết giao ước thi đua năm 2018 với các nội dung sau:');
    expect(p.groups.flatMap((g) => g.items.map((i) => i.text))).toEqual(demo.years[0]?.pledge?.items);
    expect(p.groups[0]?.items[0]?.text).toBe(
      'Phát huy tinh thần đoàn kết, đổi mới phương pháp làm việc, nâng cao chất lượng, hoàn thành xuất sắc nhiệm vụ chính trị được giao.',
    );
    expect(p.signatories).toHaveLength(11);
    expect(p.signatories[0]).toMatchObject({
      unitName: 'Trường Cao đẳng Cộng đồng Bắc Kạn',
      isHeadUnit: true,
      block: { unit: 'TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG BẮC KẠN', prefix: null, authority: ['HIỆU TRƯỞNG'], name: 'Lê Thị C' },
    });
    const rest = p.signatories.slice(1).map((sig) => sig.unitName);
    expect(rest).toEqual([...rest].sort(compareVietnamese));
    expect(p.problems).toEqual([]);
  });

  it('prints "KT. <head position>" and the deputy when the unit’s deputy signs', async () => {
    const { yearId } = await demo2018();
    const units = await s.ok('units.list', { yearId });
    const syt = units.find((u) => u.name === 'Sở Y tế')!;
    await s.ok('units.update', { ...syt, deputySigns: true, deputyName: 'Nguyễn Thị Hoa', deputyPosition: 'Phó Giám đốc' });
    const sig = (await s.ok('pledges.get', { yearId })).signatories.find((x) => x.unitId === syt.unitId)!;
    expect(sig.deputySigns).toBe(true);
    expect(sig.block).toEqual({
      unit: 'SỞ Y TẾ',
      prefix: 'KT.',
      authority: ['GIÁM ĐỐC'],
      deputyPosition: 'PHÓ GIÁM ĐỐC',
      name: 'Nguyễn Thị Hoa',
    });
  });
});

describe('the pledge model for 30 units', () => {
  it('lists every unit once, head unit first by default, KT. blocks right', async () => {
    const { yearId, unitIds, headIndex } = await thirtyUnitYear(s);
    const p = await s.ok('pledges.get', { yearId });
    expect(p.saved).toBe(false);
    expect(p.signatories).toHaveLength(30);
    expect(new Set(p.signatories.map((x) => x.unitId))).toEqual(new Set(unitIds));
    expect(p.signatories[0]?.unitId).toBe(unitIds[headIndex]);
    for (const sig of p.signatories) {
      const i = unitIds.indexOf(sig.unitId);
      const [name, position] = THIRTY_UNITS[i]!;
      expect(sig.block.unit).toBe(name.toLocaleUpperCase('vi'));
      expect(sig.block.authority).toEqual([position]);
      if (deputySigns(i)) {
        expect(sig.block).toMatchObject({ prefix: 'KT.', deputyPosition: deputyPosition(position), name: personName(i, true) });
      } else {
        expect(sig.block).toMatchObject({ prefix: null, name: personName(i) });
        expect(sig.block.deputyPosition ?? null).toBeNull();
      }
    }
  });

  it('keeps the order the officer sets', async () => {
    const { yearId } = await thirtyUnitYear(s);
    const p = await s.ok('pledges.get', { yearId });
    const reversed = [...p.signatories].reverse();
    const saved = await s.ok('pledges.save', { ...asSaved(p), yearId, signatories: reversed.map((x) => ({ unitId: x.unitId, blankName: false })) });
    expect(saved.saved).toBe(true);
    expect(saved.signatories.map((x) => x.unitId)).toEqual(reversed.map((x) => x.unitId));
    expect((await s.ok('pledges.get', { yearId })).signatories.map((x) => x.unitId)).toEqual(reversed.map((x) => x.unitId));
  });

  it('builds the grid of the document in that order, 3 blocks a row by default', async () => {
    const { yearId } = await thirtyUnitYear(s);
    const p = await s.ok('pledges.get', { yearId });
    const { model, breaches } = await s.ok('documents.prepare', { yearId, type: 'pledge', input: {} });
    expect(breaches).toEqual([]);
    const grid = model.body.find((b) => b.kind === 'signatureGrid');
    expect(grid).toMatchObject({ perRow: 3 });
    expect(grid && 'blocks' in grid ? grid.blocks.map((b) => b.name) : []).toEqual(p.signatories.map((x) => x.block.name));
  });
});

describe('pledge validation', () => {
  it('refuses an empty item text, with the message on the item', async () => {
    const { yearId } = await demo2018();
    const p = await s.ok('pledges.get', { yearId });
    const groups = [{ title: '', items: [{ text: 'Hoàn thành nhiệm vụ.' }, { text: '   ' }] }];
    const result = await s.call('pledges.save', { ...asSaved(p), yearId, groups });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { 'groups.0.items.1.text': 'Nội dung giao ước không được để trống' },
    });
  });

  it('refuses a unit outside the year’s membership, a member left out, and a unit listed twice', async () => {
    const { yearId, years } = await demo2018();
    const p = await s.ok('pledges.get', { yearId });
    const y2020 = years.find((y) => y.year === 2020)!;
    const outsider = (await s.ok('units.list', { yearId: y2020.id })).find((u) => u.name === 'Trường Cao đẳng Bắc Kạn')!;
    const list = asSaved(p).signatories;

    const withOutsider = await s.call('pledges.save', { ...asSaved(p), yearId, signatories: [...list, { unitId: outsider.unitId, blankName: false }] });
    expect(withOutsider).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!withOutsider.ok) expect(withOutsider.fieldErrors?.['signatories.11.unitId']).toMatch(/không phải thành viên của khối trong năm 2018/);

    const leftOut = await s.call('pledges.save', { ...asSaved(p), yearId, signatories: list.slice(1) });
    expect(leftOut).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!leftOut.ok) expect(leftOut.message).toMatch(/còn thiếu: Trường Cao đẳng Cộng đồng Bắc Kạn/);

    const twice = await s.call('pledges.save', { ...asSaved(p), yearId, signatories: [...list, list[0]!] });
    expect(twice).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { signatories: 'Mỗi đơn vị chỉ ký một lần' } });
  });

  it('flags a missing name before printing and refuses to issue, unless "để trống họ tên" is chosen', async () => {
    const { yearId } = await demo2018();
    const units = await s.ok('units.list', { yearId });
    const bdt = units.find((u) => u.name === 'Ban Dân tộc')!;
    await s.ok('units.update', { ...bdt, headName: '' });

    const p = await s.ok('pledges.get', { yearId });
    expect(p.problems).toEqual([
      expect.objectContaining({ unitId: bdt.unitId, message: expect.stringMatching(/^Ban Dân tộc: chưa có họ tên thủ trưởng đơn vị/) }),
    ]);
    const refused = await s.call('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!refused.ok) expect(refused.message).toMatch(/Ban Dân tộc: chưa có họ tên thủ trưởng đơn vị/);

    const signatories = asSaved(p).signatories.map((x) => (x.unitId === bdt.unitId ? { ...x, blankName: true } : x));
    const blank = await s.ok('pledges.save', { ...asSaved(p), yearId, signatories });
    expect(blank.problems).toEqual([]);
    const sig = blank.signatories.find((x) => x.unitId === bdt.unitId)!;
    expect(sig.block).toMatchObject({ unit: 'BAN DÂN TỘC', authority: ['TRƯỞNG BAN'], name: '', blankName: true });
    expect((await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' })).status).toBe('issued');
  });

  it('a closed year refuses pledge edits', async () => {
    const { yearId } = await demo2018();
    const p = await s.ok('pledges.get', { yearId });
    await closeYear(s, yearId);
    expect(await s.call('pledges.save', { ...asSaved(p), yearId, title: 'BẢN GIAO ƯỚC' })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    expect(await s.call('pledges.startFrom', { yearId, source: 'template' })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    expect((await s.ok('pledges.get', { yearId })).title).toBe('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
  });
});

describe('starting a pledge', () => {
  it('from last year: the year moved on, the old order kept for units still members, the new unit after them', async () => {
    const { years, yearId } = await demo2018();
    const old = await s.ok('pledges.get', { yearId });
    const y2020 = years.find((y) => y.year === 2020)!;
    expect((await s.ok('pledges.get', { yearId: y2020.id })).saved).toBe(false);
    const p = await s.ok('pledges.startFrom', { yearId: y2020.id, source: 'lastYear' });
    expect(p.saved).toBe(true);
    expect(p.title).toBe('BẢN GIAO ƯỚC THI ĐUA NĂM 2020');
    expect(p.preamble).toContain('năm 2020');
    expect(p.groups).toEqual(old.groups);
    const kept = old.signatories.map((x) => x.unitId).filter((id) => p.signatories.some((y) => y.unitId === id));
    expect(p.signatories.slice(0, kept.length).map((x) => x.unitId)).toEqual(kept);
    expect(p.signatories).toHaveLength(10);
    expect(p.signatories.at(-1)?.unitName).toBe('Trường Cao đẳng Bắc Kạn');
  });

  it('from the template: the bloc template filled in for the year, the year’s legal bases; none before the first year', async () => {
    const { yearId } = await demo2018();
    const p = await s.ok('pledges.startFrom', { yearId, source: 'template' });
    expect(p.title).toBe('BẢN GIAO ƯỚC THI ĐUA NĂM 2018');
    expect(p.subject).toBe('Khối thi đua Văn hóa - Xã hội');
    expect(p.legalBases).toEqual((await s.ok('settings.get', { yearId })).legalBases);
    expect(p.groups[0]?.items.length).toBeGreaterThan(3);
    expect(JSON.stringify(p)).not.toMatch(/\{year\}|\{blocName\}/);
    expect(await s.call('pledges.startFrom', { yearId, source: 'lastYear' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('issuing the pledge', () => {
  it('without a number: number NULL, no "Số:" line, and the series goes on unbroken', async () => {
    const { yearId } = await demo2018();
    const notice = { kind: 'notice' as const, subject: 'Lịch họp', paragraphs: ['Nội dung./.'] };
    const first = await s.ok('documents.issue', { yearId, type: 'letter', input: notice, date: '2018-03-01' });
    const pledge = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    expect(pledge).toMatchObject({ number: null, numberText: 'Không số', status: 'issued', typeCode: null, title: 'Bản giao ước thi đua năm 2018' });
    expect(pledge.fileName).toBe('2018-khong-so-1-ban-giao-uoc-thi-dua-nam-2018.docx');
    const again = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-10', replacesDocumentId: pledge.id });
    expect(again.fileName).toBe('2018-khong-so-2-ban-giao-uoc-thi-dua-nam-2018.docx');
    const next = await s.ok('documents.issue', { yearId, type: 'letter', input: notice, date: '2018-03-12' });
    expect([first.number, next.number]).toEqual([1, 2]);
    const { model } = await s.ok('documents.get', { documentId: pledge.id });
    expect(model.header).toMatchObject({ number: null, numbered: false });
  });

  it('with a number and the bloc’s own code when the officer chooses', async () => {
    const { yearId } = await demo2018();
    const p = await s.ok('pledges.get', { yearId });
    await s.ok('pledges.save', { ...asSaved(p), yearId, numbered: true, typeCode: 'GƯ' });
    const entry = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    expect(entry.numberText).toBe('01/GƯ-KTĐVHXH');
  });

  it('the report on the signing conference says the pledge is attached', async () => {
    const { yearId } = await demo2018();
    const signing = (await s.ok('meetings.list', { yearId })).find((m) => m.kind === 'signing')!;
    const { model } = await s.ok('documents.prepare', { yearId, type: 'report', input: { meetingId: signing.id } });
    const last = model.body.at(-1);
    expect(last && 'text' in last ? last.text : '').toMatch(/Gửi kèm Bản giao ước thi đua năm 2018/);
  });
});

describe('a unit’s name as it prints in the signature block', () => {
  it('keeps the line breaks the officer sets for the year, in the pledge and its document', async () => {
    const { yearId } = await demo2018();
    const units = await s.ok('units.list', { yearId });
    const dptth = units.find((u) => u.name === 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn')!;
    const saved = await s.ok('units.update', { ...dptth, printedName: 'Đài Phát thanh\nvà Truyền hình\ntỉnh  Bắc Kạn' });
    expect(saved.printedName).toBe('Đài Phát thanh\nvà Truyền hình\ntỉnh Bắc Kạn');
    const block = (await s.ok('pledges.get', { yearId })).signatories.find((x) => x.unitId === dptth.unitId)!.block;
    expect(block.unit).toBe('ĐÀI PHÁT THANH\nVÀ TRUYỀN HÌNH\nTỈNH BẮC KẠN');
    const prepared = await s.ok('documents.prepare', { yearId, type: 'pledge', input: {} });
    const grid = prepared.model.body.find((b) => b.kind === 'signatureGrid')!;
    expect(grid.kind === 'signatureGrid' && grid.blocks.some((b) => b.unit === 'ĐÀI PHÁT THANH\nVÀ TRUYỀN HÌNH\nTỈNH BẮC KẠN')).toBe(true);
    // Another year's name is not touched.
    const y2020 = (await s.ok('years.list', { blocId: (await s.ok('years.get', { yearId })).blocId })).find((y) => y.year === 2020)!;
    expect((await s.ok('units.list', { yearId: y2020.id })).find((u) => u.unitId === dptth.unitId)!.printedName).toBe('');
  });

  it('only adds line breaks: other words are refused, and nothing is saved', async () => {
    const { yearId } = await demo2018();
    const syt = (await s.ok('units.list', { yearId })).find((u) => u.name === 'Sở Y tế')!;
    const refused = await s.call('units.update', { ...syt, printedName: 'Sở Y tế\ntỉnh Bắc Kạn' });
    expect(refused).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { printedName: 'Tên in ở ô chữ ký phải giữ nguyên tên đơn vị, chỉ thêm chỗ xuống dòng (để trống thì tự ngắt dòng).' },
    });
    expect((await s.ok('units.list', { yearId })).find((u) => u.unitId === syt.unitId)!.printedName).toBe('');
  });
});
