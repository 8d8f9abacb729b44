// A year's issued pledge lists the units that signed it. Once a unit leaves that year (removed, retired,
// merged) or one joins, the paper no longer matches the members and must be issued again: this says so.
import type { IssuedPledgeStatus, YearUnit } from '../../contract/index.js';
import { sameNameKey } from '../../common/vietnamese.js';
import { findEntry } from '../documents/register.js';
import type { Reader } from '../transaction.js';
import { listYears } from '../years/queries.js';
import { listMembers } from './queries.js';

/** The issued pledge prints each unit's name in capitals, with the officer's line breaks: compared without them. */
const nameKey = (text: string) => sameNameKey(text.replace(/\n/g, ' '));

/** The names printed in the signature blocks of an issued pledge, as kept in its snapshot. */
function printedUnits(snapshot: string): string[] {
  const data = JSON.parse(snapshot) as { signatories?: { unit?: string | null }[] };
  return (data.signatories ?? []).flatMap((s) => (s.unit ? [s.unit.replace(/\n/g, ' ')] : []));
}

const isListed = (keys: Set<string>, m: YearUnit) => keys.has(nameKey(m.name)) || (m.printedName !== '' && keys.has(nameKey(m.printedName)));

export async function issuedPledges(db: Reader, blocId: number): Promise<IssuedPledgeStatus[]> {
  const statuses: IssuedPledgeStatus[] = [];
  // A unit that left is named as the bloc knows it, not in the pledge's capitals.
  const units = await db.selectFrom('units').select('name').where('blocId', '=', blocId).execute();
  const knownName = new Map(units.map((u) => [nameKey(u.name), u.name]));
  for (const year of await listYears(db, blocId)) {
    // A re-issued pledge replaces the earlier one: the latest still issued is the one in force.
    const issued = await db
      .selectFrom('documents')
      .select('id')
      .where('yearId', '=', year.id)
      .where('type', '=', 'pledge')
      .where('status', '=', 'issued')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!issued) continue;
    const entry = await findEntry(db, issued.id);
    const printed = printedUnits(entry.snapshot);
    const keys = new Set(printed.map(nameKey));
    const members = await listMembers(db, year.id);
    const memberKeys = new Set(members.flatMap((m) => [nameKey(m.name), nameKey(m.printedName)]));
    const listed = members.filter((m) => isListed(keys, m));
    const leftUnits = printed.filter((name) => !memberKeys.has(nameKey(name))).map((name) => knownName.get(nameKey(name)) ?? name);
    const unlistedUnits = members.filter((m) => !isListed(keys, m)).map((m) => m.name);
    statuses.push({
      yearId: year.id,
      year: year.year,
      documentId: entry.id,
      numberText: entry.numberText,
      date: entry.date,
      listedUnitIds: listed.map((m) => m.unitId),
      leftUnits,
      unlistedUnits,
      issuedPledgeMismatch: leftUnits.length > 0 || unlistedUnits.length > 0,
    });
  }
  return statuses;
}
