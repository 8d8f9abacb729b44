// What a crash-test child tells its parent: one JSON object per line on stdout. A `begin` line is written
// before a write or a backup starts, its result line only after the call has returned, so every result
// line is a promise the database must keep after the kill, and a `begin` without its result is the one
// operation the kill may have interrupted.

export type Begin =
  | { e: 'begin'; op: 'unit'; name: string }
  | { e: 'begin'; op: 'update'; unitId: number; headName: string }
  | { e: 'begin'; op: 'doc' }
  | { e: 'begin'; op: 'withdraw'; id: number }
  | { e: 'begin'; op: 'backup' };

export type Done =
  | { e: 'unit'; unitId: number; name: string; headName: string }
  | { e: 'update'; unitId: number; headName: string }
  | { e: 'doc'; id: number; number: number; sha256: string }
  | { e: 'withdraw'; id: number }
  | { e: 'backup'; name: string; ms: number };

export type ChildEvent = { e: 'ready' } | Begin | Done;

/** Parses one line; anything else a library might print is not an event. */
export function parseEvent(line: string): ChildEvent | null {
  if (!line.startsWith('{"e":')) return null;
  try {
    return JSON.parse(line) as ChildEvent;
  } catch {
    return null;
  }
}
