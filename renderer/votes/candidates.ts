// The candidate table's choices: each unit on the ballot or not, with the reason when that differs from
// what the ranking proposed. The service refuses a change without a reason too; the table says so first.
import type { Candidate } from '../../main/contract/index.js';

export interface Choice {
  included: boolean;
  reason: string;
}

export type Choices = Record<number, Choice>;

export const choicesOf = (candidates: Candidate[]): Choices =>
  Object.fromEntries(candidates.map((c) => [c.unitId, { included: c.included, reason: c.reason }]));

/** The choice differs from the proposal: it needs a reason. */
export const differsFromProposal = (candidate: Candidate, choice: Choice): boolean => choice.included !== candidate.proposed;

/** What is wrong with a row, or ''. */
export function choiceProblem(candidate: Candidate, choice: Choice): string {
  if (differsFromProposal(candidate, choice) && !choice.reason.trim()) {
    return choice.included ? 'Nhập lý do bổ sung đơn vị vào danh sách' : 'Nhập lý do không đưa đơn vị vào danh sách';
  }
  return '';
}

/** The request's list: every unit of the round, a reason only where the choice differs from the proposal. */
export function candidatesInput(candidates: Candidate[], choices: Choices) {
  return candidates.map((c) => {
    const choice = choices[c.unitId] ?? { included: c.included, reason: c.reason };
    return { unitId: c.unitId, included: choice.included, reason: differsFromProposal(c, choice) ? choice.reason.trim() : '' };
  });
}

/** The service's field errors ("candidates.3.reason") by unit, from the order the list was sent in. */
export function errorsByUnit(fieldErrors: Record<string, string>, candidates: Candidate[]): Record<number, string> {
  const byUnit: Record<number, string> = {};
  for (const [key, text] of Object.entries(fieldErrors)) {
    const match = /^candidates\.(\d+)\./.exec(key);
    const unit = match ? candidates[Number(match[1])] : undefined;
    if (unit) byUnit[unit.unitId] = text;
  }
  return byUnit;
}
