// One round's child: spawned on the data folder, watched line by line, and killed with SIGKILL at a
// moment the plan picks — shortly after the n-th backup or write began, or at a random time from the start
// (which can land while it opens the database). The child is node itself with tsx as a loader, not the
// tsx command, which would run the writer in a grandchild that SIGKILL does not reach.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvent, type ChildEvent } from './protocol.js';
import { between, type Random } from './random.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHILD = path.join(ROOT, 'scripts/crash/child.ts');
/** A round in which the awaited line never comes is a failure, not a hang. */
const WATCHDOG_MS = 60_000;

export interface KillPlan {
  after: 'backup' | 'write' | 'start';
  /** Which backup or write (1 = the first) starts the countdown; 0 for a kill timed from the start. */
  nth: number;
  delayMs: number;
}

export interface ChildRun {
  events: ChildEvent[];
  /** Why the round could not be run as planned: the child ended by itself, or never reached the moment. */
  problem: string | null;
}

/**
 * Two rounds in five aim at a backup (within its usual duration, skewed to its start so most land inside
 * it, some late in it), two at a write, one at any moment.
 */
export function planKill(random: Random, round: number, backupMs: number): KillPlan {
  const slot = round % 5;
  if (slot === 0 || slot === 2) return { after: 'backup', nth: between(random, 1, 2), delayMs: Math.floor(random() ** 2 * backupMs) };
  if (slot === 1 || slot === 3) return { after: 'write', nth: between(random, 1, 8), delayMs: between(random, 0, 40) };
  return { after: 'start', nth: 0, delayMs: between(random, 0, 4000) };
}

export function runChild(args: string[], plan: KillPlan): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: ChildEvent[] = [];
  const timers: NodeJS.Timeout[] = [];
  let line = '';
  let stderr = '';
  let seen = 0;
  let killed = false;
  let timedOut = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    child.kill('SIGKILL');
  };
  const killIn = (ms: number) => timers.push(setTimeout(kill, ms));
  timers.push(setTimeout(() => ((timedOut = !killed), kill()), WATCHDOG_MS));
  if (plan.after === 'start') killIn(plan.delayMs);

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (line + chunk).split('\n');
    line = lines.pop()!;
    for (const text of lines) {
      const event = parseEvent(text);
      if (!event) continue;
      events.push(event);
      const counts = plan.after !== 'start' && event.e === 'begin' && (event.op === 'backup') === (plan.after === 'backup');
      if (counts && ++seen === plan.nth) killIn(plan.delayMs);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));

  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      let problem: string | null = null;
      if (signal !== 'SIGKILL') problem = `the child ended by itself (code ${code}, signal ${signal}): ${stderr.trim()}`;
      else if (timedOut) problem = `the child never reached ${plan.after} #${plan.nth} in ${WATCHDOG_MS / 1000} s: ${stderr.trim()}`;
      resolve({ events, problem });
    });
  });
}
