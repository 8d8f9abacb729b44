// Reads the year end: the vote's rules (saved, or the defaults), the members present at the conference,
// each award with its rounds, candidates, both entries of each count, their differences and the result,
// and the succession. Nothing derived is stored: eligibility follows the live ranking, a round's status
// follows its entries, its result follows the entries and the rules.
import type { Selectable } from 'kysely';
import type { YearEndTable } from '../../../db/schema.js';
import {
  teller,
  type Award,
  type Candidate,
  type ElectedUnit,
  type Round,
  type Standing,
  type Tally,
  type VoteRules,
  type Year,
  type YearEnd,
} from '../../contract/index.js';
import { candidateOf, computeResult, defaultRules, entryDifferences, type Eligibility } from '../../votes/index.js';
import { scoringSource } from '../scoring/queries.js';
import type { Reader } from '../transaction.js';
import { listMembers } from '../units/queries.js';

type YearEndRow = Selectable<YearEndTable>;

export const findYearEndRow = (db: Reader, yearId: number): Promise<YearEndRow | undefined> =>
  db.selectFrom('yearEnds').selectAll().where('yearId', '=', yearId).executeTakeFirst();

/** The year's latest year-end conference: where the vote is held unless the officer chose another meeting. */
export async function latestYearEndMeeting(db: Reader, yearId: number): Promise<number | null> {
  const rows = await db
    .selectFrom('meetings')
    .select('id')
    .where('yearId', '=', yearId)
    .where('kind', '=', 'yearEndReview')
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.at(-1)?.id ?? null;
}

export async function rulesOf(db: Reader, yearId: number, row: YearEndRow | undefined): Promise<VoteRules> {
  if (!row) return defaultRules(await latestYearEndMeeting(db, yearId));
  const tellers: unknown = JSON.parse(row.tellers);
  return {
    meetingId: row.meetingId,
    base: row.thresholdBase,
    comparison: row.thresholdComparison,
    threshold: row.threshold,
    ballotStyle: row.ballotStyle,
    ballotsPerPage: row.ballotsPerPage,
    tellers: Array.isArray(tellers) ? tellers.map((t) => teller.parse(t)) : [],
  };
}

/** Members present or represented at the meeting's check-in; null without a meeting or a check-in. */
export async function presentAt(db: Reader, yearId: number, meetingId: number | null): Promise<number | null> {
  if (meetingId === null) return null;
  const rows = await db
    .selectFrom('attendance')
    .innerJoin('yearUnits', (join) => join.onRef('yearUnits.unitId', '=', 'attendance.unitId').on('yearUnits.yearId', '=', yearId))
    .select('attendance.status')
    .where('attendance.meetingId', '=', meetingId)
    .execute();
  if (rows.length === 0) return null;
  return rows.filter((r) => r.status !== 'absent').length;
}

/** What a round is read from: its rows, and how to show a unit of it. */
interface Context {
  db: Reader;
  rules: VoteRules;
  /** The base of the percentages; null while it cannot be known (no check-in when counting on those present). */
  baseCount: number | null;
  standings: Standing[];
  bands: Eligibility['bands'];
  names: Map<number, string>;
}

async function readRound(
  ctx: Context,
  row: { id: number; awardId: number; number: number; seats: number },
  eligibility: Eligibility,
): Promise<Round> {
  const { db } = ctx;
  const rows = await db.selectFrom('roundCandidates').selectAll().where('roundId', '=', row.id).orderBy('position').execute();
  const order = (unitId: number) => {
    const at = ctx.standings.findIndex((s) => s.unitId === unitId);
    return at < 0 ? ctx.standings.length : at;
  };
  const candidates: Candidate[] = rows
    .map((r) => {
      const standing = ctx.standings.find((s) => s.unitId === r.unitId);
      const shown = standing
        ? candidateOf(standing, eligibility)
        : { unitId: r.unitId, unitName: ctx.names.get(r.unitId) ?? '', rank: null, total: null, classification: '', ineligible: 'Chưa có kết quả chấm điểm' };
      return { ...shown, proposed: r.proposed === 1, included: r.included === 1, reason: r.reason };
    })
    // In the live ranking's order (stable on the stored order), as the ballot lists them.
    .sort((a, b) => order(a.unitId) - order(b.unitId));
  const listed = new Map(candidates.map((c) => [c.unitId, c.unitName]));

  const tallies = await db.selectFrom('tallies').selectAll().where('roundId', '=', row.id).orderBy('entry').execute();
  const votes = await db.selectFrom('tallyVotes').selectAll().where('roundId', '=', row.id).execute();
  const entries: Tally[] = tallies.map((t) => ({
    entry: t.entry,
    issued: t.issued,
    returned: t.returned,
    valid: t.valid,
    invalid: t.invalid,
    enteredBy: t.enteredBy,
    enteredAt: t.enteredAt,
    votes: votes
      .filter((v) => v.entry === t.entry)
      .sort((a, b) => order(a.unitId) - order(b.unitId))
      .map((v) => ({ unitId: v.unitId, votes: v.votes })),
  }));
  const [first, second] = entries;
  const differences = first && second ? entryDifferences(first, second, listed) : [];
  const status = !first ? 'candidates' : second && differences.length === 0 ? 'counted' : 'counting';

  const result =
    status === 'counted' && first && ctx.baseCount !== null && ctx.baseCount > 0
      ? computeResult(
          first.votes.map((v) => {
            const c = candidates.find((x) => x.unitId === v.unitId);
            return { unitId: v.unitId, unitName: c?.unitName ?? listed.get(v.unitId) ?? '', rank: c?.rank ?? null, votes: v.votes };
          }),
          { ...ctx.rules, baseCount: ctx.baseCount, seats: row.seats },
        )
      : null;
  return { id: row.id, awardId: row.awardId, number: row.number, seats: row.seats, status, candidates, entries, differences, result };
}

