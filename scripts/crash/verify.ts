// The checks after each kill, run by the parent once the child is gone and the data folder is free:
// what the kill left in backups/, the database itself (it opens, is whole, holds every reported commit),
// and every file named as a backup (it passes the full check and restores, holding what it should).
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { readCopy } from '../../db/backups/contents.js';
import { backupFiles, backupsDir, parseBackupName, PARTIAL, type BackupFileName } from '../../db/backups/files.js';
import { BACKUP_KINDS, BACKUP_TIERS } from '../../db/backups/kinds.js';
import { openDatabase, type OpenedDatabase } from '../../db/connection.js';
import { databaseFile } from '../../db/location.js';
import { migrations } from '../../db/migrations/index.js';
import type { Begin } from './protocol.js';
import { committedInFlight, differences, readState, type DataState } from './state.js';

/** What the parent knows across rounds. */
export interface Ledger {
  yearId: number;
  /** The data as last verified, plus what the child has reported since. */
  model: DataState;
  /** Each backup's data: what had been committed when it began. */
  expected: Map<string, DataState>;
  /** Backups the child reported taken and that are still expected in the folder. */
  reported: Set<string>;
  /** Backups already checked and restored, by name, with the size and time they had then. */
  checked: Map<string, string>;
}

/** The kill as the child's lines tell it: the operation it interrupted, and the data a backup in flight would hold. */
export interface InFlight {
  pending: Begin | null;
  backupState: DataState | null;
}

export interface RoundCheck {
  problems: string[];
  /** The database did not open: nothing more can be tested on this folder. */
  fatal: boolean;
  /** The kill left a partial copy (or its journal) in backups/. */
  leftPartial: boolean;
  /** For a write in flight: whether it committed. */
  committed: boolean | null;
  verified: number;
  restored: number;
  pruned: number;
  /** Of those, pruned before any check saw them (a round that took more than the tier keeps). */
  prunedUnchecked: number;
  /** Backups that completed but whose line the kill cut off. */
  unreported: number;
}

const knownMigrations = Object.keys(migrations);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const names = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
/** What removeLeftovers is meant to clear: never a backup. */
const isLeftover = (name: string) => name.includes(PARTIAL) || /\.sqlite-(journal|wal|shm)$/.test(name);
const stampOf = (file: string) => {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
};

export async function verifyAfterKill(ledger: Ledger, dataDir: string, inFlight: InFlight, scratchRoot: string): Promise<RoundCheck> {
  const file = databaseFile(dataDir);
  const check: RoundCheck = { problems: [], fatal: false, leftPartial: false, committed: null, verified: 0, restored: 0, pruned: 0, prunedUnchecked: 0, unreported: 0 };
  const leftovers = names(backupsDir(file)).filter(isLeftover);
  check.leftPartial = leftovers.length > 0;
  for (const name of leftovers) if (parseBackupName(file, name)) check.problems.push(`the leftover ${name} reads as a backup`);
  await checkDatabase(ledger, file, inFlight, check);
  if (!check.fatal) await checkBackups(ledger, file, inFlight, scratchRoot, check);
  return check;
}

/** It opens (the dead child's lock taken over, quick_check passed), is whole and holds every reported commit. */
async function checkDatabase(ledger: Ledger, file: string, { pending }: InFlight, check: RoundCheck): Promise<void> {
  let opened: OpenedDatabase;
  try {
    opened = await openDatabase(file);
  } catch (error) {
    check.problems.push(`the database does not open: ${message(error)}`);
    check.fatal = true;
    return;
  }
  try {
    const rows = (await sql<Record<string, string>>`PRAGMA integrity_check`.execute(opened.db)).rows.map((r) => Object.values(r)[0]);
    if (rows.length !== 1 || rows[0] !== 'ok') check.problems.push(`integrity_check: ${rows.slice(0, 5).join('; ')}`);
    const actual = await readState(opened.db, ledger.yearId);
    const found = differences(actual, ledger.model, pending);
    check.problems.push(...found);
    if (pending && pending.op !== 'backup' && found.length === 0) check.committed = committedInFlight(actual, ledger.model, pending);
    // From here on the data as it stands is the reference, so one loss is reported once, not every round.
    ledger.model = actual;
    const remaining = names(backupsDir(file)).filter(isLeftover);
    if (remaining.length > 0) check.problems.push(`left in backups/ after the next open: ${remaining.join(', ')}`);
  } finally {
    await opened.close();
  }
}

