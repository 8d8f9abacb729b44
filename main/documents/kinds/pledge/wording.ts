/**
 * Bản giao ước thi đua: header (issued with or without a number; a pledge has no official type code),
 * title, legal bases, preamble, the pledge items numbered 1, 2 … across their groups, the
 * implementation clause, then the signature grid: one block per member unit, which every head signs and
 * stamps at the conference. No "Nơi nhận" unless the bloc wants one: every unit keeps a signed copy.
 */
import type { BodyBlock, SignatureBlock, StateDocument } from '../../model.js';
import { toRoman } from '../../format.js';
import { headerOf, optionsOf, recipientsWithArchive, type DocumentBase } from '../shared/base.js';

export interface PledgeGroup {
  /** e.g. "Thực hiện nhiệm vụ chính trị"; printed as a heading I., II. … when any group has one. */
  title?: string;
  items: string[];
}

export interface PledgeData extends DocumentBase {
  /** "BẢN GIAO ƯỚC THI ĐUA NĂM 2018" */
  title: string;
  /** Under the title, e.g. "Khối thi đua Văn hóa - Xã hội". */
  subject: string;
  legalBases: string[];
  /** "Các đơn vị thành viên Khối thi đua … thống nhất ký kết giao ước thi đua năm 2018 với các nội dung sau:" */
  preamble: string;
  groups: PledgeGroup[];
  /** The implementation clause, one paragraph each. */
  implementation: string[];
  /** One block per unit, in the order they print: unit name, position (or KT. + deputy), name. */
  signatories: SignatureBlock[];
  perRow: 2 | 3;
  /** The bloc's own code, if it uses one; null: none. */
  typeCode: string | null;
  /** False: issued without a number, the "Số:" line left out. */
  numbered: boolean;
}

export function buildPledge(data: PledgeData): StateDocument {
  const body: BodyBlock[] = [];
  if (data.preamble.trim()) body.push({ kind: 'paragraph', text: data.preamble });
  const titled = data.groups.some((g) => g.title?.trim());
  let n = 0;
  data.groups.forEach((g, i) => {
    if (titled && g.title?.trim()) body.push({ kind: 'heading', level: 1, text: `${toRoman(i + 1)}. ${g.title.trim()}` });
    for (const item of g.items) body.push({ kind: 'numbered', label: `${++n}.`, text: item });
  });
  for (const p of data.implementation) if (p.trim()) body.push({ kind: 'paragraph', text: p });
  body.push({ kind: 'signatureGrid', perRow: data.perRow, blocks: data.signatories });

  return {
    header: headerOf(data, data.typeCode, data.numbered),
    title: data.title,
    subject: data.subject.trim() ? { placement: 'underTitle', lines: [data.subject] } : null,
    addressee: [],
    legalBases: data.legalBases,
    body,
    signatures: null,
    recipients: data.recipients && data.recipients.length > 0 ? recipientsWithArchive(data) : [],
    options: optionsOf(data),
  };
}
