// The rules a count must keep (domain.md §4) and the comparison of its two entries. Paper counts are
// entered twice, by two people or twice by one; the figures are final only when both entries agree.
import type { TallyFields } from '../contract/votes.js';

export type TallyCounts = Pick<TallyFields, 'issued' | 'returned' | 'valid' | 'invalid' | 'votes'>;

export interface TallyRound {
  /** Members of the bloc this year: no more ballots than that are issued. */
  members: number;
  /** How many units the round elects: a ballot may mark at most that many. */
  seats: number;
  /** Every unit listed in the round, by id, with its name. */
  names: ReadonlyMap<number, string>;
  /** The units on the ballot. */
  included: readonly number[];
}

export interface TallyProblem {
  field: 'issued' | 'returned' | 'valid' | 'invalid' | 'votes';
  message: string;
}

const nameOf = (round: TallyRound, unitId: number) => round.names.get(unitId) ?? `Đơn vị mã ${unitId}`;

/** Every rule the figures break, each naming the figures; empty when the count holds together. */
export function tallyProblems(t: TallyCounts, round: TallyRound): TallyProblem[] {
  const problems: TallyProblem[] = [];
  const add = (field: TallyProblem['field'], message: string) => problems.push({ field, message });
  if (t.issued > round.members) {
    add('issued', `Số phiếu phát ra (${t.issued}) không được nhiều hơn số đơn vị thành viên (${round.members}).`);
  }
  if (t.returned > t.issued) add('returned', `Số phiếu thu vào (${t.returned}) không được nhiều hơn số phiếu phát ra (${t.issued}).`);
  if (t.valid + t.invalid !== t.returned) {
    add('valid', `Số phiếu hợp lệ (${t.valid}) cộng số phiếu không hợp lệ (${t.invalid}) phải bằng số phiếu thu vào (${t.returned}).`);
  }
  const seen = new Set<number>();
  for (const { unitId, votes } of t.votes) {
    const name = nameOf(round, unitId);
    if (!round.included.includes(unitId)) add('votes', `${name} không có tên trên phiếu bầu của vòng này.`);
    else if (seen.has(unitId)) add('votes', `Số phiếu đồng ý của ${name} được nhập hai lần.`);
    else if (votes > t.valid) add('votes', `Số phiếu đồng ý của ${name} (${votes}) không được nhiều hơn số phiếu hợp lệ (${t.valid}).`);
    seen.add(unitId);
  }
  for (const unitId of round.included) {
    if (!seen.has(unitId)) add('votes', `Chưa nhập số phiếu đồng ý của ${nameOf(round, unitId)}.`);
  }
  // A ballot marking more units than there are seats is invalid, so the valid ones hold at most that many marks.
  const total = t.votes.reduce((sum, v) => sum + v.votes, 0);
  if (total > t.valid * round.seats) {
    add(
      'votes',
      `Tổng số phiếu đồng ý (${total}) không được nhiều hơn số phiếu hợp lệ nhân số đơn vị được bầu ` +
        `(${t.valid} × ${round.seats} = ${t.valid * round.seats}): phiếu bầu quá số lượng là phiếu không hợp lệ.`,
    );
  }
  return problems;
}

export interface TallyDifference {
  /** 'issued' | 'returned' | 'valid' | 'invalid' | `unit:<id>` */
  cell: string;
  label: string;
  first: number;
  second: number;
}

const countLabels = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
} as const;

/** The cells where the second entry differs from the first, in the order of the form; empty when they agree. */
export function entryDifferences(first: TallyCounts, second: TallyCounts, names: ReadonlyMap<number, string>): TallyDifference[] {
  const out: TallyDifference[] = [];
  for (const cell of ['issued', 'returned', 'valid', 'invalid'] as const) {
    if (first[cell] !== second[cell]) out.push({ cell, label: countLabels[cell], first: first[cell], second: second[cell] });
  }
  const votesOf = (t: TallyCounts) => new Map(t.votes.map((v) => [v.unitId, v.votes]));
  const a = votesOf(first);
  const b = votesOf(second);
  const units = [...new Set([...a.keys(), ...b.keys()])];
  const known = [...names.keys()];
  const position = (unitId: number) => (known.includes(unitId) ? known.indexOf(unitId) : known.length);
  for (const unitId of units.sort((x, y) => position(x) - position(y))) {
    const x = a.get(unitId) ?? 0;
    const y = b.get(unitId) ?? 0;
    if (x !== y) {
      out.push({ cell: `unit:${unitId}`, label: `Số phiếu đồng ý: ${names.get(unitId) ?? `Đơn vị mã ${unitId}`}`, first: x, second: y });
    }
  }
  return out;
}
