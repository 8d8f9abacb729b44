// The standings of a scale version: every member's points, rank, classification and card, all derived
// from the entries (nothing here is stored).
import type Big from 'big.js';
import type { ScaleDefinition, ScoreEntry, Standing } from '../contract/scoring.js';
import { compareVietnamese } from '../common/vietnamese.js';
import { plain, toBig } from './decimal.js';
import { explanationLines } from './lines.js';
import { placeUnits, type Placed } from './tiebreak.js';
import { bestFigures, figuresOf, layoutOf, unitScore, type Layout, type Member, type UnitScore } from './unit-score.js';

export type { Member } from './unit-score.js';

/** The band with the highest minimum the total reaches, from bands sorted highest first. */
function classify(bands: { min: Big; label: string }[], total: Big): string | null {
  return bands.find((b) => total.gte(b.min))?.label ?? null;
}

function standingOf(layout: Layout, bands: { min: Big; label: string }[], score: UnitScore, placed: Placed | undefined): Standing {
  const { member, self, final } = score;
  return {
    unitId: member.unitId,
    unitName: member.unitName,
    selfTotal: plain(self.total),
    groups: layout.groups.map((g, i) => ({ key: g.key, code: g.code, self: plain(self.groups[i]!), final: plain(final.groups[i]!) })),
    bonus: plain(final.bonus),
    bonusCount: score.bonusCount,
    deductions: plain(final.deductions),
    total: plain(final.total),
    rank: placed?.rank ?? null,
    classification: classify(bands, final.total),
    disqualified: score.disqualifiedBy.length > 0 ? { reason: score.disqualifiedBy.join('; ') } : null,
    revoteWith: placed?.revoteWith ?? [],
    tieBreakNote: placed?.tieBreakNote ?? null,
    missing: score.missing,
    missingReasons: score.missingReasons,
    lines: explanationLines(layout, score),
  };
}

/**
 * Every member's standing: the units in the running by rank (a shared rank by name), then the disqualified
 * ones by total. Final figures are the bloc's where set, else the unit's; self totals use the unit's alone.
 */
export function computeStandings(def: ScaleDefinition, members: Member[], entries: ScoreEntry[]): Standing[] {
  const layout = layoutOf(def);
  const rows = figuresOf(layout, members, entries);
  const best = bestFigures(layout, rows.values());
  const seen = new Set<number>();
  const scores = members.flatMap((m) => {
    if (seen.has(m.unitId)) return [];
    seen.add(m.unitId);
    return [unitScore(layout, m, rows.get(m.unitId)!, best)];
  });
  const bands = def.bands.map((b) => ({ min: toBig(b.min), label: b.label })).sort((a, b) => b.min.cmp(a.min));

  const placed = placeUnits(layout, scores.filter((s) => s.disqualifiedBy.length === 0));
  const out = scores
    .filter((s) => s.disqualifiedBy.length > 0)
    .sort((a, b) => b.final.total.cmp(a.final.total) || compareVietnamese(a.member.unitName, b.member.unitName));
  return [...placed.map((p) => standingOf(layout, bands, p.unit, p)), ...out.map((s) => standingOf(layout, bands, s, undefined))];
}
