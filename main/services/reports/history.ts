// One unit across the bloc's years: its membership, then in each year it was a member the standing the
// year's scale in force gives it (computed as the ranking screen computes it) and the awards it stood for.
import type { AwardOutcome, UnitHistory, UnitYear, Year } from '../../contract/index.js';
import { notFound } from '../errors.js';
import { scoringSource } from '../scoring/queries.js';
import type { Reader } from '../transaction.js';
import { listUnits } from '../units/index.js';
import { findYearEnd } from '../votes/queries.js';
import { listYears } from '../years/queries.js';
import { cellsOf } from './membership.js';

/** The awards the unit was on the ballot for (in any round) or elected to. */
async function awardsOf(db: Reader, year: Year, unitId: number): Promise<AwardOutcome[]> {
  const any = await db.selectFrom('awards').select('id').where('yearId', '=', year.id).executeTakeFirst();
  if (!any) return [];
  const { awards } = await findYearEnd(db, year);
  return awards.flatMap((a) => {
    const elected = a.elected.some((e) => e.unitId === unitId);
    const onBallot = a.rounds.some((r) => r.candidates.some((c) => c.unitId === unitId && c.included));
    return elected || onBallot ? [{ awardName: a.name, kind: a.kind, elected }] : [];
  });
}

async function standingIn(db: Reader, year: Year, unitId: number) {
  const scoring = await scoringSource(db, year);
  if (!scoring) return { scored: false, standing: undefined, rankedCount: 0 };
  return {
    scored: true,
    standing: scoring.standings.find((s) => s.unitId === unitId),
    rankedCount: scoring.standings.filter((s) => s.rank !== null).length,
  };
}

export async function unitHistory(db: Reader, blocId: number, unitId: number): Promise<UnitHistory> {
  const unit = (await listUnits(db, blocId)).find((u) => u.id === unitId);
  if (!unit) throw notFound('đơn vị trong khối thi đua này');
  const years = await listYears(db, blocId);
  const cells = cellsOf(unit, years.map((y) => y.year));
  const names = new Map(
    (await db.selectFrom('yearUnits').select(['yearId', 'name']).where('unitId', '=', unitId).execute()).map((r) => [r.yearId, r.name]),
  );
  const out: UnitYear[] = [];
  for (const [i, year] of years.entries()) {
    const { status } = cells[i]!;
    const member = status === 'member';
    const { scored, standing, rankedCount } = member ? await standingIn(db, year, unitId) : { scored: false, standing: undefined, rankedCount: 0 };
    out.push({
      yearId: year.id,
      year: year.year,
      status,
      name: names.get(year.id) ?? unit.name,
      successorName: status === 'merged' ? unit.successorName : null,
      scored,
      total: standing?.total ?? null,
      rank: standing?.rank ?? null,
      rankedCount,
      classification: standing?.classification ?? null,
      disqualified: standing?.disqualified?.reason ?? null,
      missing: standing?.missing ?? 0,
      awards: member ? await awardsOf(db, year, unitId) : [],
    });
  }
  return { unitId: unit.id, name: unit.name, shortName: unit.shortName, years: out };
}
