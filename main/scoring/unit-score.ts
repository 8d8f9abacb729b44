// One unit's figures turned into points: per criterion, per group, bonus, deductions and totals, twice —
// by the unit's own figures (self) and by the final ones (the bloc's where set, else the unit's).
import type Big from 'big.js';
import type { ScaleDefinition, ScoreEntry } from '../contract/scoring.js';
import { minBig, parseFigure, sum, toBig, ZERO } from './decimal.js';
import { scoredItems, type ScoredCriterion, type ScoredItem } from './items.js';
import { criterionPoints, ruleOf, type Rule } from './points.js';

export interface Member {
  unitId: number;
  unitName: string;
}

/** A criterion of the scale as the totals see it: the scored items (itself, or its sub-criteria) by index. */
export interface CriterionSlot {
  code: string;
  leaves: number[];
  hasChildren: boolean;
}

export interface GroupSlot {
  key: string;
  code: string;
  name: string;
  criteria: CriterionSlot[];
}

/** The scale laid out once for every unit, its figures already decimals. */
export interface Layout {
  def: ScaleDefinition;
  /** As `scoredItems` lists them: the scored criteria come first, so a criterion's index is the same in both. */
  items: ScoredItem[];
  criteria: ScoredCriterion[];
  /** How each scored criterion turns its figure into points. */
  rules: Rule[];
  groups: GroupSlot[];
  bonus: { index: number; points: Big; maxCount: Big }[];
  deductions: { index: number; points: Big; name: string; disqualifies: boolean }[];
  bonusCap: Big;
}

export function layoutOf(def: ScaleDefinition): Layout {
  const items = scoredItems(def);
  const index = new Map(items.map((item, i) => [item.key, i]));
  const at = (key: string) => index.get(key)!;
  const criteria = items.filter((item): item is ScoredCriterion => item.role === 'criterion');
  return {
    def,
    items,
    criteria,
    rules: criteria.map((c) => ruleOf(c.kind, c.max)),
    groups: def.groups.map((g) => ({
      key: g.key,
      code: g.code,
      name: g.name,
      criteria: g.criteria.map((c) => ({
        code: c.code,
        hasChildren: c.children.length > 0,
        leaves: c.children.length > 0 ? c.children.map((s) => at(s.key)) : [at(c.key)],
      })),
    })),
    bonus: items.flatMap((item, i) => (item.role === 'bonus' ? [{ index: i, points: toBig(item.points), maxCount: toBig(item.maxCount) }] : [])),
    deductions: items.flatMap((item, i) =>
      item.role === 'deduction' ? [{ index: i, points: toBig(item.points), name: item.name, disqualifies: item.disqualifies }] : [],
    ),
    bonusCap: toBig(def.bonusCap),
  };
}

/** A unit's figure on one item: its own, and the one that counts (the bloc's where set). */
export interface Figure {
  entry: ScoreEntry | undefined;
  self: Big | null;
  final: Big | null;
}

export interface Side {
  /** Points per scored criterion (index as in `items`). */
  leaves: Big[];
  groups: Big[];
  /** Within the cap. */
  bonus: Big;
  /** Before the cap, to say when the cap took some off. */
  bonusEarned: Big;
  deductions: Big;
  total: Big;
}

export interface UnitScore {
  member: Member;
  figures: Figure[];
  self: Side;
  final: Side;
  bonusCount: number;
  /** Names of the disqualifying deductions the unit incurred. */
  disqualifiedBy: string[];
  missing: number;
  missingReasons: number;
}

const NONE: Figure = Object.freeze({ entry: undefined, self: null, final: null });

export type Best = { self: (Big | null)[]; final: (Big | null)[] };

/** Every member's figures, indexed by item, from one pass over the entries (entries of non-members are left out). */
export function figuresOf(layout: Layout, members: Member[], entries: ScoreEntry[]): Map<number, Figure[]> {
  const column = new Map(layout.items.map((item, i) => [item.key, i]));
  const rows = new Map<number, Figure[]>();
  for (const m of members) rows.set(m.unitId, new Array<Figure>(layout.items.length).fill(NONE));
  for (const entry of entries) {
    const row = rows.get(entry.unitId);
    const i = column.get(entry.itemKey);
    if (row === undefined || i === undefined) continue;
    const self = parseFigure(entry.self);
    row[i] = { entry, self, final: parseFigure(entry.bloc) ?? self };
  }
  return rows;
}

/** The highest figure of each target criterion among all units, by self figures and by final ones. */
export function bestFigures(layout: Layout, rows: Iterable<Figure[]>): Best {
  const targets = layout.criteria.flatMap((c, i) => (c.kind.type === 'target' ? [i] : []));
  const best: Best = { self: layout.criteria.map(() => null), final: layout.criteria.map(() => null) };
  const raise = (list: (Big | null)[], i: number, figure: Big | null) => {
    const current = list[i]!;
    if (figure !== null && (current === null || figure.gt(current))) list[i] = figure;
  };
  for (const row of rows) {
    for (const i of targets) {
      raise(best.self, i, row[i]!.self);
      raise(best.final, i, row[i]!.final);
    }
  }
  return best;
}

/**
 * One side's points. `reuse` is the other side: where the unit's figure stands (no bloc figure) and the
 * points do not depend on the other units, they are the same and not computed twice.
 */
function side(layout: Layout, row: Figure[], pick: 'self' | 'final', best: (Big | null)[], reuse?: Side): Side {
  const leaves = layout.rules.map((rule, i) => {
    const f = row[i]!;
    if (reuse && f.self === f.final && rule.type !== 'target') return reuse.leaves[i]!;
    return criterionPoints(rule, f[pick], best[i]!);
  });
  const groups = layout.groups.map((g) => sum(g.criteria.flatMap((c) => c.leaves.map((i) => leaves[i]!))));
  const count = (i: number) => row[i]![pick] ?? ZERO;
  // A bonus counts at most the times the scale allows, however many were entered.
  const bonusEarned = sum(layout.bonus.map((b) => minBig(count(b.index), b.maxCount).times(b.points)));
  const bonus = minBig(bonusEarned, layout.bonusCap);
  const deductions = sum(layout.deductions.map((d) => count(d.index).times(d.points)));
  return { leaves, groups, bonus, bonusEarned, deductions, total: sum(groups).plus(bonus).minus(deductions) };
}

/** Both figures given and not the same number. */
function blocDiffers(entry: ScoreEntry): boolean {
  if (entry.self === null || entry.bloc === null) return false;
  const self = parseFigure(entry.self);
  const bloc = parseFigure(entry.bloc);
  return self === null || bloc === null ? entry.self.trim() !== entry.bloc.trim() : !self.eq(bloc);
}

export function unitScore(layout: Layout, member: Member, row: Figure[], best: Best): UnitScore {
  const earned = (i: number) => row[i]!.final?.gte(1) ?? false;
  const final = side(layout, row, 'final', best.final);
  return {
    member,
    figures: row,
    self: side(layout, row, 'self', best.self, final),
    final,
    bonusCount: layout.bonus.filter((b) => earned(b.index)).length,
    disqualifiedBy: layout.deductions.filter((d) => d.disqualifies && earned(d.index)).map((d) => d.name),
    missing: layout.criteria.filter((_c, i) => row[i]!.final === null).length,
    missingReasons: row.filter((f) => f.entry !== undefined && blocDiffers(f.entry) && f.entry.reason.trim() === '').length,
  };
}
