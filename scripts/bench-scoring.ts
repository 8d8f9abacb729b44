// npm run bench:scoring [-- --runs N]
// A benchmark, not a test: the scoring half of a year at its largest (30 units × 100 criteria), each
// figure against a floor measured in the same run:
// - recompute totals and ranking after one edit (pure engine), floor: summing the same cells as floats;
// - one edit through the services (write + ranking answered), floor: the same UPDATE alone;
// - import 30 returned unit workbooks, floor: exceljs loading the same 30 files;
// - the score summary DOCX, floor: zipping its XML parts;
// - a 20-year database of that size opened and the dashboard's reads answered, floor: opening it alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { openDatabase } from '../db/connection.js';
import { databaseFile } from '../db/location.js';
import { openLocalServices } from '../main/services/local.js';
import { computeStandings } from '../main/scoring/ranking.js';
import { GROUPS, numberArg, PER_GROUP, scoredBloc, time, UNITS } from './bench-support.js';

const RUNS = numberArg('--runs', 15);
const CRITERIA = GROUPS * PER_GROUP;
const YEARS = 20;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-scoring-'));
let services = await openLocalServices(dataDir, console.error);
const rows: [string, number, number, string][] = [];
try {
  const { ok } = services;
  console.error(`Building ${YEARS} years of ${UNITS} units × ${CRITERIA} criteria…`);
  const { yearIds, unitIds, definition } = await scoredBloc(ok, YEARS, 2026);
  const yearId = yearIds.at(-1)!;

  // 1. Recompute after one edit: the pure engine over the year's 3,000+ figures.
  const members = (await ok('units.list', { yearId })).map((m) => ({ unitId: m.unitId, unitName: m.name }));
  const entries = await ok('scoring.scores', { yearId });
  const edited = (i: number) => entries.map((e, j) => (j === 7 ? { ...e, self: String((i + 2) % 2) } : e));
  rows.push([
    'recompute after one edit',
    await time((i) => computeStandings(definition, members, edited(i)), RUNS),
    await time(() => {
      const totals = new Map<number, number>();
      for (const e of entries) totals.set(e.unitId, (totals.get(e.unitId) ?? 0) + Number(e.self ?? 0));
      return [...totals.values()].sort((a, b) => b - a);
    }, RUNS),
    '≤ 20 ms',
  ]);

  // 2. One edit through the services: the write and the ranking answered.
  const cell = { unitId: unitIds[3]!, itemKey: 'c1-1' };
  rows.push([
    'one edit via services',
    await time((i) => ok('scoring.setScores', { yearId, changes: [{ ...cell, self: i % 2 ? '0.5' : '1' }] }), RUNS),
    await time(
      (i) => services.opened.db.updateTable('scores').set({ self: i % 2 ? '0.5' : '1' }).where('unitId', '=', cell.unitId).where('itemKey', '=', cell.itemKey).execute(),
      RUNS,
    ),
    '—',
  ]);

  // 3. Import 30 returned workbooks (each unit's own, as the program wrote it, filled in).
  const files: { fileName: string; base64: string }[] = [];
  for (const unitId of unitIds) {
    const workbook = await ok('scoring.unitWorkbook', { yearId, unitId });
    files.push({ fileName: workbook.fileName, base64: workbook.base64 });
  }
  rows.push([
    `import ${UNITS} workbooks`,
    await time(() => ok('scoring.confirmImport', { yearId, files }), 3),
    await time(async () => {
      for (const f of files) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
    }, 3),
    '≤ 3000 ms',
  ]);

  // 4. The score summary DOCX.
  const request = { yearId, type: 'scoreSummary' as const, input: {} };
  const docx = await ok('documents.docx', request);
  const source = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'));
  const parts: [string, string][] = [];
  for (const entry of Object.values(source.files)) if (!entry.dir) parts.push([entry.name, await entry.async('string')]);
  rows.push([
    'score summary DOCX',
    await time(() => ok('documents.docx', request), RUNS),
    await time(() => {
      const zip = new JSZip();
      for (const [name, xml] of parts) zip.file(name, xml);
      return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }, RUNS),
    '≤ 150 ms',
  ]);

  // 5. The 20-year database opened cold and the dashboard's reads answered.
  await services.close();
  const file = databaseFile(dataDir);
  const open = await time(async () => {
    const s = await openLocalServices(dataDir, console.error);
    const [bloc] = await s.ok('blocs.list', {});
    const years = await s.ok('years.list', { blocId: bloc!.id });
    const latest = years.at(-1)!;
    await s.ok('units.list', { yearId: latest.id });
    await s.ok('scoring.ranking', { yearId: latest.id });
    await s.close();
  }, 5);
  const floor = await time(async () => {
    const opened = await openDatabase(file);
    await opened.db.selectFrom('years').select('id').execute();
    await opened.close();
  }, 5);
  rows.push([`open ${YEARS} years + dashboard`, open, floor, '≤ 300 ms']);
  services = await openLocalServices(dataDir, console.error);

  console.log(`${UNITS} units × ${CRITERIA} criteria, ${YEARS} years; medians in milliseconds (Node ${process.version})`);
  console.log('| measure                      |   time |  floor | target    |');
  console.log('|------------------------------|-------:|-------:|-----------|');
  for (const [name, t, f, target] of rows) console.log(`| ${name.padEnd(28)} | ${t.toFixed(1).padStart(6)} | ${f.toFixed(1).padStart(6)} | ${target.padEnd(9)} |`);
} finally {
  await services.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
