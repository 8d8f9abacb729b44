// The round a ballot is about, found among the year's awards.
import type { Award, Round, YearEnd } from '../../../contract/index.js';
import { ServiceError } from '../../../common/errors.js';

/** The round with its award; NOT_FOUND for a round of another year. */
export function roundOf(yearEnd: YearEnd, roundId: number, year: number): { award: Award; round: Round } {
  for (const award of yearEnd.awards) {
    const round = award.rounds.find((r) => r.id === roundId);
    if (round) return { award, round };
  }
  throw new ServiceError('NOT_FOUND', `Không tìm thấy vòng bầu này trong năm ${year}.`);
}
