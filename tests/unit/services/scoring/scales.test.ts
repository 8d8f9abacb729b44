import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScaleDefinitionInput } from '../../../../main/contract/index.js';
import { closeYear, openDemoYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

const small: ScaleDefinitionInput = {
  base: 10,
  bonusCap: 2,
  groups: [
    {
      key: 'g1',
      code: 'I',
      name: 'Nhiệm vụ chuyên môn',
      max: 10,
      criteria: [
        { key: 'a', code: '1.1', name: 'Hoàn thành kế hoạch', max: 6 },
        { key: 'b', code: '1.2', name: 'Báo cáo đúng hạn', max: 4, kind: { type: 'passFail' } },
      ],
    },
  ],
  bands: [{ min: 0, label: 'Hoàn thành nhiệm vụ' }],
};

describe('the year scale', () => {
  it('starts from the bloc template: 100 points in three groups that add up, ready to lock', async () => {
    const { yearId } = await openDemoYear(s, 2020);
    const scale = await s.ok('scoring.startScale', { yearId, source: 'template' });
    expect(scale).toMatchObject({ version: 1, status: 'draft', problems: [] });
    expect(scale.sums).toEqual({ groups: [{ key: 'g1', max: '60' }, { key: 'g2', max: '20' }, { key: 'g3', max: '20' }], total: '100' });
  });

  it('refuses to lock a scale whose groups do not add up to its base, and says why', async () => {
    const { yearId } = await openDemoYear(s, 2020);
    await s.ok('scoring.saveScale', { yearId, definition: { ...small, base: 12 } });
    const locked = await s.call('scoring.lockScale', { yearId });
    expect(locked).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!locked.ok && locked.message).toContain('12');
    expect((await s.ok('scoring.scale', { yearId })).current?.status).toBe('draft');
  });

  it('copies last year’s scale in force into a new year, and says so when no earlier year has one', async () => {
    const { blocId, yearId: y2020 } = await openDemoYear(s, 2020);
    const none = await s.call('scoring.startScale', { yearId: y2020, source: 'lastYear' });
    expect(none).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Chưa có thang điểm của năm nào trước năm 2020 để sao chép.' });
    const y2023 = await s.ok('years.create', { blocId, year: 2023 });
    const copied = await s.ok('scoring.startScale', { yearId: y2023.id, source: 'lastYear' });
    const y2022 = (await s.ok('years.list', { blocId })).find((y) => y.year === 2022)!;
    const inForce = (await s.ok('scoring.scale', { yearId: y2022.id })).current;
    expect(copied).toMatchObject({ version: 1, status: 'draft', scoredUnits: 0 });
    expect(copied.definition).toEqual(inForce?.definition);
  });

  it('keeps a locked scale with scores unchanged except through a new version, whose lock carries the scores that still fit', async () => {
    const { yearId, units } = await smallYear();
    const [first, second] = units as [number, number];
    await s.ok('scoring.setScores', { yearId, changes: [{ unitId: first, itemKey: 'a', self: '5,5' }, { unitId: second, itemKey: 'a', self: '6' }] });

    const edit = await s.call('scoring.saveScale', { yearId, definition: small });
    expect(edit).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(!edit.ok && edit.message).toContain('phiên bản mới');
    expect(await s.call('scoring.unlockScale', { yearId })).toMatchObject({ ok: false, code: 'CONFLICT' });

    const draft = await s.ok('scoring.newVersion', { yearId });
    expect(draft).toMatchObject({ version: 2, status: 'draft' });
    const during = await s.ok('scoring.scale', { yearId });
    expect([during.current?.version, during.inForce?.version]).toEqual([2, 1]);
    // Lower 1.1 to 5.5 and raise 1.2: the 6 no longer fits, the 5,5 does.
    const v2 = structuredClone(small);
    v2.groups[0]!.criteria[0]!.max = 5.5;
    v2.groups[0]!.criteria[1]!.max = 4.5;
    await s.ok('scoring.saveScale', { yearId, definition: v2 });
    // Until the new version is locked, scoring goes on under the old one.
    expect((await s.ok('scoring.ranking', { yearId })).standings.find((u) => u.unitId === second)?.total).toBe('6');
    await s.ok('scoring.lockScale', { yearId });

    const { current, versions } = await s.ok('scoring.scale', { yearId });
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'superseded'], [2, 'locked']]);
    const now = await s.ok('scoring.scores', { yearId });
    expect(now.filter((e) => e.itemKey === 'a').map((e) => [e.unitId, e.self])).toEqual([[first, '5.5']]);
    // The old version's scores stay readable.
    const old = await s.ok('scoring.scores', { yearId, scaleId: versions[0]!.id });
    expect(old.filter((e) => e.itemKey === 'a').map((e) => [e.unitId, e.self])).toEqual(
      expect.arrayContaining([[first, '5.5'], [second, '6']]),
    );
    expect(current?.id).toBe(versions[1]!.id);
  });

  it('unlocks a locked scale that has no scores yet', async () => {
    const { yearId } = await smallYear();
    expect(await s.ok('scoring.unlockScale', { yearId })).toMatchObject({ status: 'draft' });
  });

  it('refuses every scale write in a closed year', async () => {
    const { yearId } = await smallYear();
    await closeYear(s, yearId);
    for (const result of [
      await s.call('scoring.saveScale', { yearId, definition: small }),
      await s.call('scoring.newVersion', { yearId }),
      await s.call('scoring.startScale', { yearId, source: 'template' }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    }
  });
});

/** The demo's 2020 with the small scale locked, and two of its units. */
async function smallYear() {
  const { yearId } = await openDemoYear(s, 2020);
  await s.ok('scoring.saveScale', { yearId, definition: small });
  await s.ok('scoring.lockScale', { yearId });
  const units = (await s.ok('units.list', { yearId })).map((u) => u.unitId);
  return { yearId, units };
}
