// Renders every demo document with LibreOffice, as an officer's word processor would, and reads the
// PDF back: the content, its order and the page count. CI installs LibreOffice; without it this fails.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDemoDocuments } from '../../../../scripts/demo.js';
import type { Pledge } from '../../../../main/contract/index.js';
import { openTestServices } from '../../../support/services.js';
import { thirtyUnitYear } from '../../../support/pledges.js';

const TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];
const missing = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

interface Rendered {
  text: string;
  pages: number;
  /** Each page's text in drawing order (pdftotext -raw): a table cell's lines come together. */
  pageTexts: string[];
}
const rendered = new Map<string, Rendered>();
/** The pledges' signatories as the services resolve them: the demo's 2018 and a synthetic 30-unit year. */
const signatories = new Map<string, Pledge['signatories']>();
const PLEDGE_30 = 'giao-uoc-30-don-vi';

beforeAll(async () => {
  if (missing.length > 0) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-render-'));
  // The demo also writes workbooks; LibreOffice Writer renders the documents.
  const files = (await writeDemoDocuments(path.join(dir, 'docx'))).map((f) => f.file).filter((f) => f.endsWith('.docx'));
  // The same demo data through the services, for the signatories' order; and a 30-unit pledge.
  const s = await openTestServices();
  try {
    const { blocId } = await s.ok('blocs.openDemo', {});
    const y2018 = (await s.ok('years.list', { blocId })).find((y) => y.year === 2018)!;
    signatories.set('2018-giao-uoc-thi-dua', (await s.ok('pledges.get', { yearId: y2018.id })).signatories);
    const { yearId } = await thirtyUnitYear(s);
    signatories.set(PLEDGE_30, (await s.ok('pledges.get', { yearId })).signatories);
    const docx = await s.ok('documents.docx', { yearId, type: 'pledge', input: {} });
    const file = path.join(dir, 'docx', `${PLEDGE_30}.docx`);
    fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    files.push(file);
  } finally {
    await s.close();
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-lo-profile-'));
  // One LibreOffice start for every file: it is the slow part.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 180_000 },
  );
  for (const file of files) {
    const name = path.basename(file, '.docx');
    const pdf = path.join(dir, `${name}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const pageTexts = Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    );
    rendered.set(name, { text: text.replace(/\s+/g, ' '), pages, pageTexts });
  }
}, 240_000);

function doc(name: string): Rendered {
  const found = rendered.get(name);
  if (!found) throw new Error(`${name} was not rendered`);
  return found;
}

/** Each phrase is present, after the one before it. */
function expectInOrder(text: string, phrases: string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect(at, `“${phrase}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + phrase.length;
  }
}

const UNITS_2018 = [
  'Ban Dân tộc',
  'Bảo hiểm xã hội tỉnh Bắc Kạn',
  'Đài Phát thanh và Truyền hình tỉnh Bắc Kạn',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Thông tin và Truyền thông',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Y tế',
  'Trường Cao đẳng Cộng đồng Bắc Kạn',
  'Trường Cao đẳng Nghề Dân tộc Nội trú Bắc Kạn',
];

describe('the demo documents, rendered by LibreOffice', () => {
  it('needs LibreOffice and poppler (apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils)', () => {
    expect(missing, `missing tools: ${missing.join(', ')}`).toEqual([]);
  });

  it('invitation: header, the guests and the member units, time, place, a contact person, "Như thành phần mời" and no invitee copied, on one page', () => {
    const { text, pages } = doc('2018-GM-hoi-nghi-ky-ket');
    expectInOrder(text, [
      'UBND TỈNH BẮC KẠN',
      'Số: 01/GM-KTĐVHXH',
      'Bắc Kạn, ngày 02 tháng 3 năm 2018',
      'GIẤY MỜI',
      'Dự Hội nghị ký kết giao ước thi đua năm 2018',
      'trân trọng kính mời:',
      'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh;',
      'Đồng chí Hoàng Văn R - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh;',
      'Lãnh đạo các đơn vị thành viên Khối thi đua Văn hóa - Xã hội.',
      'Đến dự:',
      'Thời gian: 14 giờ 00, thứ Sáu, ngày 09/3/2018.',
      'Địa điểm: Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn.',
      'Mọi chi tiết xin liên hệ đồng chí Hà Thị Q, Trường Cao đẳng Cộng đồng Bắc Kạn, điện thoại: 0209 3870 123.',
      'Nơi nhận:',
      '- Như thành phần mời;',
      '- Lưu: VT, VP.',
      'Lê Thị C',
    ]);
    // An invitee is not also sent a copy.
    expect(text).not.toContain('(b/c)');
    expect(pages).toBe(1);
  });

  it('minutes: sections in order, participants of the 11 units, THƯ KÝ and CHỦ TRÌ, on 2 pages', () => {
    const { text, pages } = doc('2018-BB-hoi-nghi-ky-ket');
    expectInOrder(text, [
      'Số: 03/BB-KTĐVHXH',
      'BIÊN BẢN',
      'Hội nghị ký kết giao ước thi đua năm 2018',
      'I. THỜI GIAN, ĐỊA ĐIỂM',
      'bắt đầu vào 14 giờ 00, thứ Sáu, ngày 09/3/2018',
      'II. THÀNH PHẦN THAM DỰ',
      'Phạm Duy Hưng',
      // The provincial board's representative, by name.
      'Đồng chí Hoàng Văn R - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh.',
      '2. Đại diện các đơn vị thành viên (11/11 đơn vị)',
      ...UNITS_2018.map((u) => `${u}: đồng chí`),
      'Chủ trì: đồng chí Lê Thị C',
      'Thư ký: đồng chí Hà Thị Q',
      'III. NỘI DUNG',
      '1. Thảo luận, góp ý dự thảo Quy chế',
      '4. Các đơn vị ký kết giao ước thi đua năm 2018',
      // Every view with its speaker; the leader's directions in his name, not among the conclusions.
      '5. Ý kiến thảo luận',
      'Đồng chí Đặng Văn H - Giám đốc Sở Y tế: Nhất trí với dự thảo Quy chế',
      'Đồng chí Hoàng Văn R - Phó Trưởng Ban Thi đua - Khen thưởng tỉnh: Đề nghị',
      '6. Ý kiến chỉ đạo',
      'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo: Nâng cao trách nhiệm',
      'IV. KẾT LUẬN',
      'Hội nghị thống nhất thông qua Quy chế hoạt động',
      'Biên bản đã được thông qua trước Hội nghị vào hồi 17 giờ 00 cùng ngày',
      'Cuộc họp kết thúc vào 17 giờ 00, ngày 09/3/2018./.',
      'THƯ KÝ',
      'CHỦ TRÌ',
      'Hà Thị Q',
      'Lê Thị C',
    ]);
    expect(pages).toBe(2);
  });

  it('report: addressee, attendance count, sections, "Như trên", signed for the bloc (TM.), on 2 pages', () => {
    const { text, pages } = doc('2018-BC-ket-qua-hoi-nghi-ky-ket');
    expectInOrder(text, [
      'Số: 04/BC-KTĐVHXH',
      'BÁO CÁO',
      'Kết quả Hội nghị ký kết giao ước thi đua năm 2018',
      'Kính gửi: Ban Thi đua - Khen thưởng tỉnh Bắc Kạn (Sở Nội vụ)',
      'I. THÀNH PHẦN THAM DỰ',
      'Đại diện lãnh đạo 11/11 đơn vị thành viên Khối.',
      'II. NỘI DUNG HỘI NGHỊ',
      'III. KẾT LUẬN, CHỈ ĐẠO',
      'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo:',
      'Trên đây là báo cáo',
      'Nơi nhận:',
      'TM. KHỐI THI ĐUA',
      '- Như trên;',
      'TRƯỞNG KHỐI',
      '- Lưu: VT, VP.',
      'HIỆU TRƯỞNG',
      'Lê Thị C',
    ]);
    // The addressee is not listed again among the recipients.
    expect(text).not.toContain('Ban Thi đua - Khen thưởng tỉnh (b/c)');
    expect(pages).toBe(2);
  });

  it('notice and letter: one page each, the letter’s subject under its number', () => {
    // The bloc's notice reports the conference's results and the leader's directions in his name; it
    // does not publish his conclusions. It is signed for the bloc.
    const notice = doc('2018-TB-ket-qua-hoi-nghi-ky-ket');
    expectInOrder(notice.text, [
      'Số: 05/TB-KTĐVHXH',
      'Bắc Kạn, ngày 13 tháng 3 năm 2018',
      'THÔNG BÁO',
      'Kết quả Hội nghị ký kết giao ước thi đua năm 2018',
      'lãnh đạo 11/11 đơn vị thành viên Khối.',
      'Hội nghị thống nhất thông qua Quy chế hoạt động',
      'Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo:',
      'Nơi nhận:',
      'TM. KHỐI THI ĐUA',
      'TRƯỞNG KHỐI',
      'Lê Thị C',
    ]);
    expect(notice.text).not.toContain('Kết luận của đồng chí');
    expect(notice.pages).toBe(1);
    const letter = doc('2018-CV-de-nghi-gui-bao-cao-tu-cham');
    expectInOrder(letter.text, ['Số: 06/KTĐVHXH', 'V/v đề nghị gửi báo cáo tự chấm', 'Kính gửi: Các đơn vị thành viên Khối', '- Như trên;', 'Lưu: VT, VP.']);
    expect(letter.pages).toBe(1);
  });

  it('agenda: CTr number, CHƯƠNG TRÌNH, time and place, the table Thời gian | Nội dung | Thực hiện, on one page', () => {
    const { text, pages } = doc('2018-CTr-hoi-nghi-ky-ket');
    expectInOrder(text, [
      'Số: 02/CTr-KTĐVHXH',
      'CHƯƠNG TRÌNH',
      'Hội nghị ký kết giao ước thi đua năm 2018',
      'Thời gian: 14 giờ 00, thứ Sáu, ngày 09/3/2018.',
      'Địa điểm: Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn.',
      'Thời gian',
      'Nội dung',
      'Thực hiện',
      '14h00 - 15h00',
      '16h15 - 17h00',
      'Lê Thị C',
    ]);
    expect(pages).toBe(1);
  });

  it('report on the signing conference: the pledge goes with it', () => {
    expectInOrder(doc('2018-BC-ket-qua-hoi-nghi-ky-ket').text, ['Trên đây là báo cáo', 'Gửi kèm Bản giao ước thi đua năm 2018']);
  });

  it('demo pledge: no number line, title, bases, preamble, the 6 items, then all 11 blocks in order', () => {
    const { text, pages, pageTexts } = doc('2018-giao-uoc-thi-dua');
    expect(text).not.toContain('Số:');
    expectInOrder(text, [
      'UBND TỈNH BẮC KẠN',
      'Bắc Kạn, ngày 09 tháng 3 năm 2018',
      'BẢN GIAO ƯỚC THI ĐUA NĂM 2018',
      'Khối thi đua Văn hóa - Xã hội',
      'Căn cứ Nghị định số 91/2017/NĐ-CP',
      'thống nhất ký kết giao ước thi đua năm 2018 với các nội dung sau:',
      '1. Phát huy tinh thần đoàn kết',
      '6. Chú trọng phát hiện, bồi dưỡng điển hình tiên tiến',
      'Bản giao ước có hiệu lực kể từ ngày ký./.',
    ]);
    const list = signatories.get('2018-giao-uoc-thi-dua')!;
    expect(list).toHaveLength(11);
    expect(list[0]?.unitName).toBe('Trường Cao đẳng Cộng đồng Bắc Kạn');
    // In drawing order, after the last item: every unit's name, position and head's name, in order.
    const all = pageTexts.join(' ');
    expectInOrder(all, ['6. Chú trọng phát hiện', ...list.flatMap((sig) => blockPhrases(sig))]);
    expectWholeBlocks(pageTexts, list);
    expect(pages).toBe(2);
  });

  it('30-unit pledge: every block whole on one page, in the chosen order', () => {
    const { pageTexts, pages } = doc(PLEDGE_30);
    const list = signatories.get(PLEDGE_30)!;
    expect(list).toHaveLength(30);
    expect(list.filter((sig) => sig.block.prefix === 'KT.').length).toBeGreaterThan(0);
    expectInOrder(pageTexts.join(' '), list.flatMap((sig) => blockPhrases(sig)));
    expectWholeBlocks(pageTexts, list);
    expect(pages).toBeLessThanOrEqual(5);
  });
});

describe('the demo 2022 year-end documents, rendered by LibreOffice', () => {
  it('ballots: one per member present, two to a page, the candidates with their points and ranks', () => {
    const flag = doc('2022-phieu-bau-co-thi-dua-1');
    expect(flag.pages).toBe(5);
    for (const page of flag.pageTexts) {
      expect(page.match(/PHIẾU BẦU/g)).toHaveLength(2);
      expect(page).not.toMatch(/Số: /);
    }
    expectInOrder(flag.text, [
      'PHIẾU BẦU',
      'Bình xét, suy tôn đơn vị đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh năm 2022',
      '(Đánh dấu X vào ô “Đồng ý” đối với đơn vị được lựa chọn; chọn không quá 01 đơn vị)',
      'Sở Giáo dục và Đào tạo 102 1',
      'Ban Dân tộc 100,5 2',
      'Bảo hiểm xã hội tỉnh Bắc Kạn 97,5 3',
    ]);
    const certificates = doc('2022-phieu-bau-bang-khen-2');
    expect(certificates.text).toContain('chọn không quá 03 đơn vị');
    // The flag's winner is not a candidate for a certificate.
    expect(certificates.text).not.toContain('Sở Giáo dục và Đào tạo');
  });

  it('vote-count minutes: the tellers, the figures, each unit’s votes over ballots issued and its percent, the tellers’ signatures', () => {
    const { text, pages } = doc('2022-BB-kiem-phieu');
    expectInOrder(text, [
      'Số: 01/BB-KTĐVHXH',
      'BIÊN BẢN KIỂM PHIẾU',
      'Ban kiểm phiếu chúng tôi gồm:',
      '1/ Đồng chí Lương Văn S - Chuyên viên Sở Y tế - Trưởng ban;',
      'Hình thức: bỏ phiếu kín.',
      'đạt tỷ lệ trên 50% tính trên tổng số 10 đơn vị thành viên',
      'Số phiếu phát ra: 10; Số phiếu thu vào: 10; Số phiếu hợp lệ: 10; Số phiếu không hợp lệ: 0.',
      'Sở Giáo dục và Đào tạo 8/10 80,00%',
      'Số phiếu hợp lệ: 9; Số phiếu không hợp lệ: 1.',
      'Ban Dân tộc 9/10 90,00%',
      'Biên bản được thông qua trước Hội nghị vào hồi 10 giờ 40 cùng ngày./.',
      'TM. BAN KIỂM PHIẾU',
      'TRƯỞNG BAN',
    ]);
    expect(text).toContain('Lương Văn S');
    expect(pages).toBe(2);
  });

  it('award proposal: addressee, the units elected per award with points, rank and votes, the files attached, signed for the bloc, on one page', () => {
    const { text, pages } = doc('2022-TTr-de-nghi-khen-thuong');
    expectInOrder(text, [
      'Số: 03/TTr-KTĐVHXH',
      'TỜ TRÌNH',
      'Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2022',
      'Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh',
      'Căn cứ Nghị định số 91/2017/NĐ-CP',
      '1. Cờ thi đua của Ủy ban nhân dân tỉnh cho 01 đơn vị:',
      'Sở Giáo dục và Đào tạo (102 điểm, xếp thứ 1, đạt 80,00% số phiếu bầu);',
      '2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 đơn vị:',
      'Ban Dân tộc (100,5 điểm, xếp thứ 2, đạt 90,00% số phiếu bầu);',
      'Sở Y tế (97,5 điểm, xếp thứ 4, đạt 60,00% số phiếu bầu).',
      'Biên bản kiểm phiếu',
      'trân trọng đề nghị./.',
      // "Nơi nhận" and the signature share their lines.
      'TM. KHỐI THI ĐUA',
      '- Như trên;',
      'Bùi Thị K',
    ]);
    expect(pages).toBe(1);
  });

  it('year-end minutes and annual report: the results, the vote and next year’s head and deputy', () => {
    expectInOrder(doc('2022-BB-hoi-nghi-tong-ket').text, [
      'Số: 02/BB-KTĐVHXH',
      'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022',
      'Đại diện các đơn vị thành viên (10/10 đơn vị)',
      '(Có Bảng tổng hợp kết quả chấm điểm kèm theo)',
      'Sở Giáo dục và Đào tạo',
    ]);
    const report = doc('2022-BC-tong-ket-nam');
    expectInOrder(report.text, [
      'Số: 04/BC-KTĐVHXH',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ',
      'IV. KẾT QUẢ CHẤM ĐIỂM, BÌNH XÉT THI ĐUA',
      'Sở Giáo dục và Đào tạo 102 1',
      'lựa chọn 01 đơn vị tiêu biểu xuất sắc dẫn đầu phong trào thi đua',
      'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023',
      'Sở Giáo dục và Đào tạo được giao là đơn vị Trưởng khối, Bảo hiểm xã hội tỉnh Bắc Kạn là đơn vị Phó khối',
      'VI. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(report.pages).toBeLessThanOrEqual(3);
  });
});

/** A block's lines as printed: unit, "KT. <POSITION>" and the deputy's position, or the position; the name. */
function blockPhrases(sig: Pledge['signatories'][number]): string[] {
  const b = sig.block;
  const authority = b.authority.map((a, i) => (i === 0 && b.prefix ? `${b.prefix} ${a}` : a));
  return [b.unit ?? '', ...authority, ...(b.deputyPosition ? [b.deputyPosition] : []), b.name].filter((p) => p !== '');
}

/** No block is split across pages: its lines, from unit to name, come together on a single page. */
function expectWholeBlocks(pageTexts: string[], list: Pledge['signatories']): void {
  for (const sig of list) {
    const whole = blockPhrases(sig).join(' ');
    const on = pageTexts.filter((p) => p.includes(whole)).length;
    expect(on, `${sig.unitName}: “${whole}” whole on one page`).toBe(1);
  }
}
