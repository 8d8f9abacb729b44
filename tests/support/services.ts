// A real SQLite file in a temporary folder, served through the same dispatcher
// main uses, so tests see exactly what the window sees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openLocalServices, type LocalServices } from '../../main/services/local.js';
import { DEFAULT_AWARDS } from '../../main/votes/index.js';

export type TestServices = LocalServices & { dir: string };

export const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ktd-test-'));

/** `today` (yyyy-mm-dd) fixes the services' clock, for the default issue date. */
export async function openTestServices(dir = tempDir(), today?: string): Promise<TestServices> {
  const now = today ? () => new Date(`${today}T09:00:00`) : undefined;
  return { ...(await openLocalServices(dir, () => {}, now ? { now } : {})), dir };
}

export const sampleProfile = {
  blocName: 'Khối thi đua Văn hóa - Xã hội',
  governingBody: 'UBND TỈNH BẮC KẠN',
  issuingBody: 'KHỐI THI ĐUA VĂN HÓA - XÃ HỘI',
  symbol: 'KTĐVHXH',
  place: 'Bắc Kạn',
  provincialBoard: 'Ban Thi đua - Khen thưởng tỉnh Bắc Kạn',
};

/** Opens the demo bloc (Bắc Kạn, Văn hóa - Xã hội) and answers one of its years, with that year's meetings. */
export async function openDemoYear(s: TestServices, year = 2018) {
  const { blocId } = await s.ok('blocs.openDemo', {});
  const found = (await s.ok('years.list', { blocId })).find((y) => y.year === year);
  if (!found) throw new Error(`the demo has no ${year}`);
  const meetings = await s.ok('meetings.list', { yearId: found.id });
  return { blocId, yearId: found.id, meetings, signing: meetings.find((m) => m.kind === 'signing') };
}

/** Closes a year as the officer does ("Khóa sổ"), with a reason, so whatever its checklist still lacks. */
export const closeYear = (s: TestServices, yearId: number) =>
  s.ok('years.close', { yearId, reason: 'Bàn giao sớm cho đơn vị Trưởng khối năm sau.' });

/** The demo's 2022 (its scale locked, every unit scored) and its units' ids by name. */
export async function openScoredYear(s: TestServices) {
  const { yearId } = await openDemoYear(s, 2022);
  const units = await s.ok('units.list', { yearId });
  return { yearId, unit: (name: string) => units.find((u) => u.name === name)!.unitId };
}

/**
 * The demo's 2022 before its vote: the year end cleared (whatever the demo seeds of it), so the rules read as
 * the defaults and no award is set. Scored, ranked and checked in at its year-end conference as the demo has it.
 */
export async function openVotingYear(s: TestServices) {
  const scored = await openScoredYear(s);
  await sql`DELETE FROM awards WHERE year_id = ${scored.yearId}`.execute(s.opened.db);
  await sql`DELETE FROM year_ends WHERE year_id = ${scored.yearId}`.execute(s.opened.db);
  return scored;
}

export interface Count {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  /** Votes by unit id. */
  votes: Record<number, number>;
}

export const votesOf = (count: Count) => ({
  ...count,
  votes: Object.entries(count.votes).map(([unitId, votes]) => ({ unitId: Number(unitId), votes })),
});

/** Enters a round's count twice, identically, as two tellers do: the round is counted. */
export async function countRound(s: TestServices, roundId: number, count: Count) {
  await s.ok('votes.enterTally', { roundId, entry: 1, enteredBy: 'Lương Văn S', ...votesOf(count) });
  return s.ok('votes.enterTally', { roundId, entry: 2, enteredBy: 'Hà Văn U', ...votesOf(count) });
}

/**
 * The demo's 2022 year end counted, as in Bắc Kạn 2022: 1 flag and 3 certificates of 10 units, each decided
 * in one round, and next year's head (Sở Giáo dục và Đào tạo) and deputy (Bảo hiểm xã hội) elected.
 */
export async function openCountedYear(s: TestServices) {
  const voting = await openVotingYear(s);
  const { yearId, unit } = voting;
  let yearEnd = await s.ok('votes.saveAwards', { yearId, awards: DEFAULT_AWARDS.map((a) => ({ ...a })) });
  const [flag, certificate] = yearEnd.awards.map((a) => a.id) as [number, number];
  const firstRound = async (awardId: number) => (await s.ok('votes.proposeCandidates', { awardId })).awards.find((a) => a.id === awardId)!.rounds[0]!.id;
  const ballots = { issued: 10, returned: 10, valid: 10, invalid: 0 };
  await countRound(s, await firstRound(flag), {
    ...ballots,
    votes: { [unit('Sở Giáo dục và Đào tạo')]: 8, [unit('Ban Dân tộc')]: 2, [unit('Bảo hiểm xã hội tỉnh Bắc Kạn')]: 0 },
  });
  await countRound(s, await firstRound(certificate), {
    ...ballots,
    valid: 9,
    invalid: 1,
    votes: {
      [unit('Ban Dân tộc')]: 9,
      [unit('Bảo hiểm xã hội tỉnh Bắc Kạn')]: 8,
      [unit('Sở Y tế')]: 6,
      [unit('Sở Văn hóa, Thể thao và Du lịch')]: 3,
      [unit('Sở Lao động - Thương binh và Xã hội')]: 1,
      [unit('Sở Thông tin và Truyền thông')]: 0,
    },
  });
  yearEnd = await s.ok('votes.setSuccession', {
    yearId,
    nextHeadUnitId: unit('Sở Giáo dục và Đào tạo'),
    nextDeputyUnitId: unit('Bảo hiểm xã hội tỉnh Bắc Kạn'),
    source: 'vote',
  });
  return { ...voting, yearEnd };
}
