// Phiếu bầu: the words and columns of each style, the copies for the members present one or two to a page,
// and what stops it from being printed.
import { describe, expect, it } from 'vitest';
import type { YearEnd } from '../../../../../main/contract/index.js';
import { checkDocument, checkDocx, kinds, renderDocx, type StateDocument, type TableBlock, type TableCell } from '../../../../../main/documents/index.js';
import { fitsHalfPage } from '../../../../../main/documents/kinds/ballot/wording.js';
import { unzipDocx, paragraphs } from '../../../../support/docx.js';
import { certificateAward, flagAward, withYearEnd, yearEndSources, yearEnd2022 } from '../../../../support/year-end.js';

const kind = kinds.ballot;

async function draft(roundId: number, yearEnd: YearEnd = yearEnd2022) {
  const sources = yearEndSources(yearEnd);
  const input = kind.input.parse({ roundId });
  const { data, sourceMeetingId } = await kind.gather(input, sources);
  const date = (await kind.issueDate({ input, data, sources })).default;
  return { input, data, sources, sourceMeetingId, model: kind.build({ ...data, date }) };
}

const textOf = (cell: TableCell | undefined): string => {
  if (cell === undefined) return '';
  const t = typeof cell === 'string' ? cell : cell.text;
  return typeof t === 'string' ? t : t.map((r) => r.text).join('');
};
const tableOf = (model: StateDocument) => model.body.find((b): b is TableBlock => b.kind === 'table')!;
const instructionOf = (model: StateDocument) => model.body[0]?.kind === 'paragraph' ? model.body[0].text : '';

