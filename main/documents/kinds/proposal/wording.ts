/**
 * Tờ trình đề nghị khen thưởng (TTr): "TỜ TRÌNH" / "Đề nghị tặng … năm …" (no "V/v"); "Kính gửi:" the
 * province's emulation council; the legal bases; the conference's result and, per award, the units
 * elected with their score, rank and share of the vote; the files attached; "… trân trọng đề nghị./.";
 * signed for the bloc (TM. KHỐI).
 */
import type { BodyBlock, StateDocument } from '../../model.js';
import { formatShortDate } from '../../format.js';
import { issuedDocument, type DocumentBase } from '../shared/base.js';
import { endLines } from '../shared/text.js';
import { joinAnd, printedPoints, twoDigits } from '../shared/year-end.js';

/** Decree 30, Appendix III. */
export const typeCode = 'TTr';

export interface ProposedUnit {
  unitName: string;
  total: string | null;
  rank: number | null;
  /** Share of the vote: "90,00%". */
  percent: string;
}

export interface ProposedAward {
  name: string;
  units: ProposedUnit[];
}

export interface ProposalData extends DocumentBase {
  year: number;
  addressee: string[];
  legalBases: string[];
  /** "Hội nghị tổng kết công tác thi đua năm 2022"; the day it was held, null until dated. */
  conference: { name: string; date: string | null };
  /** Only awards with units elected in counted rounds. */
  awards: ProposedAward[];
}

export const proposalSubject = (data: Pick<ProposalData, 'awards' | 'year'>) =>
  `Đề nghị tặng ${joinAnd(data.awards.map((a) => a.name)) || 'danh hiệu thi đua, hình thức khen thưởng'} năm ${data.year}`;

/** The council addressed, without the "(qua …)" it goes through: "Hội đồng Thi đua - Khen thưởng tỉnh". */
const addressed = (addressee: string[]) => (addressee[0] ?? '').replace(/\s*\(.*\)\s*$/, '').trim();

function unitLine(u: ProposedUnit, last: boolean): string {
  const total = u.total ? `${printedPoints(u.total)} điểm` : 'chưa có điểm';
  const rank = u.rank === null ? '' : `, xếp thứ ${u.rank}`;
  return `${u.unitName} (${total}${rank}, đạt ${u.percent} số phiếu bầu)${last ? '.' : ';'}`;
}

export function buildProposal(data: ProposalData): StateDocument {
  const { blocName } = data.settings;
  const council = addressed(data.addressee);
  const date = data.conference.date ? formatShortDate(data.conference.date) : '…';
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Căn cứ kết quả chấm điểm và bình xét thi đua tại ${data.conference.name} ngày ${date}, ${blocName} kính đề nghị ${council} xem xét, trình cấp có thẩm quyền tặng:`,
    },
  ];
  data.awards.forEach((award, i) => {
    const last = i === data.awards.length - 1;
    body.push({ kind: 'paragraph', text: `${i + 1}. ${award.name} cho ${twoDigits(award.units.length)} đơn vị:`, bold: true });
    award.units.forEach((u, j) => body.push({ kind: 'bullet', text: unitLine(u, last && j === award.units.length - 1) }));
  });
  body.push(
    {
      kind: 'paragraph',
      text: '(Có hồ sơ kèm theo: Biên bản Hội nghị tổng kết, Biên bản kiểm phiếu, Bảng tổng hợp kết quả chấm điểm, Báo cáo thành tích của các đơn vị)',
      italic: true,
    },
    { kind: 'paragraph', text: `${blocName} kính trình ${council} xem xét, trân trọng đề nghị./.` },
  );
  return issuedDocument(data, typeCode, 'TỜ TRÌNH', proposalSubject(data), body, {
    addressee: data.addressee,
    legalBases: endLines(data.legalBases),
  });
}
