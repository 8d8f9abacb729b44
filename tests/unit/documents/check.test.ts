import { describe, expect, it } from 'vitest';
import {
  buildInvitation,
  buildLetter,
  buildMinutes,
  buildReport,
  checkDocument,
  type StateDocument,
} from '../../../main/documents/index.js';
import * as demo from '../../support/documents.js';

const valid = (): StateDocument => buildReport(demo.report);
const codes = (doc: StateDocument) => checkDocument(doc).map((b) => b.code);
const messages = (doc: StateDocument) => checkDocument(doc).map((b) => b.message);

describe('checkDocument', () => {
  it('finds nothing wrong in the demo documents of every type', () => {
    expect(checkDocument(buildInvitation(demo.invitation))).toEqual([]);
    expect(checkDocument(buildMinutes(demo.minutes))).toEqual([]);
    expect(checkDocument(buildReport(demo.report))).toEqual([]);
    expect(checkDocument(buildLetter(demo.letter))).toEqual([]);
  });

  it('catches a missing or lower-case governing and issuing body', () => {
    const d = valid();
    expect(messages({ ...d, header: { ...d.header, governingBody: ' ' } })).toContain('Thiếu tên cơ quan, tổ chức chủ quản.');
    expect(codes({ ...d, header: { ...d.header, governingBody: 'UBND tỉnh Bắc Kạn' } })).toEqual(['header.governingBody']);
    expect(codes({ ...d, header: { ...d.header, issuingBody: '' } })).toEqual(['header.issuingBody']);
    expect(codes({ ...d, header: { ...d.header, issuingBody: 'Khối thi đua Văn hóa - Xã hội' } })).toEqual(['header.issuingBody']);
  });

  it('catches a malformed number or issuer code, accepts a draft without number', () => {
    const d = valid();
    expect(codes({ ...d, header: { ...d.header, number: '5/BB' } })).toEqual(['header.number']);
    expect(codes({ ...d, header: { ...d.header, number: '0' } })).toEqual(['header.number']);
    expect(codes({ ...d, header: { ...d.header, issuerCode: '' } })).toEqual(['header.issuerCode']);
    expect(codes({ ...d, header: { ...d.header, issuerCode: 'KT ĐVHXH' } })).toEqual(['header.issuerCode']);
    expect(codes({ ...d, header: { ...d.header, typeCode: 'b-c' } })).toEqual(['header.typeCode']);
    expect(codes({ ...d, header: { ...d.header, number: null } })).toEqual([]);
  });

  it('catches a missing or impossible date and a missing place', () => {
    const d = valid();
    expect(messages({ ...d, header: { ...d.header, date: null } })).toEqual(['Thiếu ngày, tháng, năm ban hành văn bản.']);
    expect(codes({ ...d, header: { ...d.header, date: '2018-02-30' } })).toEqual(['header.date']);
    expect(codes({ ...d, header: { ...d.header, place: '' } })).toEqual(['header.place']);
  });

  it('catches a title not in capitals, a titled document without subject, a typed document without title', () => {
    const d = valid();
    expect(messages({ ...d, title: 'Báo cáo' })).toEqual(['Tên loại văn bản phải viết in hoa.']);
    expect(codes({ ...d, subject: { placement: 'underTitle', lines: [''] } })).toEqual(['subject']);
    expect(codes({ ...d, title: null, subject: { placement: 'underNumber', text: 'x' } })).toEqual(['title']);
  });

  it('requires "V/v" and "Kính gửi" on a công văn', () => {
    const letter = buildLetter(demo.letter);
    expect(codes({ ...letter, subject: null })).toEqual(['subject']);
    expect(codes({ ...letter, addressee: [] })).toEqual(['addressee']);
  });

  it('catches legal bases that do not start with "Căn cứ" or end wrongly', () => {
    const d = valid();
    expect(messages({ ...d, legalBases: ['Căn cứ Luật Thi đua, khen thưởng.', 'Căn cứ Quy chế hoạt động của Khối.'] })).toEqual([
      'Căn cứ thứ 1 phải kết thúc bằng dấu chấm phẩy (";").',
    ]);
    expect(messages({ ...d, legalBases: ['Căn cứ Luật Thi đua, khen thưởng;', 'Căn cứ Quy chế hoạt động của Khối;'] })).toEqual([
      'Căn cứ cuối cùng phải kết thúc bằng dấu chấm (".").',
    ]);
    expect(codes({ ...d, legalBases: ['Theo Luật Thi đua, khen thưởng.'] })).toEqual(['legalBases']);
  });

  it('catches missing signature, signer name, lower-case authority, KT. without deputy position, academic titles', () => {
    const d = valid();
    const right = d.signatures?.right ?? { authority: [], name: '' };
    expect(messages({ ...d, signatures: null })).toEqual(['Thiếu chữ ký.']);
    expect(messages({ ...d, signatures: { right: { ...right, name: '' } } })).toEqual(['Thiếu họ tên người ký.']);
    expect(codes({ ...d, signatures: { right: { ...right, authority: ['Trưởng khối'] } } })).toEqual(['signatures.right']);
    expect(messages({ ...d, signatures: { right: { ...right, prefix: 'KT.' } } })).toEqual([
      'Ký thay (KT.) phải ghi chức vụ của cấp phó ký thay.',
    ]);
    expect(codes({ ...d, signatures: { right: { ...right, prefix: 'KT.', deputyPosition: 'PHÓ TRƯỞNG KHỐI' } } })).toEqual([]);
    expect(messages({ ...d, signatures: { right: { ...right, name: 'TS. Nguyễn Văn A' } } })).toEqual([
      'Không ghi học hàm, học vị trước họ tên người ký.',
    ]);
  });

  it('checks every block of a signature grid', () => {
    const d = valid();
    const grid = { kind: 'signatureGrid' as const, perRow: 3 as const, blocks: [{ authority: ['SỞ Y TẾ', 'GIÁM ĐỐC'], name: '' }] };
    expect(codes({ ...d, body: [...d.body, grid] })).toEqual(['body.signatureGrid']);
  });

  it('catches missing recipients and a last entry that is not "Lưu: …", but lets minutes go without', () => {
    const d = valid();
    expect(messages({ ...d, recipients: [] })).toEqual(['Thiếu nơi nhận.']);
    expect(messages({ ...d, recipients: ['Ban Thi đua - Khen thưởng tỉnh', 'Các đơn vị'] })).toEqual([
      'Dòng cuối của nơi nhận phải là "Lưu: VT, …".',
    ]);
    const minutes = buildMinutes(demo.minutes);
    expect(minutes.recipients).toEqual([]);
    expect(checkDocument(minutes)).toEqual([]);
  });

  it('catches decomposed (NFD) text and a body size other than 13 or 14', () => {
    const d = valid();
    expect(codes({ ...d, title: 'BÁO CÁO'.normalize('NFD') })).toEqual(['text.nfc']);
    expect(codes({ ...d, options: { ...d.options, bodyFontSize: 12 as 13 } })).toEqual(['options.bodyFontSize']);
  });
});