describe('the ballot: wording', () => {
  it('the bloc’s header with the conference’s date, no number; “PHIẾU BẦU” and the award of the year', async () => {
    const { model, sourceMeetingId } = await draft(11);
    expect(model.header).toMatchObject({ numbered: false, number: null, typeCode: null, date: '2022-12-20', issuingBody: 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI' });
    expect(model.title).toBe('PHIẾU BẦU');
    expect(model.subject).toEqual({ placement: 'underTitle', lines: ['Bình xét, suy tôn đơn vị đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2022'] });
    expect(sourceMeetingId).toBe(7);
    expect(kind.registerTitle(model)).toBe('Phiếu bầu: Bình xét, suy tôn đơn vị đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2022');
  });

  it('neither signed nor sent, and the Decree-30 checks pass', async () => {
    const { model } = await draft(11);
    expect(model.signatures).toBeNull();
    expect(model.recipients).toEqual([]);
    expect(checkDocument(model)).toEqual([]);
    // The same model without copies is a document that lacks its signature.
    expect(checkDocument({ ...model, options: { ...model.options, copies: undefined } }).map((b) => b.code)).toEqual(['signatures']);
    expect(checkDocument({ ...model, options: { ...model.options, copies: { count: 0, perPage: 1 } } }).map((b) => b.code)).toEqual(['options.copies']);
  });

  it('a mark ballot: the “Đồng ý” instruction with the quota in two digits, the two boxes, the included units by rank', async () => {
    const { model } = await draft(21);
    expect(instructionOf(model)).toBe('(Đánh dấu X vào ô “Đồng ý” đối với đơn vị được lựa chọn; chọn không quá 03 đơn vị)');
    const table = tableOf(model);
    expect(table.headerRows[0]?.map(textOf)).toEqual(['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Đồng ý', 'Không đồng ý']);
    expect(table.rows.map((r) => r.map(textOf))).toEqual([
      ['1', 'Sở Y tế', '98', '2', '', ''],
      ['2', 'Sở Giáo dục và Đào tạo', '95,75', '3', '', ''],
      ['3', 'Ban Dân tộc', '94', '4', '', ''],
      ['4', 'Bảo hiểm xã hội tỉnh Bắc Kạn', '94', '4', '', ''],
      ['5', 'Sở Văn hóa, Thể thao và Du lịch', '92,5', '6', '', ''],
      ['6', 'Sở Thông tin và Truyền thông', '92,5', '7', '', ''],
    ]);
  });

  it('a strike ballot: “gạch tên” and no boxes', async () => {
    const { model } = await draft(11, withYearEnd({ rules: { ballotStyle: 'strike' } }));
    expect(instructionOf(model)).toBe('(Đồng ý thì để nguyên, không đồng ý thì gạch tên; chọn không quá 01 đơn vị)');
    const table = tableOf(model);
    expect(table.headerRows[0]?.map(textOf)).toEqual(['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng']);
    expect(table.rows.map((r) => r.map(textOf))).toEqual([
      ['1', 'Trường Cao đẳng Cộng đồng Bắc Kạn', '101', '1'],
      ['2', 'Sở Y tế', '98', '2'],
      ['3', 'Sở Giáo dục và Đào tạo', '95,75', '3'],
    ]);
  });

  it('a re-vote says so, lists only the tied units and lets choose the seats left', async () => {
    const { model } = await draft(22);
    expect(model.subject).toEqual({
      placement: 'underTitle',
      lines: ['Bình xét, suy tôn đơn vị đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2022', '(Bầu lại - lần bỏ phiếu thứ 2)'],
    });
    expect(instructionOf(model)).toContain('chọn không quá 01 đơn vị');
    expect(tableOf(model).rows.map((r) => textOf(r[1]))).toEqual(['Ban Dân tộc', 'Bảo hiểm xã hội tỉnh Bắc Kạn']);
  });
});

describe('the ballot: copies', () => {
  it('one for each member present, else each member; one or two to a page as the bloc chose', async () => {
    expect((await draft(11)).model.options.copies).toEqual({ count: 9, perPage: 1 });
    expect((await draft(11, withYearEnd({ present: null }))).model.options.copies).toEqual({ count: 10, perPage: 1 });
    const two = (await draft(21, withYearEnd({ rules: { ballotsPerPage: 2 } }))).model;
    expect(two.options.copies).toEqual({ count: 9, perPage: 2 });
    // Two to a page take the smaller body size.
    expect(two.options.bodyFontSize).toBe(13);
  });

  it('a list too long for half a page goes one to a page', async () => {
    const seven = { ...certificateAward.rounds[0]!, candidates: certificateAward.rounds[0]!.candidates.map((c) => ({ ...c, included: c.rank !== null && c.rank > 1 && c.rank < 9 })) };
    const yearEnd = withYearEnd({ rules: { ballotsPerPage: 2 }, awards: [flagAward, { ...certificateAward, rounds: [seven] }] });
    const { model } = await draft(21, yearEnd);
    expect(tableOf(model).rows).toHaveLength(7);
    expect(model.options.copies).toEqual({ count: 9, perPage: 1 });
    expect(model.options.bodyFontSize).toBe(14);
  });

  it('half a page holds seven lines of names at 13 pt: a long name counts two', () => {
    const long = 'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn và các đơn vị trực thuộc';
    expect(fitsHalfPage(Array(7).fill('Sở Y tế'))).toBe(true);
    expect(fitsHalfPage([...Array(5).fill('Sở Y tế'), long])).toBe(true);
    expect(fitsHalfPage([...Array(6).fill('Sở Y tế'), long])).toBe(false);
    expect(fitsHalfPage(Array(8).fill('Sở Y tế'))).toBe(false);
  });

  /** The DOCX's sections (one a printed page) and the ballots' titles and cut lines in each. */
  async function pages(model: StateDocument) {
    const bytes = await renderDocx(model);
    expect(await checkDocx(bytes)).toEqual([]);
    const { document } = await unzipDocx(bytes);
    // A section ends at each w:sectPr (the last one is the body's own); each page is the first of its
    // section, whose header is empty: no page number on a ballot.
    const settings = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    const sections = document.split(/<w:sectPr[\s\S]*?<\/w:sectPr>/).slice(0, -1);
    return sections.map((xml, i) => ({
      ballots: paragraphs(xml).filter((p) => p.text === 'PHIẾU BẦU').length,
      cuts: (xml.match(/<w:bottom w:val="dashed"/g) ?? []).length,
      firstPageHeader: settings[i]?.includes('<w:titlePg/>') ?? false,
    }));
  }

  it('the DOCX holds every copy, one a page: nine sections, each starting a page without a page number', async () => {
    const { model } = await draft(11);
    expect(await pages(model)).toEqual(Array(9).fill({ ballots: 1, cuts: 0, firstPageHeader: true }));
  });

  it('two to a page: pairs parted by a dashed line, the odd one alone on the last page', async () => {
    const { model } = await draft(21, withYearEnd({ rules: { ballotsPerPage: 2 } }));
    expect(await pages(model)).toEqual([
      ...Array(4).fill({ ballots: 2, cuts: 1, firstPageHeader: true }),
      { ballots: 1, cuts: 0, firstPageHeader: true },
    ]);
  });
});

describe('the ballot: readiness and date', () => {
  it('prints again at any time; refuses a round with nobody on the list', async () => {
    expect(await kind.readiness(await draft(11))).toEqual([]);
    const empty = { ...flagAward.rounds[0]!, status: 'candidates' as const, entries: [], result: null, candidates: flagAward.rounds[0]!.candidates.map((c) => ({ ...c, included: false })) };
    const d = await draft(11, withYearEnd({ awards: [{ ...flagAward, rounds: [empty] }, certificateAward] }));
    expect(await kind.readiness(d)).toEqual([
      {
        field: 'votes.candidates',
        message: 'Vòng bầu lần 1 “Cờ thi đua của Ủy ban nhân dân tỉnh” chưa có đơn vị nào trong danh sách bỏ phiếu: chọn các đơn vị ở trang Bình xét khen thưởng.',
      },
    ]);
  });

  it('a round of another year is not found', async () => {
    await expect(draft(99)).rejects.toThrow('Không tìm thấy vòng bầu này trong năm 2022.');
  });

  it('dated the conference’s day, a year-end document; undated while no conference is chosen', async () => {
    const d = await draft(11);
    expect(await kind.issueDate(d)).toEqual({ default: '2022-12-20', yearEnd: true });
    const none = await draft(11, withYearEnd({ rules: { meetingId: null } }));
    expect(await kind.issueDate(none)).toEqual({ default: null, yearEnd: true });
    expect(kind.numbered(d.data)).toBe(false);
  });
});