function electedOf(rounds: Round[]): ElectedUnit[] {
  return rounds.flatMap((round) =>
    (round.result?.candidates ?? [])
      .filter((c) => c.elected)
      .map((c) => ({
        unitId: c.unitId,
        unitName: c.unitName,
        roundNumber: round.number,
        votes: c.votes,
        percent: c.percent,
        rank: c.rank,
        total: round.candidates.find((x) => x.unitId === c.unitId)?.total ?? null,
      })),
  );
}

export async function findYearEnd(db: Reader, year: Year): Promise<YearEnd> {
  const row = await findYearEndRow(db, year.id);
  const rules = await rulesOf(db, year.id, row);
  const present = await presentAt(db, year.id, rules.meetingId);
  const scoring = await scoringSource(db, year);
  const members = await listMembers(db, year.id);
  const ctx: Context = {
    db,
    rules,
    baseCount: rules.base === 'present' ? present : year.memberCount,
    standings: scoring?.standings ?? [],
    bands: scoring?.definition.bands ?? [],
    names: new Map(members.map((m) => [m.unitId, m.name])),
  };

  const awardRows = await db.selectFrom('awards').selectAll().where('yearId', '=', year.id).orderBy('position').orderBy('id').execute();
  // A unit elected for an award is out of the running for the awards after it.
  const electedEarlier = new Map<number, string>();
  const awards: Award[] = [];
  for (const a of awardRows) {
    const eligibility: Eligibility = { bands: ctx.bands, minBand: a.minBand, electedEarlier: new Map(electedEarlier) };
    const roundRows = await db.selectFrom('awardRounds').selectAll().where('awardId', '=', a.id).orderBy('number').execute();
    const rounds: Round[] = [];
    for (const r of roundRows) rounds.push(await readRound(ctx, r, eligibility));
    const elected = electedOf(rounds);
    const latest = rounds.at(-1);
    for (const e of elected) electedEarlier.set(e.unitId, a.name);
    awards.push({
      id: a.id,
      kind: a.kind,
      name: a.name,
      quota: a.quota,
      candidateCount: a.candidateCount,
      minBand: a.minBand,
      position: a.position,
      rounds,
      elected,
      decided: latest?.result !== null && latest?.result !== undefined && latest.result.reVoteSeats === 0,
    });
  }

  return {
    yearId: year.id,
    rules,
    members: year.memberCount,
    present,
    awards,
    succession: {
      nextHeadUnitId: row?.nextHeadUnitId ?? null,
      nextDeputyUnitId: row?.nextDeputyUnitId ?? null,
      source: row?.successionSource ?? null,
    },
    closingReason: row?.closingReason ?? '',
  };
}

/**
 * Whether a count already rests on this meeting's check-in: the vote's base is the members present there
 * and some round has an entry. Changing the attendance then would change results already read out.
 */
export async function countRestsOnAttendance(db: Reader, meetingId: number): Promise<boolean> {
  const entry = await db
    .selectFrom('yearEnds')
    .innerJoin('awards', 'awards.yearId', 'yearEnds.yearId')
    .innerJoin('awardRounds', 'awardRounds.awardId', 'awards.id')
    .innerJoin('tallies', 'tallies.roundId', 'awardRounds.id')
    .select('tallies.roundId')
    .where('yearEnds.meetingId', '=', meetingId)
    .where('yearEnds.thresholdBase', '=', 'present')
    .executeTakeFirst();
  return entry !== undefined;
}
