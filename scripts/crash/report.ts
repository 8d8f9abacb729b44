// The figures of a crash-test run, and how they read.
export type Landing = 'backup' | 'write' | 'open' | 'between';

export interface CrashReport {
  seed: number;
  kills: number;
  /** Where the kills landed, as the child's last line tells it. */
  landed: Record<Landing, number>;
  /** Kills that left a partial copy in backups/ (each removed at the next open, never read as a backup). */
  partialsLeft: number;
  /** Writes in flight at a kill: found committed, found rolled back. */
  inFlight: { committed: number; rolledBack: number };
  /** Reported commits, each found in the database after the kill. */
  commits: { units: number; updates: number; documents: number; withdrawals: number };
  backups: { reported: number; unreported: number; verified: number; restored: number; pruned: number; prunedUnchecked: number };
  /** The register's last number: 1…N with no gap or repeat. */
  lastNumber: number;
  failures: { round: number; landing: Landing; problem: string }[];
  ms: number;
}

export const emptyReport = (seed: number): CrashReport => ({
  seed,
  kills: 0,
  landed: { backup: 0, write: 0, open: 0, between: 0 },
  partialsLeft: 0,
  inFlight: { committed: 0, rolledBack: 0 },
  commits: { units: 0, updates: 0, documents: 0, withdrawals: 0 },
  backups: { reported: 0, unreported: 0, verified: 0, restored: 0, pruned: 0, prunedUnchecked: 0 },
  lastNumber: 0,
  failures: [],
  ms: 0,
});

export function formatReport(r: CrashReport): string {
  const { units, updates, documents, withdrawals } = r.commits;
  const b = r.backups;
  const lines = [
    `kills: ${r.kills} (seed ${r.seed}) in ${(r.ms / 1000).toFixed(0)} s, ${(r.ms / Math.max(r.kills, 1) / 1000).toFixed(1)} s a round`,
    `  during a backup: ${r.landed.backup} (${r.partialsLeft} left a partial copy, removed at the next open)`,
    `  during a write: ${r.landed.write} (the write was found committed ${r.inFlight.committed}, rolled back ${r.inFlight.rolledBack})`,
    `  while opening: ${r.landed.open}; between operations: ${r.landed.between}`,
    `commits reported and found: ${units + updates + documents + withdrawals} (units ${units}, updates ${updates}, documents ${documents}, withdrawals ${withdrawals})`,
    `register: last number ${r.lastNumber}, checked after each kill to run 1…N without a gap or a repeat`,
    `backups: ${b.reported} reported taken + ${b.unreported} completed but cut off before their line`,
    `  ${b.verified} files named as backups (with the daily ones) passed the full integrity_check, ${b.restored} restored and compared`,
    `  ${b.pruned} pruned by their tier (${b.prunedUnchecked} of them in the round that took them, before a check)`,
    `failures: ${r.failures.length}`,
    ...r.failures.map((f) => `  round ${f.round} (killed ${f.landing === 'between' ? 'between operations' : `during ${f.landing}`}): ${f.problem}`),
  ];
  return lines.join('\n');
}
