// npm run crash-test [-- --kills 200] [--seed N] [--keep]
// Kills a writing child process at random moments (during writes and during backups), then checks that the
// database opens, integrity_check is ok, every reported commit is present with the register numbered 1…N,
// and every file named as a backup passes its check and restores to what had been committed when it began.
// Prints the figures; exits 1 on any failure, keeping the folder for a look.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { numberArg } from './bench-support.js';
import { formatReport } from './crash/report.js';
import { runCrashTest } from './crash/run.js';

const kills = numberArg('--kills', 200);
const seed = numberArg('--seed', Date.now() % 1_000_000);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-crash-'));

console.log(`crash test: ${kills} kills, seed ${seed}, in ${workDir}`);
const report = await runCrashTest({ kills, seed, workDir, log: console.log });
console.log(`\n${formatReport(report)}`);
if (report.failures.length > 0 || process.argv.includes('--keep')) console.log(`\nthe data is kept in ${workDir}`);
else fs.rmSync(workDir, { recursive: true, force: true });
process.exitCode = report.failures.length > 0 ? 1 : 0;
