import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, sampleProfile, type TestServices } from '../../../support/services.js';
import { attached, dumpAll, fileTree, richDemo, type Dump } from './support.js';

let from: TestServices;
let to: TestServices;
beforeEach(async () => {
  from = await openTestServices();
  to = await openTestServices();
});
afterEach(async () => {
  await from.close();
  await to.close();
});

async function exported() {
  const demo = await richDemo(from);
  const pkg = await from.ok('handover.export', { blocId: demo.blocId });
  return { demo, pkg, file: { fileName: pkg.fileName, base64: pkg.base64! } };
}

const ID_TABLES = ['blocs', 'years', 'units', 'meetings', 'documents', 'scales', 'evidence', 'awards', 'award_rounds'];

/** Ids by position: the k-th row of an id table here is the k-th row there (the import keeps the order). */
function idsByPosition(a: Dump, b: Dump) {
  const maps = new Map<string, Map<unknown, unknown>>();
  for (const table of ID_TABLES) {
    const ids = (d: Dump) => (d[table] ?? []).map((r) => r.id as number).sort((x, y) => x - y);
    maps.set(table, new Map(ids(a).map((id, i) => [id, ids(b)[i]])));
  }
  return maps;
}

describe('the handover package', () => {
  it('carries the whole bloc: a round trip gives the same rows, ids renumbered, and the same files', async () => {
    const { demo, pkg, file } = await exported();
    expect(pkg.fileName).toBe('Ban-giao-khoi-thi-dua-van-hoa-xa-hoi-2018-2022.ktd');
    expect(pkg.path).toBeNull();
    expect(fs.existsSync(pkg.copy)).toBe(true);
    expect(path.relative(from.dir, pkg.copy)).toBe(path.join('ban-giao', pkg.fileName));

    // Something already here, so the imported ids must move.
    await to.ok('blocs.create', { ...sampleProfile, blocName: 'Khối thi đua các cơ quan Đảng', firstYear: 2021 });
    const preview = await to.ok('handover.preview', { file });
    expect(preview).toMatchObject({ problems: [], blocName: 'Khối thi đua Văn hóa - Xã hội', existing: null, documents: 2, files: 4 });
    expect(preview.years).toEqual([2018, 2020, 2022]);
    expect(preview.units).toBeGreaterThanOrEqual(10);

    const done = await to.ok('handover.import', { file });
    expect(done).toMatchObject({ replaced: false, renamedFiles: [] });
    expect(fs.existsSync(done.backup)).toBe(true);

    const a = await dumpAll(from);
    const b = await dumpAll(to);
    // The imported bloc keeps its identity and name; the other bloc is still there.
    expect(b.blocs!.map((x) => x.name).sort()).toEqual(['Khối thi đua Văn hóa - Xã hội', 'Khối thi đua các cơ quan Đảng']);
    expect(b.blocs!.find((x) => x.id === done.blocId)!.uid).toBe(a.blocs![0]!.uid);

    // Every table: the rows of the imported bloc equal the original ones with ids mapped by position.
    const other = await to.ok('blocs.list', {});
    const otherBloc = other.find((x) => x.id !== done.blocId)!;
    const otherYears = new Set(b.years!.filter((y) => y.blocId === otherBloc.id).map((y) => y.id));
    const strip = (d: Dump, table: string) => (d[table] ?? []).filter((r) => !(otherYears.has(r.yearId) || r.blocId === otherBloc.id || r.id === otherBloc.id && table === 'blocs'));
    const maps = idsByPosition({ ...a }, Object.fromEntries(Object.keys(b).map((t) => [t, strip(b, t)])));
    const idColumn: Record<string, string> = {
      blocId: 'blocs', yearId: 'years', unitId: 'units', headUnitId: 'units', deputyUnitId: 'units', successorUnitId: 'units',
      hostUnitId: 'units', meetingId: 'meetings', sourceMeetingId: 'meetings', replacedById: 'documents', scaleId: 'scales',
      awardId: 'awards', roundId: 'award_rounds', nextHeadUnitId: 'units', nextDeputyUnitId: 'units',
    };
    const counts: Record<string, number> = {};
    for (const table of Object.keys(a)) {
      const translated = a[table]!.map((row) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) {
          if (v === null) out[k] = v;
          else if (k === 'id' && maps.has(table)) out[k] = maps.get(table)!.get(v);
          else if (idColumn[k]) out[k] = maps.get(idColumn[k]!)!.get(v);
          else if (table === 'evidence' && k === 'storedPath') out[k] = String(v).replace(/^(minh-chung\/\d+\/)(\d+)/, (_m, p: string, u: string) => `${p}${String(maps.get('units')!.get(Number(u)))}`);
          else if (table === 'documents' && k === 'request') {
            const request = JSON.parse(String(v)) as { input: { meetingId?: number } };
            if (request.input.meetingId) request.input.meetingId = maps.get('meetings')!.get(request.input.meetingId) as number;
            out[k] = JSON.stringify(request);
          } else out[k] = v;
        }
        return JSON.stringify(out);
      });
      const imported = strip(b, table).map((r) => JSON.stringify(r));
      expect(imported.sort(), table).toEqual(translated.sort());
      counts[table] = imported.length;
    }
    // The comparison saw the bloc's data, not empty tables.
    expect(counts).toMatchObject({ units: 12, documents: 2, evidence: 2, scores: expect.any(Number), meetings: expect.any(Number) });
    expect(counts.scores).toBeGreaterThan(100);
    expect(counts).toMatchObject({ awards: 1, award_rounds: 1, round_candidates: 10 });
    expect(b.years!.find((y) => y.year === 2018 && y.blocId === done.blocId)!.status).toBe('closed');

    // The files: evidence under the units' new ids, documents in their year's folder, byte for byte.
    const filesA = fileTree(from.dir);
    const filesB = fileTree(to.dir);
    const evidenceA = Object.entries(filesA).filter(([p]) => p.startsWith('minh-chung/')).map(([, h]) => h).sort();
    const evidenceB = Object.entries(filesB).filter(([p]) => p.startsWith('minh-chung/')).map(([, h]) => h).sort();
    expect(evidenceB).toEqual(evidenceA);
    expect(evidenceB).toHaveLength(2);
    for (const e of b.evidence!) expect(filesB[String(e.storedPath)]).toBe(e.sha256);
    const invitationPath = `van-ban/2018/${demo.invitation.fileName}`;
    expect(filesB[invitationPath]).toBe(filesA[invitationPath]);
    // The document only in the register arrives as a file too.
    expect(filesB[`van-ban/2018/${demo.minutes.fileName}`]).toMatch(/^[0-9a-f]{64}$/);

    // The imported bloc works as any other: its closed year refuses writes, its register reprints.
    const imported2018 = (await to.ok('years.list', { blocId: done.blocId })).find((y) => y.year === 2018)!;
    expect(await to.call('years.updateProfile', { yearId: imported2018.id, ...sampleProfile })).toMatchObject({ ok: false, code: 'YEAR_CLOSED' });
    const register = await to.ok('documents.list', { yearId: imported2018.id });
    const docx = await to.ok('documents.docx', { documentId: register.find((e) => e.fileName === demo.invitation.fileName)!.id });
    expect(docx.matchesRegister).toBe(true);
  });

  it('adds a bloc of another identity beside one of the same name, and replaces the same bloc only when asked', async () => {
    const { file } = await exported();
    // Here: the demo bloc of this PC (same name, another identity).
    await to.ok('blocs.openDemo', {});
    const first = await to.ok('handover.import', { file });
    expect(first.replaced).toBe(false);
    expect((await to.ok('blocs.list', {})).map((b) => b.name)).toEqual(['Khối thi đua Văn hóa - Xã hội', 'Khối thi đua Văn hóa - Xã hội']);

    const before = await dumpAll(to);
    const filesBefore = fileTree(to.dir);
    const preview = await to.ok('handover.preview', { file });
    expect(preview.existing).toEqual({ blocId: first.blocId, name: 'Khối thi đua Văn hóa - Xã hội', years: [2018, 2020, 2022] });
    const refused = await to.call('handover.import', { file });
    expect(refused).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (!refused.ok) expect(refused.message).toContain('đã có trên máy');
    expect(await dumpAll(to)).toEqual(before);
    expect(fileTree(to.dir)).toEqual(filesBefore);

    const replaced = await to.ok('handover.import', { file, replace: true });
    expect(replaced.replaced).toBe(true);
    const blocs = await to.ok('blocs.list', {});
    expect(blocs).toHaveLength(2);
    expect(blocs.map((b) => b.id)).toContain(replaced.blocId);
    expect(blocs.map((b) => b.id)).not.toContain(first.blocId);
    // The other bloc's rows are untouched; the replaced bloc's rows came back the same, under new ids.
    const after = await dumpAll(to);
    for (const table of Object.keys(before)) expect(after[table]!.length, table).toBe(before[table]!.length);
    const untouched = (d: Dump) => d.blocs!.filter((b) => b.id !== first.blocId && b.id !== replaced.blocId);
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.documents!.map((d) => d.sha256).sort()).toEqual(before.documents!.map((d) => d.sha256).sort());
  });

  it('gives an imported document another file name when the folder already holds a different file of that name', async () => {
    const { demo, file } = await exported();
    const clash = path.join(to.dir, 'van-ban', '2018', demo.invitation.fileName);
    fs.mkdirSync(path.dirname(clash), { recursive: true });
    fs.writeFileSync(clash, 'một tệp khác');
    const done = await to.ok('handover.import', { file });
    const renamed = demo.invitation.fileName.replace(/\.docx$/, '-2.docx');
    expect(done.renamedFiles).toEqual([renamed]);
    expect(fs.readFileSync(clash, 'utf8')).toBe('một tệp khác');
    const year = (await to.ok('years.list', { blocId: done.blocId })).find((y) => y.year === 2018)!;
    const entry = (await to.ok('documents.list', { yearId: year.id })).find((e) => e.fileName === renamed)!;
    expect(fileTree(to.dir)[`van-ban/2018/${renamed}`]).toBe(fileTree(from.dir)[`van-ban/2018/${demo.invitation.fileName}`]);
    expect(entry.sha256).toBe(demo.invitation.sha256);
  });

  it('keeps a copy of every package in the data folder and saves where the officer picks on the desktop', async () => {
    const { blocId } = await richDemo(from);
    const target = path.join(from.dir, 'chosen', 'goi.ktd');
    const chosen: string[] = [];
    const { createHandlers, optionsFor } = await import('../../../../main/services/index.js');
    const handlers = createHandlers(from.opened.db, optionsFor(from.opened, {
      desktop: {
        chooseSavePath: async (proposed) => {
          chosen.push(proposed);
          return target;
        },
        openPath: async () => {},
        showItemInFolder: () => {},
        chooseOpenPath: async () => null,
        chooseFolder: async () => null,
        printToPdf: async () => new Uint8Array(),
      },
    }));
    const out = await handlers['handover.export']({ blocId });
    expect(out).toMatchObject({ path: target, base64: null });
    expect(chosen).toEqual([out.copy]);
    expect(fs.readFileSync(target)).toEqual(fs.readFileSync(out.copy));
    expect(attached('x', fs.readFileSync(target)).base64.length).toBeGreaterThan(0);
  });

  it('on the desktop main reads the chosen package itself (no size cap through the window) and imports that very file', async () => {
    const { pkg } = await exported();
    const picked = path.join(from.dir, 'usb', 'goi.ktd');
    fs.mkdirSync(path.dirname(picked));
    fs.copyFileSync(pkg.copy, picked);
    const { createHandlers, optionsFor } = await import('../../../../main/services/index.js');
    const asked: string[][] = [];
    const handlers = createHandlers(to.opened.db, optionsFor(to.opened, {
      desktop: {
        chooseSavePath: async () => null,
        openPath: async () => {},
        showItemInFolder: () => {},
        chooseOpenPath: async (_name, extensions) => (asked.push(extensions), picked),
        chooseFolder: async () => null,
        printToPdf: async () => new Uint8Array(),
      },
    }));
    const preview = await handlers['handover.choose']({});
    expect(asked).toEqual([['ktd']]);
    expect(preview).toMatchObject({ fileName: 'goi.ktd', problems: [], blocName: 'Khối thi đua Văn hóa - Xã hội' });
    // The USB stick may go: the previewed bytes were kept in the data folder.
    fs.rmSync(picked);
    const done = await handlers['handover.import']({ stagedId: preview!.stagedId!, replace: false });
    expect(done.replaced).toBe(false);
    expect((await to.ok('blocs.list', {})).map((b) => b.name)).toEqual(['Khối thi đua Văn hóa - Xã hội']);
    expect(fs.existsSync(path.join(to.dir, 'ban-giao', 'dang-nhap'))).toBe(false);
  });
});
