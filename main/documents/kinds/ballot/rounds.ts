// The round a year-end document is about, found among the year's awards, and how its figures print.
import type { Award, Round, YearEnd } from '../../../contract/index.js';
import { ServiceError } from '../../../common/errors.js';

/** "01", "03": the number of seats as the ballot's instruction writes it. */
export const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Points as printed, with a decimal comma whichever way they come ("97.5" or "97,5"). */
export const printedPoints = (total: string | null): string => (total ?? '').replace('.', ',');

/** The round with its award; NOT_FOUND for a round of another year. */
export function roundOf(yearEnd: YearEnd, roundId: number, year: number): { award: Award; round: Round } {
  for (const award of yearEnd.awards) {
    const round = award.rounds.find((r) => r.id === roundId);
    if (round) return { award, round };
  }
  throw new ServiceError('NOT_FOUND', `Không tìm thấy vòng bầu này trong năm ${year}.`);
}
