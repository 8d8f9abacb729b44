// Who may stand for an award, and whom the ranking proposes (domain.md §4): a unit in the running, fully
// scored, classified at least the award's band, and not already elected for an earlier award. The first
// `candidateCount` of them in ranking order are proposed; the officer may change the list with a reason.
import type { Band, Standing } from '../contract/scoring.js';
import type { Candidate } from '../contract/votes.js';
import { formatPoints } from '../scoring/decimal.js';

export interface Eligibility {
  /** The scale's classification bands, in any order. */
  bands: readonly Band[];
  /** The award's lowest classification ('' for any). */
  minBand: string;
  /** Units elected for an earlier award in a counted round, with that award's name. */
  electedEarlier: ReadonlyMap<number, string>;
}

/** Why a unit may not stand ('' when it may). */
export function ineligibility(standing: Standing, { bands, minBand, electedEarlier }: Eligibility): string {
  if (standing.disqualified) return `Bị loại khỏi xét thi đua (${standing.disqualified.reason})`;
  if (standing.missing > 0) return `Chưa chấm đủ điểm (còn ${standing.missing} mục chưa có điểm)`;
  const earlier = electedEarlier.get(standing.unitId);
  if (earlier !== undefined) return `Đã được bầu đề nghị ${earlier}`;
  if (minBand === '') return '';
  // Highest band first: a lower index is a better classification.
  const order = [...bands].sort((a, b) => b.min - a.min).map((b) => b.label);
  const needed = order.indexOf(minBand);
  if (needed < 0) return `Thang điểm không có mức xếp loại “${minBand}”`;
  if (standing.classification === null) return `Chưa được xếp loại, cần đạt mức “${minBand}”`;
  const reached = order.indexOf(standing.classification);
  return reached >= 0 && reached <= needed ? '' : `Xếp loại “${standing.classification}”, chưa đạt mức “${minBand}”`;
}

/** A unit as a candidate shows it: rank, points as printed (none while not fully scored), classification. */
export function candidateOf(standing: Standing, eligibility: Eligibility): Omit<Candidate, 'proposed' | 'included' | 'reason'> {
  return {
    unitId: standing.unitId,
    unitName: standing.unitName,
    rank: standing.rank,
    total: standing.missing > 0 ? null : formatPoints(standing.total),
    classification: standing.classification ?? '',
    ineligible: ineligibility(standing, eligibility),
  };
}

/** Every member in ranking order, the first `candidateCount` eligible ones proposed and on the ballot. */
export function proposeCandidates(standings: readonly Standing[], candidateCount: number, eligibility: Eligibility): Candidate[] {
  let left = candidateCount;
  return standings.map((standing) => {
    const candidate = candidateOf(standing, eligibility);
    const proposed = candidate.ineligible === '' && left > 0;
    if (proposed) left -= 1;
    return { ...candidate, proposed, included: proposed, reason: '' };
  });
}
