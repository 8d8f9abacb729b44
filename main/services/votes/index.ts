// The year end's writes (domain.md §4): the vote's rules, the awards and their quotas, the candidate lists,
// the two entries of each count, re-votes and the succession. Each is one transaction on an open year and
// answers the whole year end as it now reads. A counted round is final: its figures, and the rules that
// decided it, no longer change.
import type { Db } from '../../../db/connection.js';
import type { Handlers, ParsedInput, Round, Year, YearEnd } from '../../contract/index.js';
import { proposeCandidates as propose, tallyProblems } from '../../votes/index.js';
import { fieldError, notFound, ServiceError } from '../errors.js';
import { definitionOf, latestScaleRow, lockedScaleRow, scoringSource } from '../scoring/queries.js';
import { inTransaction, type Trx } from '../transaction.js';
import { listMembers } from '../units/queries.js';
import { findOpenYear, findYear } from '../years/queries.js';
import { closeChecklist } from './checklist.js';
import { findYearEnd } from './queries.js';
import { ensureRow, rulesRow } from './rows.js';

type VotesChannel = Extract<keyof Handlers, `votes.${string}`>;
type VotesHandlers = Pick<Handlers, VotesChannel>;

export const votesHandlers = (db: Db): VotesHandlers => ({
  'votes.yearEnd': async ({ yearId }) => findYearEnd(db, await findYear(db, yearId)),
  'votes.saveRules': (input) => write(db, input.yearId, (trx, year) => saveRules(trx, year, input)),
  'votes.saveAwards': (input) => write(db, input.yearId, (trx, year) => saveAwards(trx, year, input)),
  'votes.proposeCandidates': ({ awardId }) => inTransaction(db, async (trx) => proposeCandidates(trx, await awardOf(trx, awardId))),
  'votes.setCandidates': (input) => inTransaction(db, async (trx) => setCandidates(trx, await roundOf(trx, input.roundId), input)),
  'votes.enterTally': (input) => inTransaction(db, async (trx) => enterTally(trx, await roundOf(trx, input.roundId), input)),
  'votes.openReVote': ({ roundId }) => inTransaction(db, async (trx) => openReVote(trx, await roundOf(trx, roundId))),
  'votes.setSuccession': (input) => write(db, input.yearId, (trx, year) => setSuccession(trx, year, input)),
  'votes.closeChecklist': async ({ yearId }) => closeChecklist(db, await findYear(db, yearId)),
});

/** A write on an open year, answering the year end after it. */
const write = (db: Db, yearId: number, work: (trx: Trx, year: Year) => Promise<void>): Promise<YearEnd> =>
  inTransaction(db, async (trx) => {
    const year = await findOpenYear(trx, yearId);
    await work(trx, year);
    return findYearEnd(trx, year);
  });

interface AwardAt {
  year: Year;
  yearEnd: YearEnd;
  award: YearEnd['awards'][number];
}

async function awardOf(trx: Trx, awardId: number): Promise<AwardAt> {
  const row = await trx.selectFrom('awards').select('yearId').where('id', '=', awardId).executeTakeFirst();
  if (!row) throw notFound('hình thức khen thưởng');
  const year = await findOpenYear(trx, row.yearId);
  const yearEnd = await findYearEnd(trx, year);
  return { year, yearEnd, award: yearEnd.awards.find((a) => a.id === awardId)! };
}

async function roundOf(trx: Trx, roundId: number): Promise<AwardAt & { round: Round }> {
  const row = await trx.selectFrom('awardRounds').select('awardId').where('id', '=', roundId).executeTakeFirst();
  if (!row) throw notFound('vòng bầu');
  const at = await awardOf(trx, row.awardId);
  return { ...at, round: at.award.rounds.find((r) => r.id === roundId)! };
}

const anyCounted = (yearEnd: YearEnd) => yearEnd.awards.some((a) => a.rounds.some((r) => r.status === 'counted'));

async function saveRules(trx: Trx, year: Year, input: ParsedInput<'votes.saveRules'>): Promise<void> {
  if (input.meetingId !== null) {
    const meeting = await trx.selectFrom('meetings').select('yearId').where('id', '=', input.meetingId).executeTakeFirst();
    if (meeting?.yearId !== year.id) throw fieldError('meetingId', `Hội nghị này không thuộc năm ${year.year}.`);
  }
  const before = await findYearEnd(trx, year);
  // The rules decided the rounds already counted: changing them would change results already announced.
  const decisive = (r: YearEnd['rules']) => [r.base, r.comparison, r.threshold, r.base === 'present' ? r.meetingId : null].join('|');
  if (anyCounted(before) && decisive(before.rules) !== decisive(input)) {
    throw new ServiceError('CONFLICT', 'Đã có vòng bầu kiểm phiếu xong: không đổi được cách tính tỷ lệ trúng cử và hội nghị bỏ phiếu.');
  }
  await ensureRow(trx, year);
  await trx.updateTable('yearEnds').set(rulesRow(input)).where('yearId', '=', year.id).execute();
}

