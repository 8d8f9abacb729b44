// Who was in the bloc in which year. A unit's status in a year follows from the years it was a member and
// how it ended (retired, or merged into a successor): nothing of it is stored.
import type { MembershipCell, MembershipStatus, MembershipTable } from '../../contract/index.js';
import type { Reader } from '../transaction.js';
import { listUnits } from '../units/index.js';
import { listYears } from '../years/queries.js';

export interface UnitSpan {
  /** The years it was a member, as bloc years. */
  years: readonly number[];
  endYear: number | null;
  successorUnitId: number | null;
}

export function statusIn(unit: UnitSpan, year: number): MembershipStatus {
  if (unit.years.includes(year)) return 'member';
  if (unit.endYear !== null && year > unit.endYear) return unit.successorUnitId === null ? 'left' : 'merged';
  const first = Math.min(...unit.years);
  return unit.years.length === 0 || year < first ? 'notYet' : 'absent';
}

/** The unit's status in each of the bloc's years (ascending), with what changed since the year before. */
export function cellsOf(unit: UnitSpan, blocYears: readonly number[]): MembershipCell[] {
  return blocYears.map((year, i) => {
    const status = statusIn(unit, year);
    const before = i === 0 ? null : statusIn(unit, blocYears[i - 1]!);
    let event: MembershipCell['event'] = null;
    if (before !== null && status === 'member' && before !== 'member') event = 'joined';
    if (before === 'member' && status !== 'member') event = status === 'merged' ? 'merged' : 'left';
    return { year, status, event };
  });
}

export async function membershipTable(db: Reader, blocId: number): Promise<MembershipTable> {
  const years = await listYears(db, blocId);
  const blocYears = years.map((y) => y.year);
  const units = (await listUnits(db, blocId)).map((u) => ({
    unitId: u.id,
    name: u.name,
    shortName: u.shortName,
    successorName: u.successorName,
    cells: cellsOf(u, blocYears),
  }));
  const count = (i: number, test: (cell: MembershipCell) => boolean) => units.filter((u) => test(u.cells[i]!)).length;
  return {
    years: years.map((y, i) => ({
      yearId: y.id,
      year: y.year,
      members: y.memberCount,
      joined: count(i, (c) => c.event === 'joined'),
      left: count(i, (c) => c.event === 'left' || c.event === 'merged'),
    })),
    units,
  };
}
