import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isYearClosedGuard } from '../../../../db/guards.js';
import { closeYear, openDemoYear, openScoredYear, openTestServices, type TestServices } from '../../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

describe('scores on the demo 2022', () => {
  it('ranks the ten units from their figures, the bloc’s figure where set, with a classification', async () => {
    const { yearId, unit } = await openScoredYear(s);
    const { standings } = await s.ok('scoring.ranking', { yearId });
    expect(standings).toHaveLength(10);
    expect(standings.map((u) => u.rank)).toEqual([...standings.map((u) => u.rank)].sort((a, b) => (a ?? 99) - (b ?? 99)));
    const health = standings.find((u) => u.unitId === unit('Sở Y tế'))!;
    // 1.1: self 28,5, the bloc 27,5 with a reason: the total uses 27,5, the self total 28,5.
    expect(Number(health.selfTotal) - Number(health.total)).toBe(1);
    expect(health.missing).toBe(0);
    expect(health.missingReasons).toBe(0);
    expect(standings[0]?.classification).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('refuses a figure above the maximum, below zero, or a half count, naming the unit and the criterion, and writes nothing of the call', async () => {
    const { yearId, unit } = await openScoredYear(s);
    const health = unit('Sở Y tế');
    const before = await s.ok('scoring.scores', { yearId });
    const over = await s.call('scoring.setScores', {
      yearId,
      changes: [
        { unitId: health, itemKey: 'c1-2', self: '9' },
        { unitId: health, itemKey: 'c1-1', self: '31' },
      ],
    });
    expect(over).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!over.ok && over.message).toMatch(/^Sở Y tế: .*1\.1.*30/);
    const negative = await s.call('scoring.setScores', { yearId, changes: [{ unitId: health, itemKey: 'c1-1', self: '-1' }] });
    expect(negative).toMatchObject({ ok: false, code: 'VALIDATION' });
    const half = await s.call('scoring.setScores', { yearId, changes: [{ unitId: health, itemKey: 'c2-3', self: '1,5' }] });
    expect(half).toMatchObject({ ok: false, code: 'VALIDATION' });
    const passFail = await s.call('scoring.setScores', { yearId, changes: [{ unitId: health, itemKey: 'c3-3', self: '3' }] });
    expect(passFail).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await s.ok('scoring.scores', { yearId })).toEqual(before);
  });

  it('takes a comma or a dot, and stores one spelling of the figure', async () => {
    const { yearId, unit } = await openScoredYear(s);
    await s.ok('scoring.setScores', { yearId, changes: [{ unitId: unit('Sở Y tế'), itemKey: 'c1-2', self: '08,50' }] });
    const entry = (await s.ok('scoring.scores', { yearId })).find((e) => e.unitId === unit('Sở Y tế') && e.itemKey === 'c1-2');
    expect(entry?.self).toBe('8.5');
  });

  it('asks a reason where the bloc’s figure differs from the unit’s, and takes both together', async () => {
    const { yearId, unit } = await openScoredYear(s);
    const health = unit('Sở Y tế');
    const refused = await s.call('scoring.setScores', { yearId, changes: [{ unitId: health, itemKey: 'c1-2', bloc: '9' }] });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', message: 'Sở Y tế, tiêu chí 1.2: điểm Khối chấm khác điểm tự chấm, cần ghi lý do.' });
    const ranking = await s.ok('scoring.setScores', { yearId, changes: [{ unitId: health, itemKey: 'c1-2', bloc: '9', reason: 'Thiếu minh chứng' }] });
    const standing = ranking.standings.find((u) => u.unitId === health)!;
    expect(Number(standing.selfTotal) - Number(standing.total)).toBe(2);
    // The same figure as the unit's needs no reason.
    expect(await s.call('scoring.setScores', { yearId, changes: [{ unitId: health, itemKey: 'c1-3', bloc: '9' }] })).toMatchObject({ ok: true });
  });

  it('moves a unit up the ranking after one edit, and takes a disqualified unit out of it with the reason', async () => {
    const { yearId, unit } = await openScoredYear(s);
    const radio = unit('Đài Phát thanh và Truyền hình tỉnh Bắc Kạn');
    const last = (await s.ok('scoring.ranking', { yearId })).standings.find((u) => u.unitId === radio)!;
    const after = await s.ok('scoring.setScores', { yearId, changes: [{ unitId: radio, itemKey: 'b1', self: '1' }] });
    expect(after.standings.find((u) => u.unitId === radio)!.rank).toBeLessThan(last.rank!);
    const out = await s.ok('scoring.setScores', { yearId, changes: [{ unitId: radio, itemKey: 'd3', self: '1' }] });
    const radioOut = out.standings.find((u) => u.unitId === radio)!;
    expect(radioOut).toMatchObject({ rank: null, disqualified: { reason: 'Tập thể hoặc người đứng đầu bị kỷ luật' } });
    expect(out.standings.at(-1)?.unitId).toBe(radio);
    expect(out.standings.filter((u) => u.rank !== null)).toHaveLength(9);
  });

  it('refuses a unit that is not a member this year and an item the scale does not have', async () => {
    const { yearId, unit } = await openScoredYear(s);
    const { yearId: y2018 } = await openDemoYear(s, 2018);
    const college2018 = (await s.ok('units.list', { yearId: y2018 })).find((u) => u.name.startsWith('Trường Cao đẳng Nghề'))!;
    expect(await s.call('scoring.setScores', { yearId, changes: [{ unitId: college2018.unitId, itemKey: 'c1-1', self: '1' }] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    expect(await s.call('scoring.setScores', { yearId, changes: [{ unitId: unit('Sở Y tế'), itemKey: 'zz', self: '1' }] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it('refuses every scoring write in a closed year, and still reads its ranking', async () => {
    const { yearId, unit } = await openScoredYear(s);
    const file = { fileName: 'a.pdf', base64: Buffer.from('a').toString('base64') };
    await s.ok('scoring.addEvidence', { yearId, unitId: unit('Sở Y tế'), itemKey: 'c1-1', file });
    await closeYear(s, yearId);
    expect(await s.call('scoring.setScores', { yearId, changes: [{ unitId: unit('Sở Y tế'), itemKey: 'c1-2', self: '9' }] })).toMatchObject({
      ok: false,
      code: 'YEAR_CLOSED',
    });
    expect((await s.ok('scoring.ranking', { yearId })).standings).toHaveLength(10);
    // Down to the database: a write that bypasses the services is refused too.
    for (const table of ['scores', 'scales', 'evidence'] as const) {
      const refused = await s.opened.db.deleteFrom(table).execute().catch((e: unknown) => e);
      expect(isYearClosedGuard(refused), table).toBe(true);
    }
  });

  it('refuses scores before the year has a locked scale', async () => {
    const { yearId } = await openDemoYear(s, 2020);
    const unitId = (await s.ok('units.list', { yearId }))[0]!.unitId;
    const refused = await s.call('scoring.setScores', { yearId, changes: [{ unitId, itemKey: 'c1-1', self: '1' }] });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(!refused.ok && refused.message).toContain('chưa có thang điểm đã khóa');
  });
});
