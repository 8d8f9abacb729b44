// The full integrity_check, at most once a day, on a worker thread with its own read-only connection:
// on a large database it takes seconds, and the window's calls must not wait for it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface IntegrityResult {
  checkedAt: string;
  ok: boolean;
  /** SQLite's first finding when not ok. */
  detail: string | null;
}

// Runs in the worker: plain CommonJS, given better-sqlite3's path (the packaged app keeps it unpacked).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
try {
  parentPort.postMessage(db.pragma('integrity_check(5)').map((row) => Object.values(row)[0]));
} finally {
  db.close();
}`;

const resultFile = (databaseFile: string) => path.join(path.dirname(databaseFile), 'integrity-check.json');

export function lastIntegrityCheck(databaseFile: string): IntegrityResult | null {
  try {
    return JSON.parse(fs.readFileSync(resultFile(databaseFile), 'utf8')) as IntegrityResult;
  } catch {
    return null;
  }
}

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** Runs the check unless one already ran today; answers null when it did not run. */
export async function dailyIntegrityCheck(databaseFile: string, now = new Date()): Promise<IntegrityResult | null> {
  const last = lastIntegrityCheck(databaseFile);
  if (last && localDay(new Date(last.checkedAt)) === localDay(now)) return null;
  return runIntegrityCheck(databaseFile, now);
}

export async function runIntegrityCheck(databaseFile: string, now = new Date()): Promise<IntegrityResult> {
  const findings = await new Promise<string[]>((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { module: betterSqlitePath(), file: databaseFile } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`integrity check worker exited with ${code}`)));
  }).catch((error: unknown) => [error instanceof Error ? error.message : String(error)]);
  const ok = findings.length === 1 && findings[0] === 'ok';
  const result: IntegrityResult = { checkedAt: now.toISOString(), ok, detail: ok ? null : (findings[0] ?? null) };
  fs.writeFileSync(resultFile(databaseFile), JSON.stringify(result, null, 2));
  return result;
}

/** Inside the packaged app the module's files are unpacked beside the asar archive. */
const betterSqlitePath = () =>
  createRequire(import.meta.url).resolve('better-sqlite3').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
