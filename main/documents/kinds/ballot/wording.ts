/**
 * Phiếu bầu: the bloc's header with its date and no number; "PHIẾU BẦU" and what is voted on; the
 * instruction of the bloc's style (a mark in "Đồng ý", or striking out the names not agreed); the
 * candidates in ranking order. Neither signed nor sent: it is printed once for each member present, one or
 * two to a page, and filled in by the voters.
 */
import type { StateDocument, TableBlock, TableCell } from '../../model.js';
import { breakLines } from '../../layout/measure.js';
import { CELL_PADDING, textWidth } from '../../layout/units.js';
import { headerOf, type DocumentBase } from '../shared/base.js';
import { printedPoints, twoDigits } from '../shared/year-end.js';

export interface BallotCandidate {
  unitName: string;
  /** Points as printed; null while not fully scored. */
  total: string | null;
  rank: number | null;
}

export interface BallotData extends DocumentBase {
  year: number;
  /** "Cờ thi đua của Ủy ban nhân dân tỉnh". */
  awardName: string;
  /** 1, or 2… for a re-vote among units tied at the quota's edge. */
  roundNumber: number;
  /** How many units a ballot may choose: the award's quota, or the seats a re-vote decides. */
  seats: number;
  style: 'mark' | 'strike';
  candidates: BallotCandidate[];
  copies: number;
  perPage: 1 | 2;
}

/**
 * Two ballots to a page take 13 pt and fit half a page while the list takes at most this many lines of the
 * table (a long name takes two): the six candidates of the usual certificate vote, one of them wrapping.
 * A longer list is printed one to a page.
 */
const HALF_PAGE_LINES = 7;
/** The body size of a ballot printed two to a page. */
const TWO_PER_PAGE_SIZE = 13;
/** The name column's share of the mark ballot's width (the narrower of the two styles). */
const NAME_SHARE = 43 / 100;

/** Whether two copies of the list fit on a page, by the lines its names take at the two-to-a-page size. */
export function fitsHalfPage(names: string[]): boolean {
  const width = NAME_SHARE * textWidth('portrait') - 2 * CELL_PADDING;
  const lines = names.reduce((sum, name) => sum + breakLines(name, width, TWO_PER_PAGE_SIZE - 1, false).length, 0);
  return lines <= HALF_PAGE_LINES;
}

export const ballotSubject = (data: Pick<BallotData, 'awardName' | 'year'>) =>
  `Bình xét, suy tôn đơn vị đề nghị tặng ${data.awardName} năm ${data.year}`;

/** The rule printed over the list, as the bloc votes. */
export function instruction(style: BallotData['style'], seats: number): string {
  const most = `chọn không quá ${twoDigits(seats)} đơn vị`;
  return style === 'mark'
    ? `(Đánh dấu X vào ô “Đồng ý” đối với đơn vị được lựa chọn; ${most})`
    : `(Đồng ý thì để nguyên, không đồng ý thì gạch tên; ${most})`;
}

function candidateTable(data: BallotData): TableBlock {
  const mark = data.style === 'mark';
  const headers = ['STT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', ...(mark ? ['Đồng ý', 'Không đồng ý'] : [])];
  const rows = data.candidates.map((c, i): TableCell[] => [
    String(i + 1),
    c.unitName,
    printedPoints(c.total),
    c.rank === null ? '—' : String(c.rank),
    ...(mark ? ['', ''] : []),
  ]);
  return {
    kind: 'table',
    widthUnit: 'weight',
    // The name takes what the figures and the boxes leave; the boxes are wide enough to mark by hand.
    columns: mark
      ? [{ width: 9, align: 'center' }, { width: 43 }, { width: 11, align: 'center' }, { width: 10, align: 'center' }, { width: 12, align: 'center' }, { width: 15, align: 'center' }]
      : [{ width: 9, align: 'center' }, { width: 61 }, { width: 15, align: 'center' }, { width: 15, align: 'center' }],
    headerRows: [headers],
    rows,
  };
}

export function buildBallot(data: BallotData): StateDocument {
  const subject = [ballotSubject(data)];
  if (data.roundNumber > 1) subject.push(`(Bầu lại - lần bỏ phiếu thứ ${data.roundNumber})`);
  return {
    // Not numbered: a ballot is a form, not a document of the register's series.
    header: headerOf(data, null, false),
    title: 'PHIẾU BẦU',
    subject: { placement: 'underTitle', lines: subject },
    addressee: [],
    legalBases: [],
    body: [
      { kind: 'paragraph', text: instruction(data.style, data.seats), italic: true, align: 'center', indent: false },
      candidateTable(data),
    ],
    signatures: null,
    recipients: [],
    options: {
      // Two to a page take the smaller body size, so half a page holds the usual list.
      bodyFontSize: data.perPage === 2 ? TWO_PER_PAGE_SIZE : data.settings.bodyFontSize,
      orientation: 'portrait',
      copies: { count: data.copies, perPage: data.perPage },
    },
  };
}
