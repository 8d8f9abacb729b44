// The crash test's short version (the full one: npm run crash-test -- --kills 200): a writing child killed
// 8 times, during writes and during backups, and after each kill the database opens, is whole, holds
// every reported commit, and every file named as a backup restores to what had been committed. Then the
// checks themselves, shown to catch what they are there to catch.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../scripts/crash/report.js';
import { runCrashTest } from '../../../scripts/crash/run.js';
import { differences, type DataState } from '../../../scripts/crash/state.js';
import { verifyAfterKill, type Ledger } from '../../../scripts/crash/verify.js';
import { openTestServices, sampleProfile, tempDir } from '../../support/services.js';

describe('a writer killed at random', () => {
  it('loses no reported commit and leaves no backup that does not restore', async () => {
    const workDir = tempDir();
    const report = await runCrashTest({ kills: 8, seed: 10, workDir });
    expect(report.failures, formatReport(report)).toEqual([]);
    expect(report.kills).toBe(8);
    expect(report.landed.backup, formatReport(report)).toBeGreaterThan(0);
    expect(report.landed.write, formatReport(report)).toBeGreaterThan(0);
    expect(report.commits.documents).toBeGreaterThan(0);
    expect(report.backups.restored).toBeGreaterThan(0);
    fs.rmSync(workDir, { recursive: true, force: true });
  }, 120_000);
});

const stateOf = (units: [number, string][], docs: [number, number, string?][]): DataState => ({
  units: new Map(units.map(([id, headName]) => [id, { name: `Đơn vị ${id}`, headName }])),
  docs: new Map(docs.map(([id, number, status = 'issued']) => [id, { number, sha256: `sha-${id}`, status }])),
});

describe('the checks after a kill', () => {
  const expected = stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 2]]);

  it('find a lost commit, a write nobody made and a gap in the register', () => {
    expect(differences(stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 2]]), expected)).toEqual([]);
    expect(differences(stateOf([], [[1, 1], [2, 2]]), expected)).toEqual(['unit 1 “Đơn vị 1”, reported committed, is missing']);
    expect(differences(stateOf([[1, 'Nguyễn Văn A'], [2, 'Lê Văn B']], [[1, 1], [2, 2]]), expected)).toEqual([
      'unit 2 “Đơn vị 2” was never reported nor in flight',
    ]);
    expect(differences(stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 2], [3, 4]]), expected)).toEqual([
      'document 3 (number 4) was never reported nor in flight',
      'register numbers are not 1…3: position 3 holds 4',
    ]);
    expect(differences(stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 1]]), stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 1]]))).toEqual([
      'register numbers are not 1…2: position 2 holds 1',
    ]);
  });

  it('let the write in flight be committed or not, and nothing else', () => {
    const renamed = stateOf([[1, 'Trần Thị C']], [[1, 1], [2, 2]]);
    const pending = { e: 'begin', op: 'update', unitId: 1, headName: 'Trần Thị C' } as const;
    expect(differences(renamed, expected, pending)).toEqual([]);
    expect(differences(expected, expected, pending)).toEqual([]);
    expect(differences(stateOf([[1, 'Lê Văn D']], [[1, 1], [2, 2]]), expected, pending)).toHaveLength(1);
    const issuing = { e: 'begin', op: 'doc' } as const;
    expect(differences(stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 2], [3, 3]]), expected, issuing)).toEqual([]);
    expect(differences(stateOf([[1, 'Nguyễn Văn A']], [[1, 1], [2, 2], [3, 3], [4, 4]]), expected, issuing)).toHaveLength(2);
  });

  it('find a lost commit, a torn file named as a backup, a backup nobody took and a reported one that is gone; a partial copy is no backup', async () => {
    const s = await openTestServices();
    const { yearId } = await s.ok('blocs.create', { ...sampleProfile, firstYear: 2020 });
    const good = path.basename(await s.opened.backup('manual'));
    await s.close();
    const backups = path.join(s.dir, 'backups');
    const torn = good.replace(/T\d\d/, 'T23');
    fs.writeFileSync(path.join(backups, torn), fs.readFileSync(path.join(backups, good)).subarray(0, 8192));
    fs.writeFileSync(path.join(backups, `${good.replace(/T\d\d/, 'T22')}.partial`), 'SQLite format 3\0');
    const gone = good.replace(/T\d\d/, 'T01');
    const empty = stateOf([], []);
    const lost = stateOf([[99, 'Nguyễn Văn A']], []);
    const ledger: Ledger = { yearId, model: lost, expected: new Map([[good, empty]]), reported: new Set([good, gone]), checked: new Map() };

    const check = await verifyAfterKill(ledger, s.dir, { pending: null, backupState: null }, tempDir());
    expect(check.leftPartial).toBe(true);
    expect(check.problems).toEqual([
      'unit 99 “Đơn vị 99”, reported committed, is missing',
      `the backup ${gone}, reported taken, is gone with only 2 newer manual backups`,
      `the backup ${torn} was never taken by the child`,
      expect.stringMatching(new RegExp(`^${torn.replace(/\./g, '\\.')} is named as a backup but fails its check: `)),
    ]);
    // The good one, and the daily backup the check's own open took.
    expect(check.restored).toBe(2);
    expect(fs.readdirSync(backups).some((name) => name.endsWith('.partial'))).toBe(false);
  });
});
