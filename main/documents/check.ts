/**
 * Checks a document model against the Decree 30/2020 format rules that depend on the data (the renderer
 * guarantees the layout rules). Returns breaches with Vietnamese messages; an empty list means OK.
 */
import type { SignatureBlock, StateDocument } from './model.js';
import { isUpperCaseText, isValidIsoDate } from './format.js';

export interface Breach {
  /** Stable code for tests and the UI, e.g. "header.number". */
  code: string;
  /** What the officer should fix, in Vietnamese. */
  message: string;
}

/** Prefixes of academic titles that must not appear before the signer's name. */
const ACADEMIC_TITLES = /^(GS|PGS|TS|ThS|TSKH|CN|KS|BS|Ths|GS\.TS|PGS\.TS)\.?\s/u;

export function checkDocument(doc: StateDocument): Breach[] {
  const out: Breach[] = [];
  const add = (code: string, message: string) => out.push({ code, message });
  const h = doc.header;

  if (!h.governingBody.trim()) add('header.governingBody', 'Thiếu tên cơ quan, tổ chức chủ quản.');
  else if (!isUpperCaseText(h.governingBody)) add('header.governingBody', 'Tên cơ quan, tổ chức chủ quản phải viết in hoa.');
  if (!h.issuingBody.trim()) add('header.issuingBody', 'Thiếu tên cơ quan, tổ chức ban hành văn bản.');
  else if (!isUpperCaseText(h.issuingBody)) add('header.issuingBody', 'Tên cơ quan, tổ chức ban hành văn bản phải viết in hoa.');

  if (h.numbered === false && h.number !== null) add('header.number', 'Văn bản không số không được ghi số.');
  if (h.number !== null && !/^\d+$/.test(h.number.trim())) {
    add('header.number', `Số văn bản "${h.number}" không hợp lệ: chỉ gồm chữ số.`);
  } else if (h.number !== null && Number(h.number) < 1) {
    add('header.number', 'Số văn bản phải bắt đầu từ 01.');
  }
  if (!h.issuerCode.trim()) add('header.issuerCode', 'Thiếu chữ viết tắt tên cơ quan ban hành trong ký hiệu văn bản.');
  else if (/[\s/]/.test(h.issuerCode)) add('header.issuerCode', 'Ký hiệu cơ quan ban hành không được chứa dấu cách hoặc dấu "/".');
  if (h.typeCode !== null && !/^\p{Lu}[\p{L}]*$/u.test(h.typeCode)) {
    add('header.typeCode', `Chữ viết tắt tên loại văn bản "${h.typeCode}" không hợp lệ.`);
  }
  if (!h.place.trim()) add('header.place', 'Thiếu địa danh ban hành văn bản.');
  if (h.date === null || !h.date.trim()) add('header.date', 'Thiếu ngày, tháng, năm ban hành văn bản.');
  else if (!isValidIsoDate(h.date)) add('header.date', `Ngày ban hành "${h.date}" không hợp lệ.`);

  if (doc.title !== null) {
    if (!doc.title.trim()) add('title', 'Thiếu tên loại văn bản.');
    else if (!isUpperCaseText(doc.title)) add('title', 'Tên loại văn bản phải viết in hoa.');
    if (doc.subject?.placement !== 'underTitle' || doc.subject.lines.every((l) => !l.trim())) {
      add('subject', 'Thiếu trích yếu nội dung dưới tên loại văn bản.');
    }
  } else {
    if (h.typeCode !== null) add('title', `Văn bản có ký hiệu loại "${h.typeCode}" phải có tên loại văn bản.`);
    if (doc.subject?.placement !== 'underNumber' || !doc.subject.text.trim()) {
      add('subject', 'Công văn phải có trích yếu "V/v …" dưới số, ký hiệu.');
    }
    if (doc.addressee.every((a) => !a.trim())) add('addressee', 'Công văn phải có "Kính gửi:".');
  }

  doc.legalBases.forEach((basis, i) => {
    const t = basis.trim();
    const last = i === doc.legalBases.length - 1;
    if (!/^Căn cứ\s/u.test(t.normalize('NFC'))) add('legalBases', `Căn cứ thứ ${i + 1} phải bắt đầu bằng "Căn cứ".`);
    if (last && !t.endsWith('.')) add('legalBases', `Căn cứ cuối cùng phải kết thúc bằng dấu chấm (".").`);
    if (!last && !t.endsWith(';')) add('legalBases', `Căn cứ thứ ${i + 1} phải kết thúc bằng dấu chấm phẩy (";").`);
  });

  if (doc.body.length === 0) add('body', 'Văn bản chưa có nội dung.');

  // A pledge is signed by every unit in its grid, not by one signer under the text.
  const hasGrid = doc.body.some((b) => b.kind === 'signatureGrid');
  // A form handed out in copies (a ballot) is filled in by those who get it, not signed.
  if (!doc.signatures) {
    if (!hasGrid && !doc.options.copies) add('signatures', 'Thiếu chữ ký.');
  } else {
    checkSignature(doc.signatures.right, 'signatures.right', add);
    if (doc.signatures.left) checkSignature(doc.signatures.left, 'signatures.left', add);
  }
  for (const block of doc.body) {
    if (block.kind === 'signatureGrid') block.blocks.forEach((b) => checkSignature(b, 'body.signatureGrid', add));
  }

  // Minutes are kept on file rather than sent, so they may have no "Nơi nhận"; nor has a pledge, which
  // every unit signs and keeps, nor a document issued without a number, which goes attached to another
  // (the score summary "Kèm theo Biên bản số …").
  const entries = doc.recipients.map((r) => r.trim()).filter((r) => r !== '');
  if (entries.length === 0) {
    if (h.typeCode !== 'BB' && !hasGrid && h.numbered !== false) add('recipients', 'Thiếu nơi nhận.');
  } else if (!/^-?\s*Lưu\s*:/u.test((entries[entries.length - 1] ?? '').normalize('NFC'))) {
    add('recipients', 'Dòng cuối của nơi nhận phải là "Lưu: VT, …".');
  }

  const copies = doc.options.copies;
  if (copies && (!Number.isInteger(copies.count) || copies.count < 1)) add('options.copies', 'Số bản in phải từ 1 trở lên.');
  if (![13, 14].includes(doc.options.bodyFontSize)) add('options.bodyFontSize', 'Cỡ chữ phần nội dung phải là 13 hoặc 14.');
  if (!allTextIsNfc(doc)) add('text.nfc', 'Văn bản có ký tự tiếng Việt chưa chuẩn hóa Unicode dựng sẵn (NFC).');
  return out;
}

function checkSignature(b: SignatureBlock, code: string, add: (code: string, message: string) => void): void {
  const authority = b.authority.filter((a) => a.trim() !== '');
  if (authority.length === 0) add(code, 'Thiếu quyền hạn, chức vụ của người ký.');
  else if (!authority.every(isUpperCaseText)) add(code, 'Quyền hạn, chức vụ của người ký phải viết in hoa.');
  if (b.prefix === 'KT.' && !b.deputyPosition?.trim()) add(code, 'Ký thay (KT.) phải ghi chức vụ của cấp phó ký thay.');
  if (!b.name.trim()) {
    if (!b.blankName) add(code, 'Thiếu họ tên người ký.');
  }
  else if (ACADEMIC_TITLES.test(b.name.trim())) add(code, 'Không ghi học hàm, học vị trước họ tên người ký.');
}

/** Every string of the model is already NFC. */
function allTextIsNfc(doc: StateDocument): boolean {
  const seen: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') seen.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  return seen.every((s) => s === s.normalize('NFC'));
}
