// The grid's columns: each scored item of the scale as two cells ("Tự chấm" | "Khối chấm"), filtered by
// group, and the header bands above them.
import type { ScaleDefinition } from '../../../main/contract/index.js';
import { formatPoints, scoredItems, type ScoredItem } from '../../../main/scoring/index.js';
import type { Side } from './sheet';

/** "all", a group's key, or the bonus and deduction items together. */
export type GroupFilter = string;
export const ALL = 'all';
const EXTRAS = 'extras';

export interface GridColumn {
  item: ScoredItem;
  side: Side;
}

export interface Band {
  key: string;
  label: string;
  title: string;
  /** Number of items (each spans two cells). */
  items: number;
}

interface ItemDetails {
  /** The criterion's guidance, or the group's when the criterion has none. */
  guidance: string;
  /** What kind of figure the cell takes, in words. */
  takes: string;
}

export const SIDES: readonly Side[] = ['self', 'bloc'];
export const sideLabel: Record<Side, string> = { self: 'Tự chấm', bloc: 'Khối chấm' };

const inFilter = (item: ScoredItem, filter: GroupFilter) =>
  filter === ALL || (filter === EXTRAS ? item.role !== 'criterion' : item.role === 'criterion' && item.groupKey === filter);

export function visibleItems(def: ScaleDefinition, filter: GroupFilter): ScoredItem[] {
  return scoredItems(def).filter((item) => inFilter(item, filter));
}

export const gridColumns = (items: readonly ScoredItem[]): GridColumn[] => items.flatMap((item) => SIDES.map((side) => ({ item, side })));

/** Consecutive items of one group, of the bonus items, of the deductions: one band each. */
export function bands(def: ScaleDefinition, items: readonly ScoredItem[]): Band[] {
  const out: Band[] = [];
  for (const item of items) {
    const key = item.role === 'criterion' ? item.groupKey : item.role;
    const last = out.at(-1);
    if (last?.key === key) {
      last.items += 1;
      continue;
    }
    const group = item.role === 'criterion' ? def.groups.find((g) => g.key === item.groupKey) : undefined;
    const label = group ? `${group.code}. ${group.name}` : item.role === 'bonus' ? 'Điểm thưởng (số lần)' : 'Điểm trừ (số lần)';
    out.push({ key, label, title: group ? `${label} — tối đa ${formatPoints(String(group.max))} điểm` : label, items: 1 });
  }
  return out;
}

/** The header of an item's two cells: its code (a short name for bonus and deductions). */
export const itemHeading = (item: ScoredItem): string => (item.role === 'criterion' ? item.code : item.name);

/** The header's tooltip: the full name and the item's limit. */
export function itemTitle(item: ScoredItem): string {
  if (item.role === 'criterion') return `${item.code}. ${item.name} — tối đa ${formatPoints(String(item.max))} điểm`;
  if (item.role === 'bonus') return `${item.name} — ${formatPoints(String(item.points))} điểm mỗi lần, tối đa ${item.maxCount} lần`;
  return `${item.name} — trừ ${formatPoints(String(item.points))} điểm mỗi lần${item.disqualifies ? '; không xét xếp hạng' : ''}`;
}

/** The limit shown under the header's code. */
export function itemLimit(item: ScoredItem): string {
  if (item.role === 'criterion') return `${formatPoints(String(item.max))}đ`;
  if (item.role === 'bonus') return `+${formatPoints(String(item.points))}`;
  return `−${formatPoints(String(item.points))}`;
}

export function itemDetails(def: ScaleDefinition, item: ScoredItem): ItemDetails {
  if (item.role === 'bonus') return { guidance: '', takes: `Số lần đạt (số nguyên, tối đa ${item.maxCount})` };
  if (item.role === 'deduction') return { guidance: '', takes: item.disqualifies ? 'Số lần vi phạm; vi phạm thì không xét xếp hạng' : 'Số lần vi phạm (số nguyên)' };
  const group = def.groups.find((g) => g.key === item.groupKey);
  const parent = group?.criteria.find((c) => c.key === (item.parentKey ?? item.key));
  const own = item.parentKey === null ? parent : parent?.children.find((c) => c.key === item.key);
  const guidance = own?.guidance || parent?.guidance || group?.guidance || '';
  const max = formatPoints(String(item.max));
  switch (item.kind.type) {
    case 'judgement':
      return { guidance, takes: `Điểm từ 0 đến ${max}` };
    case 'passFail':
      return { guidance, takes: `Đạt: ${max} điểm; không đạt: 0` };
    case 'count':
      return { guidance, takes: `Số lần (số nguyên), mỗi lần ${formatPoints(String(item.kind.pointsEach))} điểm, tối đa ${max}` };
    case 'target': {
      const unit = item.kind.unit === '%' ? '%' : item.kind.unit ? ` ${item.kind.unit}` : '';
      return { guidance, takes: `Kết quả thực hiện so với chỉ tiêu ${String(item.kind.target).replace('.', ',')}${unit}` };
    }
  }
}

/** The filter's choices: every group, then bonus and deductions when the scale has any. */
export function filterOptions(def: ScaleDefinition): { value: GroupFilter; label: string }[] {
  const extras = def.bonus.length + def.deductions.length > 0 ? [{ value: EXTRAS, label: 'Thưởng/Trừ' }] : [];
  return [{ value: ALL, label: 'Tất cả' }, ...def.groups.map((g) => ({ value: g.key, label: `Nhóm ${g.code}` })), ...extras];
}