async function saveAwards(trx: Trx, year: Year, { awards }: ParsedInput<'votes.saveAwards'>): Promise<void> {
  const before = await findYearEnd(trx, year);
  const scale = (await lockedScaleRow(trx, year.id)) ?? (await latestScaleRow(trx, year.id));
  const bands = scale ? definitionOf(scale).bands.map((b) => b.label) : null;
  for (const a of awards) {
    if (bands && a.minBand !== '' && !bands.includes(a.minBand)) {
      throw fieldError('minBand', `Thang điểm năm ${year.year} không có mức xếp loại “${a.minBand}”.`);
    }
    if (a.id !== undefined && !before.awards.some((b) => b.id === a.id)) throw notFound('hình thức khen thưởng trong năm này');
  }
  for (const old of before.awards) {
    const kept = awards.find((a) => a.id === old.id);
    const counted = old.rounds.some((r) => r.status === 'counted');
    if (!kept && counted) {
      throw new ServiceError('CONFLICT', `Không xóa được “${old.name}”: đã có vòng bầu kiểm phiếu xong.`);
    }
    if (kept && kept.quota !== old.quota && old.rounds.some((r) => r.entries.length > 0)) {
      throw fieldError('quota', `Không đổi được số lượng đề nghị “${old.name}”: đã nhập kết quả kiểm phiếu.`, 'CONFLICT');
    }
    if (!kept) await trx.deleteFrom('awards').where('id', '=', old.id).execute();
  }
  for (const [position, { id, ...fields }] of awards.entries()) {
    if (id === undefined) {
      await trx.insertInto('awards').values({ yearId: year.id, position, ...fields }).execute();
      continue;
    }
    await trx.updateTable('awards').set({ position, ...fields }).where('id', '=', id).execute();
    // The first round elects the award's quota (later rounds elect the seats a tie left).
    await trx.updateTable('awardRounds').set({ seats: fields.quota }).where('awardId', '=', id).where('number', '=', 1).execute();
  }
}

async function proposeCandidates(trx: Trx, { year, yearEnd, award }: AwardAt): Promise<YearEnd> {
  if (award.rounds.some((r) => r.entries.length > 0)) {
    throw new ServiceError('CONFLICT', `“${award.name}” đã bắt đầu kiểm phiếu: không lập lại danh sách được nữa.`);
  }
  const scoring = await scoringSource(trx, year);
  if (!scoring) {
    throw new ServiceError('CONFLICT', `Năm ${year.year} chưa có thang điểm được khóa: chưa lập được danh sách theo kết quả xếp hạng.`);
  }
  const earlier = new Map(
    yearEnd.awards.filter((a) => a.position < award.position).flatMap((a) => a.elected.map((e) => [e.unitId, a.name] as const)),
  );
  const candidates = propose(scoring.standings, award.candidateCount, {
    bands: scoring.definition.bands,
    minBand: award.minBand,
    electedEarlier: earlier,
  });
  let roundId = award.rounds[0]?.id;
  if (roundId === undefined) {
    ({ id: roundId } = await trx
      .insertInto('awardRounds')
      .values({ awardId: award.id, number: 1, seats: award.quota })
      .returning('id')
      .executeTakeFirstOrThrow());
  } else {
    await trx.deleteFrom('roundCandidates').where('roundId', '=', roundId).execute();
  }
  await insertCandidates(trx, roundId, candidates);
  return findYearEnd(trx, year);
}

async function insertCandidates(trx: Trx, roundId: number, candidates: { unitId: number; proposed: boolean; included: boolean }[]) {
  if (candidates.length === 0) return;
  await trx
    .insertInto('roundCandidates')
    .values(
      candidates.map((c, position) => ({
        roundId,
        unitId: c.unitId,
        position,
        proposed: c.proposed ? 1 : 0,
        included: c.included ? 1 : 0,
        reason: '',
      })),
    )
    .execute();
}

const COUNTING_BEGAN = 'Vòng bầu đã bắt đầu kiểm phiếu: không sửa danh sách bầu được nữa.';

async function setCandidates(trx: Trx, { year, round }: AwardAt & { round: Round }, input: ParsedInput<'votes.setCandidates'>): Promise<YearEnd> {
  if (round.entries.length > 0) throw new ServiceError('CONFLICT', COUNTING_BEGAN);
  for (const change of input.candidates) {
    const current = round.candidates.find((c) => c.unitId === change.unitId);
    if (!current) throw fieldError('candidates', 'Đơn vị này không có trong danh sách của vòng bầu.');
    const name = current.unitName;
    if (change.included && current.ineligible !== '') {
      throw fieldError('candidates', `${name} không đủ điều kiện đưa vào danh sách bầu: ${current.ineligible}.`);
    }
    const changed = change.included !== current.proposed;
    if (changed && change.reason === '') {
      throw fieldError(
        'candidates',
        change.included
          ? `Ghi lý do đưa ${name} vào danh sách bầu (đơn vị không có trong danh sách đề xuất theo kết quả xếp hạng).`
          : `Ghi lý do không đưa ${name} vào danh sách bầu (đơn vị có trong danh sách đề xuất theo kết quả xếp hạng).`,
      );
    }
    await trx
      .updateTable('roundCandidates')
      .set({ included: change.included ? 1 : 0, reason: changed ? change.reason : '' })
      .where('roundId', '=', round.id)
      .where('unitId', '=', change.unitId)
      .execute();
  }
  return findYearEnd(trx, year);
}

