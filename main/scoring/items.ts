// The items of a scale that take a figure, in the order the score grid shows them, and what figure each
// one accepts.
import type { CriterionKind, ScaleDefinition } from '../contract/scoring.js';
import { formatPoints, toBig } from './decimal.js';

export type ScoredItem =
  | {
      role: 'criterion';
      key: string;
      code: string;
      name: string;
      max: number;
      kind: CriterionKind;
      groupKey: string;
      groupCode: string;
      /** The criterion this one is a sub-criterion of. */
      parentKey: string | null;
    }
  | { role: 'bonus'; key: string; name: string; points: number; maxCount: number }
  | { role: 'deduction'; key: string; name: string; points: number; disqualifies: boolean };

export type ScoredCriterion = Extract<ScoredItem, { role: 'criterion' }>;

/** Leaf criteria in order (a criterion with sub-criteria is scored through them), then bonus items, then deductions. */
export function scoredItems(def: ScaleDefinition): ScoredItem[] {
  const items: ScoredItem[] = [];
  for (const group of def.groups) {
    const inGroup = { groupKey: group.key, groupCode: group.code };
    for (const c of group.criteria) {
      if (c.children.length === 0) {
        items.push({ role: 'criterion', key: c.key, code: c.code, name: c.name, max: c.max, kind: c.kind, ...inGroup, parentKey: null });
        continue;
      }
      for (const s of c.children) {
        items.push({ role: 'criterion', key: s.key, code: s.code, name: s.name, max: s.max, kind: s.kind, ...inGroup, parentKey: c.key });
      }
    }
  }
  for (const b of def.bonus) items.push({ role: 'bonus', key: b.key, name: b.name, points: b.points, maxCount: b.maxCount });
  for (const d of def.deductions) items.push({ role: 'deduction', key: d.key, name: d.name, points: d.points, disqualifies: d.disqualifies });
  return items;
}

/** How a message names the item: "Tiêu chí 1.2", "Mục điểm thưởng “…”". */
export function itemLabel(item: ScoredItem): string {
  if (item.role === 'criterion') return `Tiêu chí ${item.code}`;
  if (item.role === 'bonus') return `Mục điểm thưởng “${item.name}”`;
  return `Mục điểm trừ “${item.name}”`;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;
const TWO_DECIMALS = /^\d+(\.\d{1,2})?$/;

/**
 * The Vietnamese message when `value` (a canonical decimal string like "7.5") is not acceptable for the
 * item, else null. Points are checked against their limits; counts must be whole numbers.
 */
export function entryProblem(item: ScoredItem, value: string): string | null {
  const label = itemLabel(item);
  const text = value.trim();
  if (/^-\d+(\.\d+)?$/.test(text)) return `${label}: không được nhập số âm`;
  if (!DECIMAL.test(text)) return `${label}: phải nhập một số, ví dụ 7,5`;
  const figure = toBig(text);

  if (item.role === 'bonus') {
    if (!WHOLE.test(text)) return `${label}: số lần đạt phải là số nguyên`;
    if (figure.gt(item.maxCount)) return `${label}: số lần đạt không được vượt quá ${item.maxCount}`;
    return null;
  }
  if (item.role === 'deduction') {
    return WHOLE.test(text) ? null : `${label}: số lần vi phạm phải là số nguyên`;
  }

  switch (item.kind.type) {
    case 'judgement':
      if (figure.gt(item.max)) return `${label}: điểm không được vượt quá tối đa ${formatPoints(toBig(item.max))}`;
      if (!TWO_DECIMALS.test(text)) return `${label}: điểm có tối đa hai chữ số thập phân`;
      return null;
    case 'passFail':
      if (figure.eq(0) || figure.eq(item.max)) return null;
      return `${label}: tiêu chí đạt/không đạt chỉ nhận 0 hoặc ${formatPoints(toBig(item.max))}`;
    case 'count':
      // The points are capped at the maximum when computed; the count itself may be any size.
      return WHOLE.test(text) ? null : `${label}: số lần phải là số nguyên`;
    case 'target':
      // An actual figure (a percentage, a number of files): any size, the formula places it.
      return null;
  }
}
