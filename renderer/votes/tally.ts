// One entry of the count as the form holds it, and back to the contract. Cells are named as the service
// names the differences of two entries: 'issued' | 'returned' | 'valid' | 'invalid' | `unit:<id>`.
import type { Candidate, Round, Tally, TallyFields } from '../../main/contract/index.js';

export const countCells = ['issued', 'returned', 'valid', 'invalid'] as const;
export type CountCell = (typeof countCells)[number];

export const countLabels: Record<CountCell, string> = {
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
};

export const unitCell = (unitId: number) => `unit:${unitId}`;

export interface TallyForm {
  /** By cell; null while empty. */
  figures: Record<string, number | null>;
  enteredBy: string;
}

/** The units on the ballot, in ranking order. */
export const ballotUnits = (round: Round): Candidate[] => round.candidates.filter((c) => c.included);

export function tallyToForm(round: Round, entry: Tally | undefined): TallyForm {
  const figures: Record<string, number | null> = {};
  for (const cell of countCells) figures[cell] = entry ? entry[cell] : null;
  for (const c of ballotUnits(round)) figures[unitCell(c.unitId)] = entry?.votes.find((v) => v.unitId === c.unitId)?.votes ?? null;
  return { figures, enteredBy: entry?.enteredBy ?? '' };
}

/** The entry to send, or the cells still empty (keyed by cell) when some are. */
export function tallyFromForm(round: Round, form: TallyForm): { fields: TallyFields } | { empty: Record<string, string> } {
  const empty: Record<string, string> = {};
  const figure = (cell: string) => {
    const value = form.figures[cell];
    if (value === null || value === undefined) empty[cell] = 'Chưa nhập số';
    return value ?? 0;
  };
  const [issued, returned, valid, invalid] = countCells.map(figure) as [number, number, number, number];
  const votes = ballotUnits(round).map((c) => ({ unitId: c.unitId, votes: figure(unitCell(c.unitId)) }));
  if (Object.keys(empty).length > 0) return { empty };
  return { fields: { issued, returned, valid, invalid, votes, enteredBy: form.enteredBy.trim() } };
}

/** The service's field errors ("votes.2.votes", "valid") by cell, from the order the votes were sent in. */
export function errorsByCell(fieldErrors: Record<string, string>, round: Round): Record<string, string> {
  const units = ballotUnits(round);
  const byCell: Record<string, string> = {};
  for (const [key, text] of Object.entries(fieldErrors)) {
    const vote = /^votes\.(\d+)/.exec(key);
    if (vote) {
      const unit = units[Number(vote[1])];
      if (unit) byCell[unitCell(unit.unitId)] = text;
    } else if ((countCells as readonly string[]).includes(key) || key === 'enteredBy') byCell[key] = text;
  }
  return byCell;
}

/** The cells where the two entries differ, to highlight in both forms. */
export const differingCells = (round: Round): Set<string> => new Set(round.differences.map((d) => d.cell));
