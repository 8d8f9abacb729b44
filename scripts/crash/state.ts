// The data the crash test follows in one year — units with their heads, register entries — as the child
// reported it and as a database holds it, and the comparison between the two.
import type { Db } from '../../db/connection.js';
import type { Begin, Done } from './protocol.js';

export interface DataState {
  units: Map<number, { name: string; headName: string }>;
  docs: Map<number, { number: number | null; sha256: string; status: string }>;
}

export async function readState(db: Db, yearId: number): Promise<DataState> {
  const units = await db.selectFrom('yearUnits').select(['unitId', 'name', 'headName']).where('yearId', '=', yearId).execute();
  const docs = await db.selectFrom('documents').select(['id', 'number', 'sha256', 'status']).where('yearId', '=', yearId).execute();
  return {
    units: new Map(units.map((u) => [u.unitId, { name: u.name, headName: u.headName }])),
    docs: new Map(docs.map((d) => [d.id, { number: d.number, sha256: d.sha256, status: d.status }])),
  };
}

export const cloneState = (state: DataState): DataState => ({
  units: new Map([...state.units].map(([id, u]) => [id, { ...u }])),
  docs: new Map([...state.docs].map(([id, d]) => [id, { ...d }])),
});

/** What a reported commit changes in the expected data. */
export function applyDone(state: DataState, done: Done): void {
  if (done.e === 'unit') state.units.set(done.unitId, { name: done.name, headName: done.headName });
  else if (done.e === 'update') state.units.get(done.unitId)!.headName = done.headName;
  else if (done.e === 'doc') state.docs.set(done.id, { number: done.number, sha256: done.sha256, status: 'issued' });
  else if (done.e === 'withdraw') state.docs.get(done.id)!.status = 'withdrawn';
}

/**
 * How `actual` departs from `expected`. The one write in flight when the child died (`pending`) may have
 * committed or not; nothing else may differ. The register's numbers must run 1, 2, … N without a gap or
 * a repeat, whatever was interrupted.
 */
export function differences(actual: DataState, expected: DataState, pending: Begin | null = null): string[] {
  const problems: string[] = [];
  for (const [id, want] of expected.units) {
    const got = actual.units.get(id);
    const heads = pending?.op === 'update' && pending.unitId === id ? [want.headName, pending.headName] : [want.headName];
    if (!got) problems.push(`unit ${id} “${want.name}”, reported committed, is missing`);
    else if (got.name !== want.name || !heads.includes(got.headName)) {
      problems.push(`unit ${id} reads “${got.name}” / “${got.headName}”, expected “${want.name}” / “${heads.join('” or “')}”`);
    }
  }
  const newUnits = [...actual.units].filter(([id]) => !expected.units.has(id));
  const mayAdd = pending?.op === 'unit' && newUnits.length === 1 && newUnits[0]![1].name === pending.name;
  if (!mayAdd) for (const [id, u] of newUnits) problems.push(`unit ${id} “${u.name}” was never reported nor in flight`);

  for (const [id, want] of expected.docs) {
    const got = actual.docs.get(id);
    const statuses = pending?.op === 'withdraw' && pending.id === id ? [want.status, 'withdrawn'] : [want.status];
    if (!got) problems.push(`document ${id} (number ${want.number}), reported issued, is missing`);
    else if (got.number !== want.number || got.sha256 !== want.sha256 || !statuses.includes(got.status)) {
      problems.push(`document ${id} reads number ${got.number} ${got.status} ${got.sha256.slice(0, 8)}, expected number ${want.number} ${statuses.join('/')} ${want.sha256.slice(0, 8)}`);
    }
  }
  const newDocs = [...actual.docs].filter(([id]) => !expected.docs.has(id));
  if (!(pending?.op === 'doc' && newDocs.length === 1)) {
    for (const [id, d] of newDocs) problems.push(`document ${id} (number ${d.number}) was never reported nor in flight`);
  }

  const numbers = [...actual.docs.values()].map((d) => d.number).sort((a, b) => (a ?? 0) - (b ?? 0));
  const gap = numbers.findIndex((n, i) => n !== i + 1);
  if (gap >= 0) problems.push(`register numbers are not 1…${numbers.length}: position ${gap + 1} holds ${numbers[gap]}`);
  return problems;
}

/** Whether the write in flight at the kill is in the data (checked after `differences` found nothing else). */
export function committedInFlight(actual: DataState, expected: DataState, pending: Begin): boolean {
  switch (pending.op) {
    case 'unit':
      return actual.units.size > expected.units.size;
    case 'update':
      return actual.units.get(pending.unitId)?.headName === pending.headName && expected.units.get(pending.unitId)?.headName !== pending.headName;
    case 'doc':
      return actual.docs.size > expected.docs.size;
    case 'withdraw':
      return actual.docs.get(pending.id)?.status === 'withdrawn';
    case 'backup':
      return false;
  }
}
