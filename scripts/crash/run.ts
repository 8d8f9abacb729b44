// The crash test's parent: prepares a bloc, then for each round runs a writing child on the data folder,
// kills it, and checks what it left (verify.ts). The parent holds the data folder only between children.
import fs from 'node:fs';
import path from 'node:path';
import { databaseFile } from '../../db/location.js';
import { openLocalServices } from '../../main/services/local.js';
import { median, syntheticBloc } from '../bench-support.js';
import { planKill, runChild } from './kill.js';
import type { Begin, ChildEvent } from './protocol.js';
import { seededRandom } from './random.js';
import { emptyReport, type CrashReport, type Landing } from './report.js';
import { applyDone, cloneState, type DataState } from './state.js';
import { verifyAfterKill, type InFlight, type Ledger } from './verify.js';

export interface CrashOptions {
  kills: number;
  seed: number;
  /** An empty folder for the data folder and the scratch copies. */
  workDir: string;
  log?: (line: string) => void;
}

export async function runCrashTest({ kills, seed, workDir, log = () => {} }: CrashOptions): Promise<CrashReport> {
  const started = Date.now();
  const report = emptyReport(seed);
  const random = seededRandom(seed);
  const dataDir = path.join(workDir, 'data');
  const ledger: Ledger = { yearId: await prepare(dataDir), model: emptyState(), expected: new Map(), reported: new Set(), checked: new Map() };
  const backupMs: number[] = [];

  for (let round = 1; round <= kills; round++) {
    const plan = planKill(random, round, backupMs.length > 0 ? median(backupMs.slice(-20)) : 100);
    const run = await runChild([dataDir, String(ledger.yearId), String(round), String(seed + round)], plan);
    const { landing, inFlight } = replay(run.events, ledger, report, backupMs);
    report.kills++;
    report.landed[landing]++;
    const check = await verifyAfterKill(ledger, dataDir, inFlight, workDir);
    if (check.leftPartial) report.partialsLeft++;
    if (check.committed !== null) report.inFlight[check.committed ? 'committed' : 'rolledBack']++;
    report.backups.unreported += check.unreported;
    report.backups.verified += check.verified;
    report.backups.restored += check.restored;
    report.backups.pruned += check.pruned;
    report.backups.prunedUnchecked += check.prunedUnchecked;
    const problems = [...(run.problem ? [run.problem] : []), ...check.problems];
    report.failures.push(...problems.map((problem) => ({ round, landing, problem })));
    log(`round ${round}/${kills}: ${plan.after === 'start' ? `${plan.delayMs} ms after start` : `${plan.delayMs} ms after ${plan.after} #${plan.nth}`}, landed ${landing}${check.leftPartial ? ' (partial copy left)' : ''} — ${problems.length === 0 ? 'ok' : problems.join('; ')}`);
    if (check.fatal) break;
  }
  report.lastNumber = Math.max(0, ...[...ledger.model.docs.values()].map((d) => d.number ?? 0));
  report.ms = Date.now() - started;
  log(`database: ${(fs.statSync(databaseFile(dataDir)).size / 1e6).toFixed(1)} MB`);
  return report;
}

const emptyState = (): DataState => ({ units: new Map(), docs: new Map() });

/** The bloc and its first year, with what a document needs to be issued (the archive line and a signer). */
async function prepare(dataDir: string): Promise<number> {
  const s = await openLocalServices(dataDir);
  try {
    const { yearId } = await s.ok('blocs.create', syntheticBloc(2018));
    const current = await s.ok('settings.get', { yearId });
    await s.ok('settings.update', {
      yearId,
      legalBases: current.legalBases,
      defaultRecipients: current.defaultRecipients,
      bodyFontSize: current.bodyFontSize,
      archive: 'VT, KTĐTN',
      signature: { explicit: true, prefix: null, authority: ['TRƯỞNG KHỐI'], deputyPosition: '', name: 'Nguyễn Văn An' },
    });
    return yearId;
  } finally {
    await s.close();
  }
}

/** Applies the child's reported commits to the expected data and tells where the kill landed. */
function replay(events: ChildEvent[], ledger: Ledger, report: CrashReport, backupMs: number[]): { landing: Landing; inFlight: InFlight } {
  let ready = false;
  let pending: Begin | null = null;
  let backupState: DataState | null = null;
  for (const event of events) {
    if (event.e === 'ready') ready = true;
    else if (event.e === 'begin') {
      pending = event;
      if (event.op === 'backup') backupState = cloneState(ledger.model);
    } else {
      pending = null;
      applyDone(ledger.model, event);
      if (event.e === 'backup') {
        ledger.expected.set(event.name, backupState!);
        ledger.reported.add(event.name);
        report.backups.reported++;
        backupMs.push(event.ms);
      } else report.commits[COMMIT_FIGURE[event.e]]++;
    }
  }
  const landing: Landing = !ready ? 'open' : pending === null ? 'between' : pending.op === 'backup' ? 'backup' : 'write';
  return { landing, inFlight: { pending, backupState: pending?.op === 'backup' ? backupState : null } };
}

const COMMIT_FIGURE = { unit: 'units', update: 'updates', doc: 'documents', withdraw: 'withdrawals' } as const;
