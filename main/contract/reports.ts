// Reading across the bloc's years: one unit's results, the membership over time, and one search over every
// year's units, register and meetings. Nothing here writes; everything is derived from the years as stored.
import { z } from 'zod';
import { channel } from './channel.js';
import { id, requiredText } from './fields.js';

/**
 * A unit in one of the bloc's years: a member; not a member while still active (removed from that year, or
 * added later); before its first year; after its last year, having left or merged into another unit.
 */
export const membershipStatus = z.enum(['member', 'absent', 'notYet', 'left', 'merged']);
export type MembershipStatus = z.infer<typeof membershipStatus>;

/** An award the unit was on the ballot for, and whether it was elected. */
export const awardOutcome = z.object({
  awardName: z.string(),
  kind: z.enum(['flag', 'certificate', 'other']),
  elected: z.boolean(),
});
export type AwardOutcome = z.infer<typeof awardOutcome>;

/** One year of a unit's history; the figures are those of the scale in force, null while it has none. */
export const unitYear = z.object({
  yearId: id,
  year: z.number().int(),
  status: membershipStatus,
  /** The name the unit had that year (its current name in a year it was not a member). */
  name: z.string(),
  successorName: z.string().nullable(),
  /** The year has a locked scale: its ranking can be read. */
  scored: z.boolean(),
  total: z.string().nullable(),
  rank: z.number().int().nullable(),
  /** Units in the running that year: "rank 3 of 10". */
  rankedCount: z.number().int(),
  classification: z.string().nullable(),
  disqualified: z.string().nullable(),
  /** Items still without a figure: a total with some missing is not final. */
  missing: z.number().int(),
  awards: z.array(awardOutcome),
});
export type UnitYear = z.infer<typeof unitYear>;

export const unitHistory = z.object({
  unitId: id,
  name: z.string(),
  shortName: z.string(),
  years: z.array(unitYear),
});
export type UnitHistory = z.infer<typeof unitHistory>;

/** `event`: what changed since the bloc's previous year (none in its first year). */
export const membershipCell = z.object({
  year: z.number().int(),
  status: membershipStatus,
  event: z.enum(['joined', 'left', 'merged']).nullable(),
});
export type MembershipCell = z.infer<typeof membershipCell>;

export const membershipRow = z.object({
  unitId: id,
  name: z.string(),
  shortName: z.string(),
  successorName: z.string().nullable(),
  cells: z.array(membershipCell),
});
export type MembershipRow = z.infer<typeof membershipRow>;

export const membershipYear = z.object({
  yearId: id,
  year: z.number().int(),
  members: z.number().int(),
  joined: z.number().int(),
  left: z.number().int(),
});
export type MembershipYear = z.infer<typeof membershipYear>;

export const membershipTable = z.object({ years: z.array(membershipYear), units: z.array(membershipRow) });
export type MembershipTable = z.infer<typeof membershipTable>;

/**
 * A match of the search. `yearId` is where it opens; `targetId` the unit, register entry or meeting there.
 * A unit is one hit for all the years it matched (`years`), opening in the latest of them.
 */
export const searchHit = z.object({
  kind: z.enum(['unit', 'document', 'meeting']),
  yearId: id,
  year: z.number().int(),
  targetId: id,
  title: z.string(),
  detail: z.string(),
  years: z.array(z.number().int()),
});
export type SearchHit = z.infer<typeof searchHit>;

export const SEARCH_LIMIT = 100;

export const searchResults = z.object({
  hits: z.array(searchHit),
  /** Every match, including those beyond the first SEARCH_LIMIT listed. */
  total: z.number().int(),
});
export type SearchResults = z.infer<typeof searchResults>;

export const reportsChannels = {
  /** One unit across the bloc's years: membership, score, rank, classification and awards. */
  'reports.unitHistory': channel(z.object({ blocId: id, unitId: id }), unitHistory),
  /** Every unit the bloc has had × its years. */
  'reports.membership': channel(z.object({ blocId: id }), membershipTable),
  /** Units, register entries and meetings of every year, diacritics and case ignored. */
  'reports.search': channel(z.object({ blocId: id, query: requiredText('Từ khóa tìm kiếm', 200) }), searchResults),
};