async function enterTally(trx: Trx, { year, yearEnd, round }: AwardAt & { round: Round }, input: ParsedInput<'votes.enterTally'>): Promise<YearEnd> {
  if (round.status === 'counted') {
    throw new ServiceError('CONFLICT', 'Vòng bầu đã kiểm phiếu xong (hai lần nhập đã khớp): kết quả không sửa được nữa.');
  }
  const included = round.candidates.filter((c) => c.included);
  if (included.length === 0) throw new ServiceError('CONFLICT', 'Danh sách bầu của vòng này chưa có đơn vị nào.');
  const ineligible = included.find((c) => c.ineligible !== '');
  if (ineligible) {
    throw fieldError('votes', `${ineligible.unitName} không đủ điều kiện (${ineligible.ineligible}): hãy bỏ tên khỏi danh sách bầu.`);
  }
  if (yearEnd.rules.base === 'present' && !yearEnd.present) {
    throw new ServiceError(
      'CONFLICT',
      'Chưa có điểm danh đơn vị có mặt tại hội nghị tổng kết: chưa tính được tỷ lệ trên số đơn vị có mặt.',
    );
  }
  const problems = tallyProblems(input, {
    members: yearEnd.members,
    seats: round.seats,
    names: new Map(round.candidates.map((c) => [c.unitId, c.unitName])),
    included: included.map((c) => c.unitId),
  });
  if (problems.length > 0) {
    const fieldErrors: Record<string, string> = {};
    for (const p of problems) fieldErrors[p.field] = [fieldErrors[p.field], p.message].filter(Boolean).join(' ');
    throw new ServiceError('VALIDATION', problems.map((p) => p.message).join(' '), fieldErrors);
  }
  const key = { roundId: round.id, entry: input.entry };
  await trx.deleteFrom('tallyVotes').where('roundId', '=', round.id).where('entry', '=', input.entry).execute();
  await trx.deleteFrom('tallies').where('roundId', '=', round.id).where('entry', '=', input.entry).execute();
  const { issued, returned, valid, invalid, enteredBy } = input;
  await trx.insertInto('tallies').values({ ...key, issued, returned, valid, invalid, enteredBy }).execute();
  await trx
    .insertInto('tallyVotes')
    .values(input.votes.map((v) => ({ ...key, unitId: v.unitId, votes: v.votes })))
    .execute();
  return findYearEnd(trx, year);
}

async function openReVote(trx: Trx, { year, award, round }: AwardAt & { round: Round }): Promise<YearEnd> {
  if (!round.result) throw new ServiceError('CONFLICT', 'Vòng bầu chưa kiểm phiếu xong: hai lần nhập kết quả phải khớp nhau.');
  if (round.result.reVoteSeats === 0) throw new ServiceError('CONFLICT', 'Vòng bầu này không có đơn vị bằng phiếu phải bầu lại.');
  if (award.rounds.some((r) => r.number > round.number)) throw new ServiceError('CONFLICT', 'Đã mở vòng bầu lại cho vòng này.');
  const { id } = await trx
    .insertInto('awardRounds')
    .values({ awardId: award.id, number: round.number + 1, seats: round.result.reVoteSeats })
    .returning('id')
    .executeTakeFirstOrThrow();
  const tied = round.result.candidates.filter((c) => c.tied);
  await insertCandidates(trx, id, tied.map((c) => ({ unitId: c.unitId, proposed: true, included: true })));
  return findYearEnd(trx, year);
}

async function setSuccession(trx: Trx, year: Year, input: ParsedInput<'votes.setSuccession'>): Promise<void> {
  const members = new Set((await listMembers(trx, year.id)).map((m) => m.unitId));
  for (const field of ['nextHeadUnitId', 'nextDeputyUnitId'] as const) {
    const unitId = input[field];
    if (unitId !== null && !members.has(unitId)) {
      const role = field === 'nextHeadUnitId' ? 'Trưởng khối' : 'Phó khối';
      throw fieldError(field, `Đơn vị ${role} năm sau phải là thành viên của khối trong năm ${year.year}.`);
    }
  }
  await ensureRow(trx, year);
  await trx
    .updateTable('yearEnds')
    .set({ nextHeadUnitId: input.nextHeadUnitId, nextDeputyUnitId: input.nextDeputyUnitId, successionSource: input.source })
    .where('yearId', '=', year.id)
    .execute();
}

