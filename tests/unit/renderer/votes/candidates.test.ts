import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../main/contract/index.js';
import { candidatesInput, choiceProblem, choicesOf, errorsByUnit } from '../../../../renderer/votes/candidates';

const candidate = (unitId: number, proposed: boolean, ineligible = ''): Candidate => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  rank: unitId,
  total: '90',
  classification: 'Xuất sắc',
  proposed,
  included: proposed,
  reason: '',
  ineligible,
});

const list = [candidate(1, true), candidate(2, true), candidate(3, false), candidate(4, false, 'Chưa chấm đủ điểm')];

describe('the candidate list', () => {
  it('needs a reason only where the choice differs from the proposal', () => {
    expect(choiceProblem(list[0]!, { included: true, reason: '' })).toBe('');
    expect(choiceProblem(list[0]!, { included: false, reason: ' ' })).toBe('Nhập lý do không đưa đơn vị vào danh sách');
    expect(choiceProblem(list[2]!, { included: true, reason: '' })).toBe('Nhập lý do bổ sung đơn vị vào danh sách');
    expect(choiceProblem(list[2]!, { included: true, reason: 'Hội nghị đề nghị bổ sung' })).toBe('');
  });

  it('sends every unit, with a reason only for a change', () => {
    const choices = { ...choicesOf(list), 2: { included: false, reason: ' Đơn vị xin rút ' }, 3: { included: false, reason: 'còn sót' } };
    expect(candidatesInput(list, choices)).toEqual([
      { unitId: 1, included: true, reason: '' },
      { unitId: 2, included: false, reason: 'Đơn vị xin rút' },
      { unitId: 3, included: false, reason: '' },
      { unitId: 4, included: false, reason: '' },
    ]);
  });

  it('puts the service’s errors on the unit’s row by the order sent', () => {
    expect(errorsByUnit({ 'candidates.2.reason': 'Nhập lý do', roundId: 'x' }, list)).toEqual({ 3: 'Nhập lý do' });
  });
});
