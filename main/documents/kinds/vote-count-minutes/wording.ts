/**
 * Biên bản kiểm phiếu (BB): when and where the bloc voted, the tellers' committee, the secret ballot; for
 * each award and each of its rounds (a re-vote keeps the first round on record) the ballots issued,
 * returned, valid and invalid, the votes per unit with its share, the rule that decides, and the units
 * elected; the closing line; signed by the committee: its members, and its head for it ("TM. BAN KIỂM
 * PHIẾU / TRƯỞNG BAN").
 */
import type { RoundResult, Teller } from '../../../contract/index.js';
import type { BodyBlock, SignatureBlock, StateDocument, TableBlock } from '../../model.js';
import { formatClock, formatShortDate, toRoman } from '../../format.js';
import { issuedDocument, recipientsWithArchive, type DocumentBase } from '../shared/base.js';
import { joinAnd, twoDigits } from '../shared/year-end.js';

/** Decree 30, Appendix III. */
export const typeCode = 'BB';

export interface CountedRound {
  number: number;
  seats: number;
  /** The agreed figures; null while the two entries of the count do not agree. */
  tally: { issued: number; returned: number; valid: number; invalid: number } | null;
  result: RoundResult | null;
}

export interface CountedAward {
  name: string;
  quota: number;
  rounds: CountedRound[];
  /** Elected in counted rounds, in order, with their share. */
  elected: { unitName: string; percent: string }[];
}

export interface VoteCountData extends DocumentBase {
  year: number;
  /** "Hội nghị tổng kết công tác thi đua năm 2022". */
  meetingName: string;
  meetingDate: string | null;
  place: string;
  members: number;
  present: number | null;
  tellers: Teller[];
  awards: CountedAward[];
  /** "16:30": when the conference approved the minutes; '' until given. */
  approvedAt: string;
}

export const voteCountSubject = (year: number) => `Bầu chọn đơn vị đề nghị khen thưởng năm ${year}`;

/** The head first, then the members, as the minutes list them. */
export const orderedTellers = (tellers: Teller[]) => [...tellers.filter((t) => t.role === 'head'), ...tellers.filter((t) => t.role !== 'head')];

function tellerLines(tellers: Teller[]): string[] {
  const list = orderedTellers(tellers);
  return list.map((t, i) => {
    const who = t.position.trim() ? `${t.name} - ${t.position}` : t.name;
    return `${i + 1}/ Đồng chí ${who} - ${t.role === 'head' ? 'Trưởng ban' : 'Ủy viên'}${i === list.length - 1 ? '.' : ';'}`;
  });
}

function resultTable(result: RoundResult, issued: number): TableBlock {
  return {
    kind: 'table',
    widthUnit: 'weight',
    columns: [{ width: 7, align: 'center' }, { width: 51 }, { width: 27, align: 'center' }, { width: 15, align: 'center' }],
    headerRows: [['TT', 'Tên đơn vị', 'Số phiếu đồng ý / Số phiếu phát ra', 'Tỷ lệ %']],
    rows: result.candidates.map((c, i) => [String(i + 1), c.unitName, `${c.votes}/${issued}`, c.percent]),
  };
}

/** "A", "A và B", "A, B và C". */
/**
 * What a round decided: the units tied at the edge that go to a re-vote and, when the award took more
 * than one round, the units elected in this one (the award's result names them all).
 */
function roundOutcome(result: RoundResult, ofMany: boolean): string[] {
  const elected = result.candidates.filter((c) => c.elected).map((c) => c.unitName);
  const tied = result.candidates.filter((c) => c.tied).map((c) => c.unitName);
  const out: string[] = [];
  if (ofMany) out.push(elected.length > 0 ? `Đơn vị trúng cử ở lần bỏ phiếu này: ${elected.join('; ')}.` : 'Không có đơn vị nào trúng cử ở lần bỏ phiếu này.');
  if (tied.length > 0) {
    out.push(`Các đơn vị ${joinAnd(tied)} bằng số phiếu và bằng thứ hạng ở vị trí cuối: Hội nghị bỏ phiếu lại để chọn ${twoDigits(result.reVoteSeats)} đơn vị.`);
  }
  return out;
}

function roundBlocks(round: CountedRound, award: CountedAward): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  if (award.rounds.length > 1) {
    const label = round.number === 1 ? 'Lần bỏ phiếu thứ 1' : `Lần bỏ phiếu thứ ${round.number} (bầu lại ${twoDigits(round.seats)} đơn vị)`;
    blocks.push({ kind: 'heading', level: 3, text: label });
  }
  if (!round.tally || !round.result) {
    blocks.push({ kind: 'paragraph', text: 'Chưa có kết quả kiểm phiếu (hai lần nhập số liệu chưa khớp nhau).', italic: true });
    return blocks;
  }
  const t = round.tally;
  blocks.push(
    { kind: 'bullet', text: `Số phiếu phát ra: ${t.issued}; Số phiếu thu vào: ${t.returned}; Số phiếu hợp lệ: ${t.valid}; Số phiếu không hợp lệ: ${t.invalid}.` },
    { kind: 'bullet', text: 'Kết quả kiểm phiếu:' },
    resultTable(round.result, t.issued),
    ...roundOutcome(round.result, award.rounds.length > 1).map((text): BodyBlock => ({ kind: 'paragraph', text })),
  );
  return blocks;
}

