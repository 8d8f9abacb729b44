// npm run bench:backups [-- --runs N]
// A benchmark, not a test: the safety net on a bloc at its largest (30 units × 100 criteria scored over 20
// years, each year's score summary issued). Each figure, against the file system's own copy of the database
// where there is one, measured in the same run:
// - opening the data: the lock, the header, quick_check, the pragmas (every start pays it);
// - a backup (SQLite's backup API, journal switched off WAL, integrity_check on the copy, fsync, rename),
//   floor: copying the file with the file system;
// - a restore (copy staged, full integrity_check, safety backup, copy in, verify), floor: the same file copy;
// - the full integrity_check on its worker thread (once a day, off the window's way).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection.js';
import { runIntegrityCheck } from '../db/integrity.js';
import { openLocalServices } from '../main/services/local.js';
import { numberArg, scoredBloc, time, UNITS } from './bench-support.js';

const RUNS = numberArg('--runs', 5);
const YEARS = 20;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-backups-'));
const dataDir = path.join(root, 'du-lieu');
const rows: [string, number, number | null, string][] = [];
try {
  const built = await openLocalServices(dataDir, console.error);
  console.error(`Building ${YEARS} years of ${UNITS} units × 100 criteria…`);
  const { yearIds } = await scoredBloc(built.ok, YEARS, 2026);
  for (const yearId of yearIds) {
    const prepared = await built.ok('documents.prepare', { yearId, type: 'scoreSummary', input: {} });
    await built.ok('documents.issue', { yearId, type: 'scoreSummary', input: {}, date: prepared.issueDate.default ?? prepared.issueDate.latest });
  }
  const file = built.opened.file;
  await built.close();
  const size = fs.statSync(file).size;
  const copyFloor = await time((i) => fs.copyFileSync(file, path.join(root, `chep-${i}.sqlite`)), RUNS);

  const withCheck = await time(async () => (await openDatabase(file)).close(), RUNS);
  rows.push(['open with quick_check', withCheck, null, '≤ 1 000 ms']);

  const db = await openDatabase(file);
  try {
    rows.push(['backup', await time(() => db.backup('manual'), RUNS), copyFloor, '≤ 5 000 ms']);
    const source = await db.backup('manual');
    rows.push(['restore', await time(() => db.restore(source), RUNS), copyFloor, '≤ 10 000 ms']);
    rows.push(['integrity_check (worker)', await time(() => runIntegrityCheck(file), RUNS), null, '≤ 10 000 ms']);
  } finally {
    await db.close();
  }
  console.log(`${UNITS} units × 100 criteria, ${YEARS} years scored: the database ${(size / 1024 / 1024).toFixed(1)} MB; medians of ${RUNS} runs in milliseconds (Node ${process.version})`);
  console.log('| measure                  |     time | floor (file copy) | target      |');
  console.log('|--------------------------|---------:|------------------:|-------------|');
  for (const [name, t, f, target] of rows) {
    console.log(`| ${name.padEnd(24)} | ${t.toFixed(1).padStart(8)} | ${(f === null ? '—' : f.toFixed(1)).padStart(17)} | ${target.padEnd(11)} |`);
  }
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
