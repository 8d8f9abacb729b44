import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../db/connection.js';
import { databaseFile } from '../../../../db/location.js';
import { createDispatcher, createHandlers, optionsFor } from '../../../../main/services/index.js';
import { closeYear, openDemoYear, openTestServices, tempDir, type TestServices } from '../../../support/services.js';

let s: TestServices;
beforeEach(async () => {
  s = await openTestServices();
});
afterEach(() => s.close());

const file = (fileName: string, text: string) => ({ fileName, base64: Buffer.from(text).toString('base64') });

async function demo2022() {
  const { yearId } = await openDemoYear(s, 2022);
  const unitId = (await s.ok('units.list', { yearId })).find((u) => u.name === 'Sở Y tế')!.unitId;
  return { yearId, unitId };
}

describe('evidence files', () => {
  it('copies the file into the data folder under a name of the program’s, hashed, and hands it back to download in browser mode', async () => {
    const { yearId, unitId } = await demo2022();
    const added = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: file('Báo cáo tổng kết.pdf', 'nội dung') });
    expect(added).toMatchObject({ fileName: 'Báo cáo tổng kết.pdf', size: Buffer.byteLength('nội dung'), itemKey: 'c1-1' });
    expect(added.sha256).toBe(createHash('sha256').update('nội dung').digest('hex'));
    const stored = fs.readdirSync(path.join(s.dir, 'minh-chung', '2022', String(unitId), 'c1-1'));
    expect(stored).toEqual([`${added.sha256.slice(0, 16)}.pdf`]);
    const opened = await s.ok('scoring.openEvidence', { evidenceId: added.id });
    expect(opened).toMatchObject({ opened: false, fileName: 'Báo cáo tổng kết.pdf' });
    expect(Buffer.from(opened.base64!, 'base64').toString()).toBe('nội dung');
    expect(await s.ok('scoring.evidence', { yearId, unitId })).toHaveLength(1);
  });

  it('keeps a name that tries to climb out of the data folder inside it', async () => {
    const { yearId, unitId } = await demo2022();
    const added = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: file('../../../etc/passwd', 'x') });
    expect(added.fileName).toBe('passwd');
    expect(fs.existsSync(path.join(s.dir, '..', 'etc'))).toBe(false);
    const windows = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-2', file: file('..\\..\\boot.ini', 'y') });
    expect(windows.fileName).toBe('boot.ini');
  });

  it('refuses a file over 20 MB with its size, and an item the scale does not have', async () => {
    const { yearId, unitId } = await demo2022();
    const big = { fileName: 'video.mp4', base64: Buffer.alloc(21 * 1024 * 1024).toString('base64') };
    const refused = await s.call('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: big });
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!refused.ok && refused.message).toContain('tối đa 20 MB');
    expect(await s.call('scoring.addEvidence', { yearId, unitId, itemKey: 'nope', file: file('a.pdf', 'a') })).toMatchObject({ ok: false });
    expect(await s.ok('scoring.evidence', { yearId })).toHaveLength(0);
  });

  it('removes a file and its copy, and refuses to add or remove in a closed year', async () => {
    const { yearId, unitId } = await demo2022();
    const added = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: file('a.pdf', 'a') });
    await s.ok('scoring.removeEvidence', { evidenceId: added.id });
    expect(fs.readdirSync(path.join(s.dir, 'minh-chung', '2022', String(unitId), 'c1-1'))).toEqual([]);
    const kept = await s.ok('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: file('b.pdf', 'b') });
    await closeYear(s, yearId);
    expect(await s.call('scoring.removeEvidence', { evidenceId: kept.id })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    expect(await s.call('scoring.addEvidence', { yearId, unitId, itemKey: 'c1-1', file: file('c.pdf', 'c') })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
  });
});

describe('evidence on the desktop', () => {
  it('opens a document in its viewer, and only shows a program in its folder', async () => {
    const dir = tempDir();
    const opened: string[] = [];
    const shown: string[] = [];
    const db = await openDatabase(databaseFile(dir));
    const desktop = { chooseSavePath: async () => null, openPath: async (f: string) => void opened.push(f), showItemInFolder: (f: string) => void shown.push(f), chooseOpenPath: async () => null, chooseFolder: async () => null, printToPdf: async () => new Uint8Array() };
    const call = createDispatcher(createHandlers(db.db, optionsFor(db, { desktop })));
    const ok = async <T>(channel: Parameters<typeof call>[0], input: unknown) => {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(result.message);
      return result.data as T;
    };
    try {
      const { blocId } = await ok<{ blocId: number }>('blocs.openDemo', {});
      const year = (await ok<{ id: number; year: number }[]>('years.list', { blocId })).find((y) => y.year === 2022)!;
      const unitId = (await ok<{ unitId: number }[]>('units.list', { yearId: year.id }))[0]!.unitId;
      const add = (fileName: string) => ok<{ id: number }>('scoring.addEvidence', { yearId: year.id, unitId, itemKey: 'c1-1', file: file(fileName, fileName) });
      const pdf = await add('Báo cáo.pdf');
      const exe = await add('setup.exe');
      expect(await ok('scoring.openEvidence', { evidenceId: pdf.id })).toMatchObject({ opened: true, base64: null });
      expect(await ok('scoring.openEvidence', { evidenceId: exe.id })).toMatchObject({ opened: false, base64: null });
      expect(opened.map((f) => path.extname(f))).toEqual(['.pdf']);
      expect(shown.map((f) => path.extname(f))).toEqual(['.exe']);
    } finally {
      await db.close();
    }
  });
});
