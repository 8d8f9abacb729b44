// npm run bench:handover [-- --runs N]
// A benchmark, not a test: the handover package of a bloc at its largest — 30 units × 100 criteria scored over
// 20 years, 300 evidence files of 100–200 kB (random bytes, as incompressible as the scans and photos they
// stand for) and the issued documents (each year's score summary, saved to the folder; the last year's signing
// conference documents, kept in the register only and reprinted from their snapshots). Each figure against a
// floor measured in the same run:
// - export (rows read, documents reprinted, zipped), floor: zipping the package's own entries again;
// - preview (opened, every hash and row checked, nothing written), and
// - import into a fresh PC (checked, backed up, written), floor for both: unzipping the package and reading
//   every entry.
// The targets: export and import are a once-a-year step the officer waits through; the preview answers the
// file just picked. The package travels whole as base64 (a desktop IPC message, a browser upload; the contract
// takes up to about 75 MB): the resident memory after an import is printed too.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Input } from '../main/contract/index.js';
import { openLocalServices, type LocalServices } from '../main/services/local.js';
import { GROUPS, numberArg, PER_GROUP, scoredBloc, time, UNITS } from './bench-support.js';

// Few runs: each one moves the whole package, tens of megabytes.
const RUNS = numberArg('--runs', 5);
const YEARS = 20;
const LAST_YEAR = 2026;
const EVIDENCE_FILES = 300;

/** Issued on the default date the register offers, as the officer does. */
async function issue(ok: LocalServices['ok'], request: Input<'documents.prepare'>) {
  const prepared = await ok('documents.prepare', request);
  if (prepared.problems.length > 0) throw new Error(`${request.type}: ${prepared.problems.map((p) => p.message).join(' ')}`);
  return ok('documents.issue', { ...request, date: prepared.issueDate.default ?? prepared.issueDate.latest });
}

/** Zipping the package's entries again, each deflated anew (a loaded zip generated again would copy them as compressed). */
async function zipFloor(base64: string): Promise<number> {
  const entries: [string, Uint8Array][] = [];
  const packaged = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  for (const entry of Object.values(packaged.files)) if (!entry.dir) entries.push([entry.name, await entry.async('uint8array')]);
  return time(() => {
    const zip = new JSZip();
    for (const [name, bytes] of entries) zip.file(name, bytes);
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }, RUNS);
}

/** Unzipping the package and reading every entry. */
const unzipFloor = (base64: string) =>
  time(async () => {
    const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
    for (const entry of Object.values(zip.files)) if (!entry.dir) await entry.async('uint8array');
  }, RUNS);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-bench-handover-'));
