import { describe, expect, it } from 'vitest';
import type { Candidate, Round, Tally } from '../../../../main/contract/index.js';
import { differingCells, errorsByCell, tallyFromForm, tallyToForm } from '../../../../renderer/votes/tally';

const candidate = (unitId: number, included: boolean): Candidate => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  rank: unitId,
  total: '90',
  classification: '',
  proposed: included,
  included,
  reason: '',
  ineligible: '',
});

const first: Tally = {
  entry: 1,
  enteredAt: '2022-12-20T08:00:00Z',
  issued: 10,
  returned: 10,
  valid: 9,
  invalid: 1,
  votes: [
    { unitId: 1, votes: 8 },
    { unitId: 3, votes: 4 },
  ],
  enteredBy: 'Nguyễn Văn A',
};

const round: Round = {
  id: 7,
  awardId: 2,
  number: 1,
  seats: 1,
  status: 'counting',
  candidates: [candidate(1, true), candidate(2, false), candidate(3, true)],
  entries: [first],
  differences: [
    { cell: 'valid', label: 'Số phiếu hợp lệ', first: 9, second: 10 },
    { cell: 'unit:3', label: 'Đơn vị 3', first: 4, second: 5 },
  ],
  result: null,
};

describe('an entry of the count', () => {
  it('fills the form from a saved entry and sends it back unchanged', () => {
    const form = tallyToForm(round, first);
    expect(form.figures).toEqual({ issued: 10, returned: 10, valid: 9, invalid: 1, 'unit:1': 8, 'unit:3': 4 });
    const { entry: _entry, enteredAt: _at, ...fields } = first;
    expect(tallyFromForm(round, form)).toEqual({ fields });
  });

  it('starts empty, with a cell for each unit on the ballot only', () => {
    expect(tallyToForm(round, undefined)).toEqual({
      figures: { issued: null, returned: null, valid: null, invalid: null, 'unit:1': null, 'unit:3': null },
      enteredBy: '',
    });
  });

  it('names the cells still empty instead of sending zeros', () => {
    const form = tallyToForm(round, first);
    form.figures['unit:3'] = null;
    form.figures.invalid = null;
    expect(tallyFromForm(round, form)).toEqual({ empty: { invalid: 'Chưa nhập số', 'unit:3': 'Chưa nhập số' } });
  });

  it('puts the service’s errors on the cells by the order the votes were sent', () => {
    expect(errorsByCell({ 'votes.1.votes': 'Quá số phiếu hợp lệ', valid: 'Sai', roundId: 'x' }, round)).toEqual({ 'unit:3': 'Quá số phiếu hợp lệ', valid: 'Sai' });
  });

  it('highlights the cells where the two entries differ', () => {
    expect([...differingCells(round)]).toEqual(['valid', 'unit:3']);
  });
});