/** Every file named as a backup passes the full check and restores, holding what was committed when it began. */
async function checkBackups(ledger: Ledger, file: string, inFlight: InFlight, scratchRoot: string, check: RoundCheck): Promise<void> {
  const dir = backupsDir(file);
  const named = backupFiles(file, dir);
  checkPruning(ledger, file, named, check);
  const toRestore: { backup: BackupFileName; expected: DataState | undefined }[] = [];
  for (const backup of named) {
    const copy = path.join(dir, backup.name);
    const stamp = stampOf(copy);
    if (ledger.checked.get(backup.name) === stamp) continue;
    // Checked once per version of the file: a failure is reported once, a good copy not read again.
    ledger.checked.set(backup.name, stamp);
    let expected = ledger.expected.get(backup.name);
    if (!expected && backup.kind === 'manual') {
      // Only the child takes manual backups: this is the one the kill cut off before its line, or a stray.
      if (inFlight.backupState && check.unreported === 0) {
        expected = inFlight.backupState;
        ledger.expected.set(backup.name, expected);
        ledger.reported.add(backup.name);
        check.unreported = 1;
      } else check.problems.push(`the backup ${backup.name} was never taken by the child`);
    }
    try {
      const { totals } = readCopy(copy, knownMigrations, true);
      check.verified++;
      if (expected && (totals.units !== expected.units.size || totals.documents !== expected.docs.size)) {
        check.problems.push(`the backup ${backup.name} holds ${totals.units} units and ${totals.documents} documents, expected ${expected.units.size} and ${expected.docs.size}`);
      }
      toRestore.push({ backup, expected });
    } catch (error) {
      check.problems.push(`${backup.name} is named as a backup but fails its check: ${message(error)}`);
    }
  }
  if (toRestore.length > 0) await restoreEach(ledger, file, toRestore, path.join(scratchRoot, 'restore'), check);
}

/** A reported backup may only be gone because its tier keeps the newest copies. */
function checkPruning(ledger: Ledger, file: string, named: BackupFileName[], check: RoundCheck): void {
  const kept = BACKUP_TIERS[BACKUP_KINDS.manual.tier].kept;
  for (const name of ledger.reported) {
    if (named.some((b) => b.name === name)) continue;
    const takenAt = parseBackupName(file, name)!.takenAt;
    const newer = named.filter((b) => b.kind === 'manual' && b.takenAt > takenAt).length;
    if (newer < kept) check.problems.push(`the backup ${name}, reported taken, is gone with only ${newer} newer manual backups`);
    else {
      check.pruned++;
      if (!ledger.checked.has(name)) check.prunedUnchecked++;
    }
    ledger.reported.delete(name);
    ledger.expected.delete(name);
    ledger.checked.delete(name);
  }
}

/** Restores each backup into a copy of the data folder, as the officer would, and compares what comes back. */
async function restoreEach(
  ledger: Ledger,
  file: string,
  backups: { backup: BackupFileName; expected: DataState | undefined }[],
  scratchDir: string,
  check: RoundCheck,
): Promise<void> {
  fs.rmSync(scratchDir, { recursive: true, force: true });
  fs.mkdirSync(scratchDir, { recursive: true });
  const scratchFile = databaseFile(scratchDir);
  for (const suffix of ['', '-wal']) if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, scratchFile + suffix);
  const scratch = await openDatabase(scratchFile);
  try {
    for (const { backup, expected } of backups) {
      try {
        await scratch.restore(path.join(backupsDir(file), backup.name));
        if (expected) {
          const found = differences(await readState(scratch.db, ledger.yearId), expected);
          check.problems.push(...found.map((p) => `restored from ${backup.name}: ${p}`));
        }
        check.restored++;
      } catch (error) {
        check.problems.push(`the backup ${backup.name} does not restore: ${message(error)}`);
      }
    }
  } finally {
    await scratch.close();
    fs.rmSync(scratchDir, { recursive: true, force: true });
  }
}
