// What a year end starts from before the officer sets anything: the awards a bloc usually proposes
// (domain.md §4) and the most common rule of the vote. Quotas vary by year: the screen offers these, the
// officer edits them, and only what is saved counts.
import type { AwardFields, VoteRules } from '../contract/votes.js';

export const DEFAULT_AWARDS: readonly Required<Omit<AwardFields, 'id'>>[] = [
  { kind: 'flag', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', quota: 1, candidateCount: 3, minBand: '' },
  { kind: 'certificate', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', quota: 3, candidateCount: 6, minBand: '' },
];

/** Over half of all members, on a ballot with a mark column, one ballot a page, no tellers yet. */
export const defaultRules = (meetingId: number | null): VoteRules => ({
  meetingId,
  base: 'members',
  comparison: 'gt',
  threshold: '50%',
  ballotStyle: 'mark',
  ballotsPerPage: 1,
  tellers: [],
});
