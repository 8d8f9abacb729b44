// The grid's figures as the window holds them between the officer's keystroke and the service's answer:
// entries by unit (one map per unit, replaced only when that unit changes, so an edit re-renders one row),
// and the rules a cell is checked by before it is sent.
import type { ScoreChange, ScoreEntry } from '../../../main/contract/index.js';
import { entryProblem, toBig, type ScoredItem } from '../../../main/scoring/index.js';

export type Side = 'self' | 'bloc';
export type UnitEntries = ReadonlyMap<string, ScoreEntry>;
export type Sheet = ReadonlyMap<number, UnitEntries>;

const EMPTY: UnitEntries = new Map();
export const entriesOf = (sheet: Sheet, unitId: number): UnitEntries => sheet.get(unitId) ?? EMPTY;

export function sheetOf(entries: readonly ScoreEntry[]): Sheet {
  const sheet = new Map<number, Map<string, ScoreEntry>>();
  for (const entry of entries) {
    let unit = sheet.get(entry.unitId);
    if (!unit) sheet.set(entry.unitId, (unit = new Map()));
    unit.set(entry.itemKey, entry);
  }
  return sheet;
}

export const flatten = (sheet: Sheet): ScoreEntry[] => [...sheet.values()].flatMap((unit) => [...unit.values()]);

const sameEntry = (a: ScoreEntry | undefined, b: ScoreEntry | undefined) =>
  a === b || (!!a && !!b && a.self === b.self && a.bloc === b.bloc && a.reason === b.reason && a.note === b.note);

function sameUnit(a: UnitEntries, b: UnitEntries): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entry] of a) if (!sameEntry(entry, b.get(key))) return false;
  return true;
}

/** The service's entries, keeping the window's map of every unit whose figures did not change. */
export function reconcile(previous: Sheet, entries: readonly ScoreEntry[]): Sheet {
  const next = sheetOf(entries);
  let changed = next.size !== previous.size;
  const result = new Map<number, UnitEntries>();
  for (const [unitId, unit] of next) {
    const before = previous.get(unitId);
    const keep = before !== undefined && sameUnit(before, unit);
    if (!keep) changed = true;
    result.set(unitId, keep ? before : unit);
  }
  return changed ? result : previous;
}

/** A typed figure as the contract takes it: trimmed, a decimal comma turned into a point; empty is null. */
export function normalizeFigure(text: string): string | null {
  const value = text.trim().replace(',', '.');
  return value === '' ? null : value;
}

/** A stored figure as the officer reads it: "7,5". */
export const figureText = (value: string | null | undefined): string => (value ?? '').replace('.', ',');

/** Two figures are the same number ("9" and "9.0"), or both empty. */
export function sameFigure(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  try {
    return toBig(a).eq(toBig(b));
  } catch {
    return a === b;
  }
}

/** The bloc's figure differs from the unit's own (both set), so the bloc must say why. */
export const differs = (self: string | null, bloc: string | null): boolean => self !== null && bloc !== null && !sameFigure(self, bloc);

/** A differing bloc figure with no reason yet: the cell is marked and the side panel asks for one. */
export const lacksReason = (entry: ScoreEntry | undefined): boolean =>
  !!entry && differs(entry.self, entry.bloc) && entry.reason.trim() === '';

/** The entry after a change, as the service will store it. */
export function applyChange(entry: ScoreEntry | undefined, change: ScoreChange): ScoreEntry {
  const before = entry ?? { unitId: change.unitId, itemKey: change.itemKey, self: null, bloc: null, reason: '', note: '' };
  const figure = (v: string | undefined, old: string | null) => (v === undefined ? old : normalizeFigure(v));
  return {
    ...before,
    self: figure(change.self, before.self),
    bloc: figure(change.bloc, before.bloc),
    reason: change.reason ?? before.reason,
    note: change.note ?? before.note,
  };
}

export function withChanges(sheet: Sheet, changes: readonly ScoreChange[]): Sheet {
  const next = new Map(sheet);
  for (const change of changes) {
    const unit = new Map(next.get(change.unitId) ?? EMPTY);
    unit.set(change.itemKey, applyChange(unit.get(change.itemKey), change));
    next.set(change.unitId, unit);
  }
  return next;
}

/** What is wrong with a figure for this item (the service's own check), or null. */
export function figureProblem(item: ScoredItem, value: string | null): string | null {
  return value === null ? null : entryProblem(item, value);
}
