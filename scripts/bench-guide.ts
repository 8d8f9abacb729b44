// npm run bench:guide [-- --runs N]
// A benchmark, not a test: the guided year's reads and the bulk units on a bloc at its largest (30 units × 100
// criteria scored over 20 years, each year's score summary issued). What the officer waits for:
// - the home screen's steps (guide.year), read again after every write;
// - a unit's history over 20 years, the membership table, a search across every year and the register;
// - the preview of a pasted list of 30 units (read as it is typed, after a pause), and adding them;
// - the register of every year exported as a workbook.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLocalServices } from '../main/services/local.js';
import { numberArg, scoredBloc, time, UNITS } from './bench-support.js';

const RUNS = numberArg('--runs', 10);
const YEARS = 20;
const LAST_YEAR = 2026;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-guide-'));
const services = await openLocalServices(path.join(root, 'du-lieu'), console.error);
const rows: [string, number, string][] = [];
try {
  const { ok } = services;
  console.error(`Building ${YEARS} years of ${UNITS} units × 100 criteria…`);
  const { blocId, yearIds, unitIds } = await scoredBloc(ok, YEARS, LAST_YEAR);
  for (const yearId of yearIds) {
    const prepared = await ok('documents.prepare', { yearId, type: 'scoreSummary', input: {} });
    await ok('documents.issue', { yearId, type: 'scoreSummary', input: {}, date: prepared.issueDate.default ?? prepared.issueDate.latest });
  }
  const lastYearId = yearIds.at(-1)!;

  rows.push(['home screen steps (guide.year)', await time(() => ok('guide.year', { yearId: lastYearId }), RUNS), '≤ 200 ms']);
  // Each year's rank needs that year's whole ranking: 20 rankings of 30 units × 100 criteria, once per unit picked.
  rows.push(['a unit over 20 years', await time(() => ok('reports.unitHistory', { blocId, unitId: unitIds[0]! }), RUNS), '≤ 500 ms']);
  rows.push(['membership over 20 years', await time(() => ok('reports.membership', { blocId }), RUNS), '≤ 300 ms']);
  rows.push(['search every year', await time(() => ok('reports.search', { blocId, query: 'so thu nghiem 1' }), RUNS), '≤ 300 ms']);

  // A new year to paste into: 30 more units, tab-separated as Excel copies them.
  const pasteYearId = (await ok('years.create', { blocId, year: LAST_YEAR + 1 })).id;
  const pasted = Array.from({ length: UNITS }, (_, i) => `Ban Dán thử số ${i + 1}\tBDT${i + 1}\tTRƯỞNG BAN\tLê Văn ${i + 1}`).join('\n');
  rows.push(['preview of 30 pasted units', await time(() => ok('units.previewImport', { yearId: pasteYearId, pasted }), RUNS), '≤ 300 ms']);
  const preview = await ok('units.previewImport', { yearId: pasteYearId, pasted });
  const valid = preview.rows.filter((r) => r.errors.length === 0);
  if (valid.length !== UNITS) throw new Error(`${valid.length} of ${UNITS} pasted rows valid`);
  // Once: the units are then members, and adding them again is refused.
  const started = performance.now();
  await ok('units.importMany', { yearId: pasteYearId, rows: valid.map(({ errors: _errors, ...row }) => row) });
  rows.push(['adding the 30 units (once)', performance.now() - started, '≤ 1 000 ms']);

  rows.push(['register of 20 years as .xlsx', await time(() => ok('documents.registerWorkbook', { yearId: lastYearId, allYears: true }), RUNS), '≤ 2 000 ms']);

  console.log(`${UNITS} units × 100 criteria, ${YEARS} years scored and their summaries issued; medians of ${RUNS} runs in milliseconds (Node ${process.version})`);
  console.log('| measure                          |     time | target     |');
  console.log('|----------------------------------|---------:|------------|');
  for (const [name, t, target] of rows) console.log(`| ${name.padEnd(32)} | ${t.toFixed(1).padStart(8)} | ${target.padEnd(10)} |`);
} finally {
  await services.close();
  fs.rmSync(root, { recursive: true, force: true });
}
