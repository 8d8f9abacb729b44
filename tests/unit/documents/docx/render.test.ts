import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildInvitation,
  buildLetter,
  buildMinutes,
  buildReport,
  renderDocx,
  type StateDocument,
} from '../../../../main/documents/index.js';
import * as demo from '../../../support/documents.js';
import { attr, isBold, isItalic, para, paragraphs, runProps, sizesPt, tables, unzipDocx, type DocxParts } from '../../../support/docx.js';

const TEXT_WIDTH = 11906 - 1701 - 850;

async function parts(doc: StateDocument): Promise<DocxParts> {
  return unzipDocx(await renderDocx(doc));
}

/** Width of a rule drawn as a paragraph's bottom border inside a cell of the given width. */
function ruleWidth(p: { xml: string }, cellWidth: number): number {
  expect(p.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  const left = Number(attr(p.xml, 'w:ind', 'w:left') ?? 0);
  const right = Number(attr(p.xml, 'w:ind', 'w:right') ?? 0);
  expect(Math.abs(left - right)).toBeLessThanOrEqual(1); // centred
  return cellWidth - 2 * 108 - left - right;
}

describe('invitation rendered to DOCX', () => {
  let docx: DocxParts;
  let xml: string;
  beforeAll(async () => {
    docx = await parts(buildInvitation(demo.invitation));
    xml = docx.document;
  });

  it('returns a Uint8Array that is a zip (PK header), without Node Buffer', async () => {
    const bytes = await renderDocx(buildInvitation(demo.invitation));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.constructor).toBe(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('is on A4 portrait, 11906 × 16838 twips, margins 20/20/30/15 mm', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)?.[0] ?? '';
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(sect, 'w:pgSz', 'w:orient')).toBe('portrait');
    expect(attr(sect, 'w:pgMar', 'w:top')).toBe('1134');
    expect(attr(sect, 'w:pgMar', 'w:bottom')).toBe('1134');
    expect(attr(sect, 'w:pgMar', 'w:left')).toBe('1701');
    expect(attr(sect, 'w:pgMar', 'w:right')).toBe('850');
  });

  it('sets Times New Roman on all four font slots, black, 14 pt, in the document defaults', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? '';
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) {
      expect(attr(defaults, 'w:rFonts', slot)).toBe('Times New Roman');
    }
    expect(attr(defaults, 'w:color', 'w:val')).toBe('000000');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
    // No run in the document picks another font.
    const fonts = [...xml.matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
    expect(fonts.filter((f) => !/Times New Roman/.test(f))).toEqual([]);
  });

  it('keeps built-in title and heading styles black Times New Roman', () => {
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(docx.styles)?.[0] ?? '';
      expect(attr(style, 'w:color', 'w:val'), id).toBe('000000');
      expect(attr(style, 'w:rFonts', 'w:hAnsi'), id).toBe('Times New Roman');
    }
  });

  it('has a body style: justified, first-line indent 1.27 cm, 6 pt after, line spacing 1–1.5', () => {
    const style = /<w:style [^>]*w:styleId="BodyText"[\s\S]*?<\/w:style>/.exec(docx.styles)?.[0] ?? '';
    expect(attr(style, 'w:jc', 'w:val')).toBe('both');
    expect(attr(style, 'w:ind', 'w:firstLine')).toBe('720');
    expect(Number(attr(style, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
    const line = Number(attr(style, 'w:spacing', 'w:line'));
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
    const body = para(xml, /trân trọng kính mời:$/);
    expect(body.xml).toContain('<w:pStyle w:val="BodyText"/>');
  });

  it('lays the header out in a borderless, fixed, DXA-width two-column table', () => {
    const header = tables(xml)[0] ?? '';
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(header)?.[0] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(attr(borders, `w:${side}`, 'w:val'), side).toBe('none');
    }
    expect(attr(header, 'w:tblLayout', 'w:type')).toBe('fixed');
    expect(attr(header, 'w:tblW', 'w:type')).toBe('dxa');
    const cols = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(2);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const cellTypes = [...header.matchAll(/<w:tcW w:type="(\w+)"/g)].map((m) => m[1]);
    expect(new Set(cellTypes)).toEqual(new Set(['dxa']));
    // LibreOffice ignores percentage widths anywhere.
    expect(xml).not.toMatch(/w:type="pct"/);
    // No cell of the header draws a border of its own.
    expect(header).not.toMatch(/<w:tcBorders>[\s\S]*?w:val="single"/);
  });

  it('prints the left column: governing body regular 13 pt, issuing body bold 13 pt, a short rule, "Số:" 13 pt', () => {
    const header = tables(xml)[0] ?? '';
    const cols = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const gov = para(header, 'UBND TỈNH BẮC KẠN');
    expect(sizesPt(gov)).toEqual([13]);
    expect(runProps(gov).some(isBold)).toBe(false);

    const ps = paragraphs(header);
    const issuingIdx = ps.findIndex((p) => p.text === 'KHỐI THI ĐUA');
    expect(issuingIdx).toBeGreaterThan(0);
    const issuingLines = ps.slice(issuingIdx, issuingIdx + 2);
    expect(issuingLines.map((p) => p.text).join(' ')).toBe('KHỐI THI ĐUA VĂN HÓA - XÃ HỘI');
    for (const p of issuingLines) {
      expect(sizesPt(p)).toEqual([13]);
      expect(runProps(p).every(isBold)).toBe(true);
    }
    // The rule comes right after the issuing body: 1/3 to 1/2 of "VĂN HÓA - XÃ HỘI" (≈ 2500–2700 twips at 13 pt bold).
    const rule = ps[issuingIdx + 2];
    expect(rule?.text).toBe('');
    const width = ruleWidth(rule as { xml: string }, cols[0] ?? 0);
    expect(width).toBeGreaterThanOrEqual(2500 / 3);
    expect(width).toBeLessThanOrEqual(2700 / 2);

    const number = para(header, /^Số:/);
    expect(number.text).toBe('Số: 03/GM-KTĐVHXH');
    expect(sizesPt(number)).toEqual([13]);
    expect(runProps(number).some(isBold)).toBe(false);
  });

  it('prints the right column: national title bold 12–13 pt, motto bold 13–14 pt with a rule as long as it, italic date', () => {
    const header = tables(xml)[0] ?? '';
    const cols = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const nat = para(header, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(runProps(nat).every(isBold)).toBe(true);
    const natSize = sizesPt(nat)[0] ?? 0;
    expect(natSize >= 12 && natSize <= 13).toBe(true);

    const motto = para(header, 'Độc lập - Tự do - Hạnh phúc');
    expect(runProps(motto).every(isBold)).toBe(true);
    const mottoSize = sizesPt(motto)[0] ?? 0;
    expect(mottoSize >= 13 && mottoSize <= 14).toBe(true);
    // "Độc lập - Tự do - Hạnh phúc" is about 3430 twips wide at 14 pt bold in Times New Roman.
    const width = ruleWidth(motto, cols[1] ?? 0);
    expect(width).toBeGreaterThanOrEqual(3400);
    expect(width).toBeLessThanOrEqual(3560);

    const date = para(header, /^Bắc Kạn, ngày/);
    expect(date.text).toBe('Bắc Kạn, ngày 02 tháng 3 năm 2018');
    expect(runProps(date).every(isItalic)).toBe(true);
    expect(runProps(date).some(isBold)).toBe(false);
    // Number and date share the second row, so they sit on one line.
    const rows = [...header.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Số: 03/GM-KTĐVHXH');
    expect(rows[1]).toContain('Bắc Kạn, ngày 02 tháng 3 năm 2018');
  });

  it('prints the title in bold capitals, centred, and the subject bold, centred, with a short rule', () => {
    const ps = paragraphs(xml);
    const titleIdx = ps.findIndex((p) => p.text === 'GIẤY MỜI');
    const title = ps[titleIdx] as (typeof ps)[number];
    expect(runProps(title).every(isBold)).toBe(true);
    expect(attr(title.xml, 'w:jc', 'w:val')).toBe('center');
    const subject = ps[titleIdx + 1] as (typeof ps)[number];
    expect(subject.text).toBe('Dự Hội nghị ký kết giao ước thi đua năm 2018');
    expect(runProps(subject).every(isBold)).toBe(true);
    expect(attr(subject.xml, 'w:jc', 'w:val')).toBe('center');
    const rule = ps[titleIdx + 2] as (typeof ps)[number];
    const width = ruleWidth(rule, TEXT_WIDTH + 216);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(TEXT_WIDTH / 2);
  });

  it('numbers pages centred in the header from page 2 only', async () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)?.[0] ?? '';
    expect(sect).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
    const rels = await docx.part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)?.[1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    };
    const defaultHeader = await docx.part(`word/${target('default')}`);
    const firstHeader = await docx.part(`word/${target('first')}`);
    expect(defaultHeader).toMatch(/PAGE/);
    expect(attr(defaultHeader, 'w:jc', 'w:val')).toBe('center');
    expect(firstHeader).not.toMatch(/PAGE/);
    expect(attr(sect, 'w:pgMar', 'w:header')).toBe(String(Math.round((10 * 1440) / 25.4)));
  });

  it('prints "Nơi nhận:" 12 pt bold italic and entries 11 pt, "- …;" and the last "- Lưu: VT, …."', () => {
    const label = para(xml, 'Nơi nhận:');
    expect(sizesPt(label)).toEqual([12]);
    expect(runProps(label).every((r) => isBold(r) && isItalic(r))).toBe(true);
    const ps = paragraphs(xml);
    const i = ps.findIndex((p) => p.text === 'Nơi nhận:');
    const entries = ps.slice(i + 1, i + 4);
    expect(entries.map((p) => p.text)).toEqual([
      '- Ban Thi đua - Khen thưởng tỉnh (b/c);',
      '- Các đơn vị thành viên Khối;',
      '- Lưu: VT, KTĐVHXH.',
    ]);
    for (const e of entries) expect(sizesPt(e)).toEqual([11]);
  });

  it('puts recipients left and the signature right of a borderless table that cannot split', () => {
    const area = tables(xml).find((t) => t.includes('Nơi nhận:')) ?? '';
    expect(area).toContain('<w:cantSplit/>');
    expect(attr(area, 'w:tblLayout', 'w:type')).toBe('fixed');
    expect(attr(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(area)?.[0] ?? '', 'w:top', 'w:val')).toBe('none');
    const cells = [...area.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toContain('Nơi nhận:');
    const right = paragraphs(cells[1] ?? '');
    const texts = right.map((p) => p.text).filter((t) => t !== '');
    expect(texts[0]).toBe('TRƯỞNG KHỐI');
    expect(texts[texts.length - 1]).toBe('Nguyễn Văn A');
    for (const p of right.filter((p) => p.text !== '')) expect(runProps(p).every(isBold)).toBe(true);
    // Space to sign: blank lines between the authority and the name.
    const nameIdx = right.findIndex((p) => p.text === 'Nguyễn Văn A');
    expect(right.slice(nameIdx - 3, nameIdx).every((p) => p.text === '')).toBe(true);
    // Authority lines and signing space keep with the name.
    for (const p of right.slice(0, nameIdx)) expect(p.xml).toContain('<w:keepNext/>');
  });

  it('keeps the last body paragraph with the signature', () => {
    expect(para(xml, /sắp xếp thời gian đến dự\.\/\.$/).xml).toContain('<w:keepNext/>');
  });
});

