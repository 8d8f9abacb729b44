/** Phiếu bầu: the ballot of a round, one copy for each member present at the year-end conference. */
import { z } from 'zod';
import { id } from '../../../contract/fields.js';
import { defineKind, type DocumentSources, type Gathered, type Problem } from '../shared/kind.js';
import { draftBase } from '../shared/text.js';
import { conferenceDate } from '../shared/year-end.js';
import { roundOf } from './rounds.js';
import { buildBallot, fitsHalfPage, type BallotData } from './wording.js';

export const ballotInput = z.object({ roundId: id });
export type BallotInput = z.output<typeof ballotInput>;

async function gatherBallot(input: BallotInput, sources: DocumentSources): Promise<Gathered<BallotData>> {
  const yearEnd = await sources.yearEnd();
  const { award, round } = roundOf(yearEnd, input.roundId, sources.year.year);
  const candidates = round.candidates.filter((c) => c.included);
  const data: BallotData = {
    ...draftBase(sources.settings),
    year: sources.year.year,
    awardName: award.name,
    roundNumber: round.number,
    seats: round.seats,
    style: yearEnd.rules.ballotStyle,
    // The round lists them in ranking order already.
    candidates: candidates.map((c) => ({ unitName: c.unitName, total: c.total, rank: c.rank })),
    // One for each member present at the conference's check-in; before it, one for each member.
    copies: Math.max(1, yearEnd.present ?? yearEnd.members),
    // A long list does not fit half a page: it goes one to a page whatever the bloc chose.
    perPage: yearEnd.rules.ballotsPerPage === 2 && fitsHalfPage(candidates.map((c) => c.unitName)) ? 2 : 1,
  };
  return { data, sourceMeetingId: yearEnd.rules.meetingId };
}

function ballotProblems(data: BallotData): Problem[] {
  if (data.candidates.length > 0) return [];
  return [
    {
      field: 'votes.candidates',
      message: `Vòng bầu lần ${data.roundNumber} “${data.awardName}” chưa có đơn vị nào trong danh sách bỏ phiếu: chọn các đơn vị ở trang Bình xét khen thưởng.`,
    },
  ];
}

export const ballot = defineKind({
  key: 'ballot',
  label: 'Phiếu bầu',
  typeCode: null,
  input: ballotInput,
  gather: gatherBallot,
  build: buildBallot,
  // Printing again (a lost or spoilt ballot) is fine at any time: only an empty list is refused.
  readiness: ({ data }) => ballotProblems(data),
  issueDate: async ({ sources }) => ({ default: await conferenceDate(sources), yearEnd: true }),
  numbered: () => false,
  registerTitle: (model) => `Phiếu bầu: ${model.subject?.placement === 'underTitle' ? model.subject.lines.join(' ') : ''}`,
});