function awardBlocks(award: CountedAward, index: number): BodyBlock[] {
  const blocks: BodyBlock[] = [{ kind: 'heading', level: 2, text: `${index + 1}. Bầu chọn đơn vị đề nghị tặng ${award.name} (${twoDigits(award.quota)} đơn vị)` }];
  const rule = award.rounds.find((r) => r.result)?.result?.ruleText;
  if (rule) blocks.push({ kind: 'paragraph', text: `Nguyên tắc: đơn vị trúng cử phải ${rule}, lấy theo số phiếu từ cao xuống thấp trong số lượng đề nghị.` });
  for (const round of award.rounds) blocks.push(...roundBlocks(round, award));
  if (award.rounds.some((r) => r.result)) {
    blocks.push({
      kind: 'paragraph',
      text:
        award.elected.length > 0
          ? `Kết quả: ${twoDigits(award.elected.length)} đơn vị trúng cử đề nghị tặng ${award.name}: ${award.elected.map((e) => `${e.unitName} (${e.percent})`).join('; ')}.`
          : `Kết quả: không có đơn vị nào trúng cử đề nghị tặng ${award.name}.`,
      bold: true,
    });
  }
  return blocks;
}

/** The committee's signatures: each member ("ỦY VIÊN") and the head for the committee, the head on the right. */
function tellerSignatures(tellers: Teller[]): { grid: BodyBlock | null; signatures: StateDocument['signatures'] } {
  const head = tellers.find((t) => t.role === 'head');
  const members = tellers.filter((t) => t.role !== 'head');
  const headBlock: SignatureBlock = { prefix: 'TM.', authority: ['BAN KIỂM PHIẾU', 'TRƯỞNG BAN'], name: head?.name ?? '', blankName: !head };
  const memberBlock = (t: Teller): SignatureBlock => ({ authority: ['ỦY VIÊN'], name: t.name });
  if (members.length <= 1) {
    const [member] = members;
    return { grid: null, signatures: { left: member ? memberBlock(member) : null, right: headBlock } };
  }
  // Three or more sign in a row: the members, the head last in the first row, on the right.
  const perRow = 3;
  const blocks = [...members.slice(0, perRow - 1).map(memberBlock), headBlock, ...members.slice(perRow - 1).map(memberBlock)];
  return { grid: { kind: 'signatureGrid', perRow, blocks }, signatures: null };
}

export function buildVoteCountMinutes(data: VoteCountData): StateDocument {
  let section = 0;
  const heading = (text: string): BodyBlock => ({ kind: 'heading', level: 1, text: `${toRoman(++section)}. ${text}` });
  const when = data.meetingDate ? `Ngày ${formatShortDate(data.meetingDate)}` : 'Ngày … /… /…';
  const present = data.present === null ? '' : `, có mặt ${data.present}/${data.members} đơn vị`;
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `${when}, tại ${data.place.trim().replace(/\.$/, '') || '…'}, ${data.meetingName} tiến hành bỏ phiếu bình xét, suy tôn đơn vị đề nghị khen thưởng năm ${data.year} (${data.members} đơn vị thành viên${present}).`,
    },
    heading('BAN KIỂM PHIẾU'),
    { kind: 'paragraph', text: 'Ban kiểm phiếu chúng tôi gồm:' },
    ...tellerLines(data.tellers).map((text): BodyBlock => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: 'Hình thức: bỏ phiếu kín.' },
    heading('KẾT QUẢ KIỂM PHIẾU'),
    ...data.awards.flatMap(awardBlocks),
  ];
  const approvedAt = data.approvedAt ? formatClock(data.approvedAt) : '… giờ …';
  body.push({ kind: 'paragraph', text: `Biên bản được thông qua trước Hội nghị vào hồi ${approvedAt} cùng ngày./.` });
  const { grid, signatures } = tellerSignatures(data.tellers);
  if (grid) body.push(grid);
  return issuedDocument(data, typeCode, 'BIÊN BẢN KIỂM PHIẾU', voteCountSubject(data.year), body, {
    signatures,
    // Minutes are kept with the conference's records: recipients only when the caller gives them.
    recipients: data.recipients ? recipientsWithArchive(data) : [],
  });
}
