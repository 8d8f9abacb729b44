// npm run security: Electronegativity (Doyensec's Electron security linter) over the app's
// sources, offline. Fails on any high or medium finding that is not in ALLOWED below (each
// entry says why it is a false positive here), on an ALLOWED entry that no longer matches
// anything, and on a source file the tool cannot parse (a file it skips is a file not checked).
// Electronegativity finds a CSP only as a literal string; ours is built in main/static/csp.ts and
// sent as a header, so the script also runs that policy through the same CSP evaluator.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../main/static/csp.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** What is shipped and runs in Electron: the main process (with the database layer), the preload and the window. */
const SOURCES = ['main', 'db', 'preload', 'renderer', 'package.json'];

interface Allowed {
  id: string;
  file: string;
  /** The flagged line's code, trimmed, when the finding has one: an entry allows that line, not the whole file. */
  sample?: string;
  why: string;
}

const ALLOWED: Allowed[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    why:
      'Electronegativity looks for a CSP only in <meta> tags and in literal webRequest headers. Ours is sent as a ' +
      'header on every app:// response (main/shell/static-response.ts) and every browser-mode response, built from ' +
      'main/static/csp.ts; this script runs that policy through the same evaluator below, and ' +
      'tests/unit/shell/static-response.test.ts checks the header on each kind of response.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'main/shell/window.ts',
    sample: 'preload: options.preload,',
    why:
      'A reminder to review the preload, not a flaw: preload/index.ts exposes one method per contract channel ' +
      'and no generic invoke (tests/unit/shell/preload-api.test.ts), and main answers only app:// frames ' +
      '(tests/unit/shell/ipc.test.ts).',
  },
];

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string; value: number };
  confidence: { name: string };
  sample?: string;
  description?: string;
}

interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}

const MEDIUM = 2;
const toolRequire = createRequire(createRequire(path.join(root, 'package.json')).resolve('@doyensec/electronegativity/package.json'));

// The tool fetches fresh translations and Electron's release list from GitHub on every run. This
// check runs offline like the rest of CI, so those two look-ups fail at once instead of reaching
// out (the checks themselves are all local; only "a newer Electron has security fixes" needs the list).
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
const offline = () => Promise.reject(new Error('offline: no network look-ups from npm run security'));
loader._load = function (this: unknown, request, ...rest) {
  return request === 'got' ? Object.assign(offline, { head: offline }) : load.call(this, request, ...rest);
};
process.env.LANG = 'en-US'; // The tool's messages, in the locale it ships.

const run = toolRequire('./dist/runner.js') as (options: Record<string, unknown>) => Promise<RunResult>;
const cspEvaluator = toolRequire('@doyensec/csp-evaluator');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;

const failures: string[] = [];
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'khoi-thi-dua-electronegativity-'));
try {
  // The tool takes one folder and would read tests/, scripts/ and dist/ too: give it the shipped sources alone.
  for (const source of SOURCES) fs.cpSync(path.join(root, source), path.join(stage, source), { recursive: true });
  const scanned = countScannable(stage);
  console.log(`Electronegativity over ${SOURCES.join(', ')} (${scanned} files), Electron ${electronVersion}; its online look-ups are refused:`);
  const result = await run({ input: stage, isRelative: true, electronVersionOverride: electronVersion });
  const checks = result.globalChecks + result.atomicChecks;
  if (scanned === 0 || checks === 0) failures.push(`nothing was checked (${scanned} files, ${checks} checks)`);

  for (const error of result.errors) {
    const where = path.relative(stage, error.file);
    if (error.tolerable) console.log(`  parse warning in ${where}: ${error.message}`);
    else failures.push(`${where} could not be parsed, so it was not checked: ${error.message}`);
  }

  const serious = result.issues.filter((issue) => issue.severity.value >= MEDIUM);
  const used = new Set<Allowed>();
  console.log(`\n${checks} checks (${result.atomicChecks} per file, ${result.globalChecks} global); ${result.issues.length} findings, ${serious.length} high or medium:`);
  for (const issue of result.issues) {
    const sample = issue.sample?.trim();
    const allowed = ALLOWED.find((a) => a.id === issue.id && a.file === issue.file && (a.sample === undefined || a.sample === sample));
    const line = `${issue.severity.name}/${issue.confidence.name} ${issue.id} ${issue.file}:${issue.location.line}${sample ? `  ${sample}` : ''}`;
    if (issue.severity.value < MEDIUM) console.log(`  · ${line}`);
    else if (allowed) {
      used.add(allowed);
      console.log(`  ✓ ${line}\n      allowed: ${allowed.why}`);
    } else {
      console.log(`  ✗ ${line}\n      ${issue.description ?? ''}`);
      failures.push(`${issue.id} in ${issue.file}:${issue.location.line} is not explained in ALLOWED`);
    }
  }
  for (const entry of ALLOWED.filter((a) => !used.has(a))) {
    failures.push(`ALLOWED entry ${entry.id} (${entry.file}) matched nothing: remove it`);
  }
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}

checkPolicy();

console.log(
  failures.length === 0
    ? `\nsecurity passed: no unexplained high or medium finding (${ALLOWED.length} allowed, each explained above).`
    : `\nsecurity FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`,
);
process.exit(failures.length === 0 ? 0 : 1);

/** Our CSP through the evaluator Electronegativity uses for the ones it finds: no high, medium or syntax finding. */
function checkPolicy(): void {
  const { CspParser, CspEvaluator, Version, severities } = cspEvaluator;
  const findings = new CspEvaluator(new CspParser(CONTENT_SECURITY_POLICY).csp, Version.CSP3).evaluate() as {
    severity: number;
    directive: string;
    description: string;
  }[];
  const serious = new Set([severities.HIGH, severities.SYNTAX, severities.MEDIUM]);
  console.log(`\nThe app's Content-Security-Policy (main/static/csp.ts) through the CSP evaluator: ${findings.length} notes`);
  for (const finding of findings) {
    const bad = serious.has(finding.severity);
    console.log(`  ${bad ? '✗' : '·'} ${finding.directive}: ${finding.description}`);
    if (bad) failures.push(`the CSP's ${finding.directive}: ${finding.description}`);
  }
}

/** The files the tool reads: scripts, pages and package manifests. */
function countScannable(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:[jt]sx?|html?)$/i.test(file) || path.basename(file) === 'package.json').length;
}