describe('other document types rendered to DOCX', () => {
  it('report: "Kính gửi:" under the title, italic legal bases, a data table with repeated header and unsplittable rows', async () => {
    const { document: xml } = await parts(buildReport(demo.report));
    expect(para(xml, /^Kính gửi:/).text).toBe('Kính gửi: Ban Thi đua - Khen thưởng tỉnh Bắc Kạn');
    for (const basis of demo.report.legalBases ?? []) {
      expect(runProps(para(xml, basis)).every(isItalic)).toBe(true);
    }
    const table = tables(xml).find((t) => t.includes('Khối chấm')) ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(attr(table, 'w:tblLayout', 'w:type')).toBe('fixed');
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(cols[1]).toBeGreaterThan(cols[0] ?? 0); // the unit column is the wide one
    expect(runProps(para(rows[0] ?? '', 'Đơn vị')).every(isBold)).toBe(true);
    expect(xml).toContain('Số: 12/BC-KTĐVHXH');
    expect(para(xml, /^I\. /).text).toBe('I. CÔNG TÁC CHỈ ĐẠO, TỔ CHỨC PHONG TRÀO THI ĐUA');
  });

  it('minutes: THƯ KÝ signs left, CHỦ TRÌ right; no "Nơi nhận" unless given', async () => {
    const { document: xml } = await parts(buildMinutes(demo.minutes));
    const area = tables(xml).find((t) => t.includes('THƯ KÝ')) ?? '';
    const cells = [...area.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text).filter((t) => t));
    expect(cells).toEqual([
      ['THƯ KÝ', 'Trần Thị Bích'],
      ['CHỦ TRÌ', 'Nguyễn Văn A'],
    ]);
    expect(xml).not.toContain('Nơi nhận:');
    expect(para(xml, /^Cuộc họp kết thúc/).text).toBe('Cuộc họp kết thúc vào 17 giờ 00, ngày 09/3/2018./.');
    expect(xml).toContain('Số: 05/BB-KTĐVHXH');
  });

  it('công văn: no title, "V/v …" 12 pt under the number, symbol without type code, addressees as a list', async () => {
    const doc = buildLetter({ ...demo.letter, addressee: ['Sở Y tế', 'Ban Dân tộc'] });
    const { document: xml } = await parts(doc);
    const header = tables(xml)[0] ?? '';
    expect(para(header, /^Số:/).text).toBe('Số: 07/KTĐVHXH');
    const vv = paragraphs(header).filter((p) => /V\/v|báo cáo|2018$/.test(p.text) && !p.text.startsWith('Bắc Kạn'));
    expect(vv.map((p) => p.text).join(' ')).toBe('V/v đề nghị gửi báo cáo tự chấm điểm thi đua năm 2018');
    for (const p of vv) expect(sizesPt(p)).toEqual([12]);
    expect(xml).not.toContain('CÔNG VĂN');
    expect(para(xml, /^Kính gửi:/).text).toBe('Kính gửi:- Sở Y tế;');
    expect(para(xml, '- Ban Dân tộc.').xml).toBeTruthy();
  });

  it('draft: blank number and date to fill in by hand', async () => {
    const doc = buildInvitation({ ...demo.invitation, number: null, date: null });
    const { document: xml } = await parts(doc);
    expect(para(xml, /^Số:/).text).toMatch(/^Số:\s{5,}\/GM-KTĐVHXH$/u);
    expect(para(xml, /^Bắc Kạn, ngày/).text).toMatch(/^Bắc Kạn, ngày\s+tháng\s+năm\s*$/u);
  });

  it('landscape swaps the page to 16838 × 11906 and widens tables to the landscape text width', async () => {
    const doc = buildReport(demo.report);
    const { document: xml } = await parts({ ...doc, options: { ...doc.options, orientation: 'landscape' } });
    expect(attr(xml, 'w:pgSz', 'w:w')).toBe('16838');
    expect(attr(xml, 'w:pgSz', 'w:h')).toBe('11906');
    expect(attr(xml, 'w:pgSz', 'w:orient')).toBe('landscape');
    const table = tables(xml).find((t) => t.includes('Khối chấm')) ?? '';
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
  });

  it('body size 13 sets 13 pt (26 half-points) as the default', async () => {
    const doc = buildInvitation({ ...demo.invitation, settings: { ...demo.settings, bodyFontSize: 13 } });
    const { styles } = await parts(doc);
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('26');
  });

  it('writes NFC text even when the data is decomposed (NFD)', async () => {
    const nfd = <T>(v: T): T => JSON.parse(JSON.stringify(v).normalize('NFD')) as T;
    const data = nfd(demo.invitation);
    expect(data.settings.issuingBody).not.toBe(data.settings.issuingBody.normalize('NFC'));
    const { document: xml } = await parts(buildInvitation(data));
    const text = paragraphs(xml).map((p) => p.text).join('\n');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('KHỐI THI ĐUA'.normalize('NFC'));
    expect(text).toContain('Bắc Kạn, ngày 02 tháng 3 năm 2018'.normalize('NFC'));
  });

  it('signature grid: rows never split, and the blocks of a row share their lines', async () => {
    const doc = buildReport(demo.report);
    const blocks = [
      { unit: 'Sở Y tế', authority: ['GIÁM ĐỐC'], name: 'Nguyễn Văn B' },
      { unit: 'Sở Giáo dục và Đào tạo', prefix: 'KT.' as const, authority: ['GIÁM ĐỐC'], deputyPosition: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn C' },
      { unit: 'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn', authority: ['GIÁM ĐỐC'], name: 'Nguyễn Văn D' },
    ];
    const { document: xml } = await parts({ ...doc, body: [{ kind: 'signatureGrid', perRow: 3, blocks }] });
    const grid = tables(xml).find((t) => t.includes('PHÓ GIÁM ĐỐC')) ?? '';
    expect(grid).toContain('<w:cantSplit/>');
    // No "keep with next" inside: LibreOffice would keep the whole grid together and push it to a new page.
    expect(grid).not.toContain('<w:keepNext/>');
    const cells = [...grid.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => paragraphs(m[0]).map((p) => p.text));
    expect(cells[1]?.filter((t) => t)).toEqual(['SỞ GIÁO DỤC', 'VÀ ĐÀO TẠO', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn C']);
    expect(cells[2]?.filter((t) => t)).toEqual(['ĐÀI PHÁT THANH', 'VÀ TRUYỀN HÌNH', 'TỈNH BẮC KẠN', 'GIÁM ĐỐC', 'Nguyễn Văn D']);
    // Paragraph by paragraph: the last unit-name lines, the first position lines and the names share a line.
    const lineOf = (texts: string[]) => new Set(cells.map((c, i) => c?.indexOf(texts[i] ?? '')));
    expect(lineOf(['SỞ Y TẾ', 'VÀ ĐÀO TẠO', 'TỈNH BẮC KẠN'])).toEqual(new Set([2]));
    expect(lineOf(['GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'GIÁM ĐỐC'])).toEqual(new Set([3]));
    // Under the longest position (two lines), six lines to sign and stamp.
    expect(lineOf(blocks.map((b) => b.name))).toEqual(new Set([3 + 2 + 6]));
  });
});
