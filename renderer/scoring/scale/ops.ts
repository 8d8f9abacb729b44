// Changes to the groups → criteria → sub-criteria tree, each answering a new draft. A criterion's
// maximum follows its sub-criteria whenever they change, as the contract defines it.
import {
  blankCriterion,
  copyOfCriterion,
  copyOfSub,
  insertAt,
  move,
  nextCode,
  withChildren,
  type Draft,
  type DraftCriterion,
  type DraftGroup,
  type DraftSub,
} from './draft';

const at = <T>(items: T[], index: number, change: (item: T) => T): T[] => items.map((x, i) => (i === index ? change(x) : x));

export const patchGroup = (d: Draft, gi: number, patch: Partial<DraftGroup>): Draft => ({
  ...d,
  groups: at(d.groups, gi, (g) => ({ ...g, ...patch })),
});

const patchCriteria = (d: Draft, gi: number, change: (criteria: DraftCriterion[]) => DraftCriterion[]): Draft => ({
  ...d,
  groups: at(d.groups, gi, (g) => ({ ...g, criteria: change(g.criteria) })),
});

export const patchCriterion = (d: Draft, gi: number, ci: number, patch: Partial<DraftSub>): Draft =>
  patchCriteria(d, gi, (cs) => at(cs, ci, (c) => ({ ...c, ...patch })));

const patchChildren = (d: Draft, gi: number, ci: number, change: (children: DraftSub[]) => DraftSub[]): Draft =>
  patchCriteria(d, gi, (cs) => at(cs, ci, (c) => withChildren(c, change(c.children))));

export const patchSub = (d: Draft, gi: number, ci: number, si: number, patch: Partial<DraftSub>): Draft =>
  patchChildren(d, gi, ci, (ss) => at(ss, si, (s) => ({ ...s, ...patch })));

export const addCriterion = (d: Draft, gi: number): Draft => {
  const group = d.groups[gi] as DraftGroup;
  const code = nextCode(
    group.criteria.map((c) => c.code),
    `${gi + 1}.${group.criteria.length + 1}`,
  );
  return patchCriteria(d, gi, (cs) => [...cs, blankCriterion(code)]);
};

/** The first sub-criterion takes over its criterion's maximum and kind, so the sums do not move. */
export const addSub = (d: Draft, gi: number, ci: number): Draft =>
  patchChildren(d, gi, ci, (ss) => {
    const parent = (d.groups[gi] as DraftGroup).criteria[ci] as DraftCriterion;
    const { children: _children, ...fresh } = blankCriterion(nextCode(ss.map((s) => s.code), `${parent.code}.${String.fromCharCode(97 + (ss.length % 26))}`));
    return ss.length === 0 ? [{ ...fresh, max: parent.max, kind: parent.kind }] : [...ss, fresh];
  });

/** Moves a criterion within its group or to a place in another group (dragging across groups). */
export function moveCriterion(d: Draft, gi: number, from: number, toGroup: number, to: number): Draft {
  if (gi === toGroup) return patchCriteria(d, gi, (cs) => move(cs, from, to));
  const item = (d.groups[gi] as DraftGroup).criteria[from] as DraftCriterion;
  const removed = patchCriteria(d, gi, (cs) => cs.filter((_, i) => i !== from));
  return patchCriteria(removed, toGroup, (cs) => insertAt(cs, to, item));
}

export const moveSub = (d: Draft, gi: number, ci: number, from: number, to: number): Draft =>
  patchChildren(d, gi, ci, (ss) => move(ss, from, to));

export const copyCriterion = (d: Draft, gi: number, ci: number): Draft =>
  patchCriteria(d, gi, (cs) => insertAt(cs, ci + 1, copyOfCriterion(cs[ci] as DraftCriterion)));

export const copySub = (d: Draft, gi: number, ci: number, si: number): Draft =>
  patchChildren(d, gi, ci, (ss) => insertAt(ss, si + 1, copyOfSub(ss[si] as DraftSub)));

export const removeCriterion = (d: Draft, gi: number, ci: number): Draft => patchCriteria(d, gi, (cs) => cs.filter((_, i) => i !== ci));

export const removeSub = (d: Draft, gi: number, ci: number, si: number): Draft => patchChildren(d, gi, ci, (ss) => ss.filter((_, i) => i !== si));

/** Undo of a deletion: back at its place in its group, if the group is still there. */
export function restoreCriterion(d: Draft, groupKey: string, index: number, item: DraftCriterion): Draft {
  const gi = d.groups.findIndex((g) => g.key === groupKey);
  return gi < 0 ? d : patchCriteria(d, gi, (cs) => insertAt(cs, Math.min(index, cs.length), item));
}

export function restoreSub(d: Draft, parentKey: string, index: number, item: DraftSub): Draft {
  for (const [gi, g] of d.groups.entries()) {
    const ci = g.criteria.findIndex((c) => c.key === parentKey);
    if (ci >= 0) return patchChildren(d, gi, ci, (ss) => insertAt(ss, Math.min(index, ss.length), item));
  }
  return d;
}
