import { describe, expect, it } from 'vitest';
import { buildInvitation, buildLetter, buildMinutes, buildReport, kinds } from '../../../../main/documents/index.js';
import * as demo from '../../../support/documents.js';

const texts = (blocks: { kind: string; text?: unknown }[]) =>
  blocks.map((b) => (typeof b.text === 'string' ? b.text : Array.isArray(b.text) ? b.text.map((r: { text: string }) => r.text).join('') : ''));

describe('document types', () => {
  it('registry maps each key to its type code, Vietnamese label and wording', () => {
    expect(Object.keys(kinds).sort()).toEqual([
      'agenda',
      'annualReport',
      'ballot',
      'invitation',
      'letter',
      'minutes',
      'pledge',
      'proposal',
      'report',
      'scoreSummary',
      'voteCountMinutes',
    ]);
    for (const [key, kind] of Object.entries(kinds)) expect(kind.key).toBe(key);
    expect(kinds.agenda.typeCode).toBe('CTr');
    expect(kinds.pledge.typeCode).toBeNull();
    expect(kinds.invitation.typeCode).toBe('GM');
    expect(kinds.minutes.typeCode).toBe('BB');
    expect(kinds.report.typeCode).toBe('BC');
    expect(kinds.letter.typeCode).toBeNull();
    expect(kinds.proposal.typeCode).toBe('TTr');
    expect(kinds.voteCountMinutes.typeCode).toBe('BB');
    expect(kinds.annualReport.typeCode).toBe('BC');
    expect(kinds.ballot.numbered(undefined as never)).toBe(false);
    expect(kinds.minutes.label).toBe('Biên bản');
    expect(kinds.letter.entryLabel('TB')).toBe('Thông báo');
    expect(kinds.invitation.build(demo.invitation)).toEqual(buildInvitation(demo.invitation));
  });

  it('invitation: GM, GIẤY MỜI, "trân trọng kính mời:", whom, what, chair, time, place, and the archive entry', () => {
    const doc = buildInvitation(demo.invitation);
    expect(doc.header).toMatchObject({ typeCode: 'GM', number: '3', issuerCode: 'KTĐVHXH', date: '2018-03-02' });
    expect(doc.title).toBe('GIẤY MỜI');
    const body = texts(doc.body);
    expect(body[0]).toBe('Khối thi đua Văn hóa - Xã hội trân trọng kính mời:');
    expect(body).toContain('Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh;');
    expect(body).toContain('Thời gian: 14 giờ 00, thứ Sáu, ngày 09/3/2018.');
    expect(body).toContain('Địa điểm: Hội trường Trường Cao đẳng Cộng đồng tỉnh Bắc Kạn.');
    expect(body.some((t) => t.startsWith('Chủ trì: Đồng chí Nguyễn Văn A'))).toBe(true);
    expect(doc.recipients[doc.recipients.length - 1]).toBe('Lưu: VT, KTĐVHXH');
  });

  it('minutes: sections in meeting order, closing line, THƯ KÝ left and CHỦ TỌA when asked', () => {
    const doc = buildMinutes({ ...demo.minutes, chairTitle: 'CHỦ TỌA' });
    const body = texts(doc.body);
    const order = ['I. THỜI GIAN, ĐỊA ĐIỂM', 'II. THÀNH PHẦN THAM DỰ', 'III. NỘI DUNG', 'IV. KẾT LUẬN'].map((h) => body.indexOf(h));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(body[body.length - 1]).toBe('Cuộc họp kết thúc vào 17 giờ 00, ngày 09/3/2018./.');
    expect(body).toContain('Sở Y tế: đồng chí Nguyễn Văn H - Thủ trưởng đơn vị.');
    expect(doc.signatures?.left).toMatchObject({ authority: ['THƯ KÝ'], name: 'Trần Thị Bích' });
    expect(doc.signatures?.right).toMatchObject({ authority: ['CHỦ TỌA'], name: 'Nguyễn Văn A' });
  });

  it('report: numbered sections, addressee, legal bases and a weighted table', () => {
    const doc = buildReport(demo.report);
    expect(doc.addressee).toEqual(['Ban Thi đua - Khen thưởng tỉnh Bắc Kạn']);
    const table = doc.body.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ widthUnit: 'weight', headerRows: [['STT', 'Đơn vị', 'Tự chấm', 'Khối chấm', 'Xếp hạng']] });
    expect(texts(doc.body)).toContain('II. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG');
  });

  it('letter: công văn has no title and a V/v subject; thông báo has TB and a title', () => {
    const cv = buildLetter({ ...demo.letter, subject: 'V/v đề nghị gửi báo cáo' });
    expect(cv.title).toBeNull();
    expect(cv.header.typeCode).toBeNull();
    expect(cv.subject).toEqual({ placement: 'underNumber', text: 'đề nghị gửi báo cáo' });
    const tb = buildLetter({ ...demo.letter, kind: 'notice' });
    expect(tb.title).toBe('THÔNG BÁO');
    expect(tb.header.typeCode).toBe('TB');
    expect(tb.subject?.placement).toBe('underTitle');
  });

  it('uses the year settings given, never built-in names', () => {
    const settings = { ...demo.settings, governingBody: 'UBND TỈNH THÁI NGUYÊN', issuerCode: 'CTĐ3', place: 'Thái Nguyên' };
    const doc = buildReport({ ...demo.report, settings });
    expect(doc.header).toMatchObject({ governingBody: 'UBND TỈNH THÁI NGUYÊN', issuerCode: 'CTĐ3', place: 'Thái Nguyên' });
    expect(doc.options.bodyFontSize).toBe(14);
  });

  it('does not add a second archive entry when the caller gave one', () => {
    const doc = buildReport({ ...demo.report, recipients: ['Như trên', 'Lưu: VT'] });
    expect(doc.recipients).toEqual(['Như trên', 'Lưu: VT']);
  });
});
