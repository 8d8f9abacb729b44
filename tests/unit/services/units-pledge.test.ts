// A unit leaving a year whose pledge was issued (removed, retired, merged): the issued pledge no longer matches
// the members, and the officer is told which pledge lists which unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoYear, openTestServices, type TestServices } from '../../support/services.js';

let s: TestServices;
let blocId: number;
let yearId: number;
let unit: (name: string) => number;

beforeEach(async () => {
  s = await openTestServices();
  ({ blocId, yearId } = await openDemoYear(s, 2018));
  const members = await s.ok('units.list', { yearId });
  unit = (name) => members.find((u) => u.name === name)!.unitId;
});
afterEach(() => s.close());

const statusOf = async (year: number) => (await s.ok('units.issuedPledges', { blocId })).find((p) => p.year === year);

describe('the issued pledge against the members', () => {
  it('is not listed before the pledge is issued, and matches right after', async () => {
    expect(await statusOf(2018)).toBeUndefined();
    const issued = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    const status = await statusOf(2018);
    expect(status).toMatchObject({ documentId: issued.id, numberText: 'Không số', date: '2018-03-09', issuedPledgeMismatch: false, leftUnits: [], unlistedUnits: [] });
    expect(status!.listedUnitIds).toHaveLength(11);
    expect(status!.listedUnitIds).toContain(unit('Sở Y tế'));
  });

  it('no longer matches once a unit is removed from the year, and names it', async () => {
    await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    await s.ok('units.removeFromYear', { yearId, unitId: unit('Sở Y tế') });
    expect(await statusOf(2018)).toMatchObject({ issuedPledgeMismatch: true, leftUnits: ['Sở Y tế'], unlistedUnits: [] });
    expect((await statusOf(2018))!.listedUnitIds).toHaveLength(10);
  });

  it('no longer matches after a merge in that year: the old units left, the new one is not listed', async () => {
    await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    await s.ok('units.merge', {
      blocId,
      unitIds: [unit('Sở Y tế'), unit('Ban Dân tộc')],
      fromYear: 2018,
      newUnit: { name: 'Sở Y tế và Dân tộc' },
    });
    expect(await statusOf(2018)).toMatchObject({
      issuedPledgeMismatch: true,
      leftUnits: expect.arrayContaining(['Sở Y tế', 'Ban Dân tộc']),
      unlistedUnits: ['Sở Y tế và Dân tộc'],
    });
  });

  it('follows a retirement into the later years only', async () => {
    const later = (await s.ok('years.list', { blocId })).find((y) => y.year === 2020)!;
    await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    await s.ok('documents.issue', { yearId: later.id, type: 'pledge', input: {}, date: '2020-03-09' });
    await s.ok('units.retire', { unitId: unit('Sở Khoa học và Công nghệ'), lastYear: 2018 });
    expect(await statusOf(2018)).toMatchObject({ issuedPledgeMismatch: false });
    expect(await statusOf(2020)).toMatchObject({ issuedPledgeMismatch: true, leftUnits: ['Sở Khoa học và Công nghệ'] });
  });

  it('matches again once the pledge is re-issued for the members', async () => {
    const first = await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-09' });
    await s.ok('units.removeFromYear', { yearId, unitId: unit('Sở Y tế') });
    await s.ok('documents.issue', { yearId, type: 'pledge', input: {}, date: '2018-03-10', replacesDocumentId: first.id });
    expect(await statusOf(2018)).toMatchObject({ issuedPledgeMismatch: false, leftUnits: [] });
  });
});