const source = await openLocalServices(path.join(root, 'nguon'), console.error);
const targets: LocalServices[] = [];
const rows: [string, number, number, string][] = [];
try {
  const { ok } = source;
  console.error(`Building ${YEARS} years of ${UNITS} units × ${GROUPS * PER_GROUP} criteria, ${EVIDENCE_FILES} evidence files and the documents…`);
  const { blocId, yearIds, unitIds } = await scoredBloc(ok, YEARS, LAST_YEAR);

  // Evidence spread over the years, units and the first group's criteria.
  let evidenceBytes = 0;
  for (let i = 0; i < EVIDENCE_FILES; i++) {
    const bytes = randomBytes(100 * 1024 + ((i * 7919) % (100 * 1024)));
    evidenceBytes += bytes.length;
    const file = { fileName: `Minh chứng số ${i + 1}.pdf`, base64: bytes.toString('base64') };
    await ok('scoring.addEvidence', { yearId: yearIds[i % YEARS]!, unitId: unitIds[i % UNITS]!, itemKey: `c1-${(i % PER_GROUP) + 1}`, file });
  }

  for (const yearId of yearIds) {
    const summary = await issue(ok, { yearId, type: 'scoreSummary', input: {} });
    await ok('documents.save', { documentId: summary.id });
  }
  const lastYearId = yearIds.at(-1)!;
  const meeting = await ok('meetings.create', {
    yearId: lastYearId,
    kind: 'signing',
    name: `Hội nghị ký kết giao ước thi đua năm ${LAST_YEAR}`,
    date: `${LAST_YEAR}-03-10`,
    startTime: '08:00',
    endTime: '11:00',
    place: 'Hội trường Sở Thử nghiệm số 1',
    chair: 'Nguyễn Văn 1 - Giám đốc Sở Thử nghiệm số 1, Trưởng khối',
    secretary: 'Trần Thị Thư - Chuyên viên',
    agenda: Array.from({ length: 4 }, (_, i) => ({ title: `Nội dung thứ ${i + 1} của hội nghị`, summary: 'Các đại biểu thống nhất. '.repeat(6) })),
    conclusions: 'Hội nghị thống nhất các nội dung.',
  });
  await ok('meetings.setAttendance', { meetingId: meeting.id, attendance: unitIds.map((unitId) => ({ unitId, status: 'present' as const })) });
  await ok('settings.update', { ...(await ok('settings.get', { yearId: lastYearId })), yearId: lastYearId, archive: 'VT, VP' });
  const contact = 'Trần Thị Thư, điện thoại 0209 3870 123';
  await issue(ok, { yearId: lastYearId, type: 'invitation', input: { meetingId: meeting.id, subject: '', inviteUnits: 'collective', contact } });
  await issue(ok, { yearId: lastYearId, type: 'agenda', input: { meetingId: meeting.id } });
  await issue(ok, { yearId: lastYearId, type: 'minutes', input: { meetingId: meeting.id } });

  const before = process.memoryUsage().rss;
  const pkg = await ok('handover.export', { blocId });
  const file = { fileName: pkg.fileName, base64: pkg.base64! };
  rows.push(['export', await time(() => ok('handover.export', { blocId }), RUNS), await zipFloor(file.base64), '≤ 10 000 ms']);

  const checked = await ok('handover.preview', { file });
  if (checked.problems.length > 0) throw new Error(checked.problems.join(' '));
  const unzip = await unzipFloor(file.base64);
  rows.push(['preview', await time(() => ok('handover.preview', { file }), RUNS), unzip, '≤ 3 000 ms']);

  // Each import goes into a PC of its own, opened beforehand so that only the import is timed.
  for (let i = 0; i <= RUNS; i++) targets.push(await openLocalServices(path.join(root, `dich-${i}`), console.error));
  let rss = 0;
  const imported = await time(async (i) => {
    await targets[i + 1]!.ok('handover.import', { file });
    rss = Math.max(rss, process.memoryUsage().rss);
  }, RUNS);
  rows.push(['import into a fresh PC', imported, unzip, '≤ 10 000 ms']);

  const packageBytes = Buffer.from(file.base64, 'base64').length;
  console.log(
    `${UNITS} units × ${GROUPS * PER_GROUP} criteria, ${YEARS} years scored, ${checked.files} files (${EVIDENCE_FILES} evidence, ${mb(evidenceBytes)} MB; ${checked.documents} issued documents): ` +
      `the package ${mb(packageBytes)} MB (${mb(file.base64.length)} MB as base64); medians of ${RUNS} runs in milliseconds (Node ${process.version})`,
  );
  console.log('| measure                      |     time |    floor | target      |');
  console.log('|------------------------------|---------:|---------:|-------------|');
  for (const [name, t, f, target] of rows) console.log(`| ${name.padEnd(28)} | ${t.toFixed(1).padStart(8)} | ${f.toFixed(1).padStart(8)} | ${target.padEnd(11)} |`);
  console.log(
    `Resident memory (rss): ${mb(before)} MB with the bloc built, before the first export; ${mb(rss)} MB at most after an import; ` +
      `the process's peak ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
} finally {
  for (const target of targets) await target.close();
  await source.close();
  fs.rmSync(root, { recursive: true, force: true });
}
