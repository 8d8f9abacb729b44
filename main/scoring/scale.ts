// What the scale editor shows beside the scale: its sums, and what stops it from being locked.
import type Big from 'big.js';
import type { Criterion, ScaleDefinition, ScaleProblem } from '../contract/scoring.js';
import { sameNameKey } from '../common/vietnamese.js';
import { formatPoints, plain, sum, toBig } from './decimal.js';

/** A criterion's maximum as scored: with sub-criteria, theirs added up. */
function effectiveMax(c: Criterion): Big {
  return c.children.length === 0 ? toBig(c.max) : sum(c.children.map((s) => toBig(s.max)));
}

function groupSum(criteria: Criterion[]): Big {
  return sum(criteria.map(effectiveMax));
}

/** Sum of the criteria's maximums per group and overall (plain decimal strings). */
export function scaleSums(def: ScaleDefinition): { groups: { key: string; max: string }[]; total: string } {
  const groups = def.groups.map((g) => ({ key: g.key, sum: groupSum(g.criteria) }));
  return { groups: groups.map((g) => ({ key: g.key, max: plain(g.sum) })), total: plain(sum(groups.map((g) => g.sum))) };
}

/** "chưa bằng" when short, "vượt" when over: how far a sum is from what it should be. */
const against = (got: Big, expected: Big) => (got.lt(expected) ? 'chưa bằng' : 'vượt');

/** Reasons the scale cannot be locked, in Vietnamese, each with the path of the field to fix. */
export function scaleProblems(def: ScaleDefinition): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (def.groups.length === 0) add('groups', 'Thang điểm chưa có nhóm tiêu chí nào');
  const base = toBig(def.base);
  const groupsMax = sum(def.groups.map((g) => toBig(g.max)));
  if (def.groups.length > 0 && !groupsMax.eq(base)) {
    add('base', `Các nhóm cộng lại ${formatPoints(groupsMax)} điểm, ${against(groupsMax, base)} tổng điểm chuẩn ${formatPoints(base)}`);
  }

  def.groups.forEach((g, gi) => {
    const at = `groups.${gi}`;
    if (g.criteria.length === 0) {
      add(`${at}.criteria`, `Nhóm ${g.code} chưa có tiêu chí nào`);
      return;
    }
    const got = groupSum(g.criteria);
    const max = toBig(g.max);
    if (!got.eq(max)) {
      add(`${at}.max`, `Các tiêu chí của nhóm ${g.code} cộng lại ${formatPoints(got)} điểm, ${against(got, max)} điểm tối đa của nhóm ${formatPoints(max)}`);
    }
    g.criteria.forEach((c, ci) => {
      if (c.children.length === 0) return;
      const children = effectiveMax(c);
      const own = toBig(c.max);
      if (!children.eq(own)) {
        add(
          `${at}.criteria.${ci}.max`,
          `Các tiêu chí con của tiêu chí ${c.code} cộng lại ${formatPoints(children)} điểm, ${against(children, own)} điểm tối đa của tiêu chí ${formatPoints(own)}`,
        );
      }
    });
  });

  duplicateKeys(def, add);
  duplicateCodes(def, add);
  bandProblems(def, add);
  tieBreakProblems(def, add);
  return problems;
}

type Add = (path: string, message: string) => void;

/** Scores refer to items by key, so a key used twice would let two items share their scores. */
function duplicateKeys(def: ScaleDefinition, add: Add) {
  const seen = new Set<string>();
  const check = (key: string, path: string) => {
    if (seen.has(key)) add(path, `Mã nội bộ “${key}” đã dùng cho một mục khác của thang điểm`);
    seen.add(key);
  };
  def.groups.forEach((g, gi) => {
    check(g.key, `groups.${gi}.key`);
    g.criteria.forEach((c, ci) => {
      check(c.key, `groups.${gi}.criteria.${ci}.key`);
      c.children.forEach((s, si) => check(s.key, `groups.${gi}.criteria.${ci}.children.${si}.key`));
    });
  });
  def.bonus.forEach((b, i) => check(b.key, `bonus.${i}.key`));
  def.deductions.forEach((d, i) => check(d.key, `deductions.${i}.key`));
}

/** Codes are how officers and the workbooks name criteria: two "1.2" would be read as one. */
function duplicateCodes(def: ScaleDefinition, add: Add) {
  const groupCodes = new Set<string>();
  const criterionCodes = new Set<string>();
  def.groups.forEach((g, gi) => {
    const gk = sameNameKey(g.code);
    if (groupCodes.has(gk)) add(`groups.${gi}.code`, `Mã nhóm ${g.code} bị trùng với một nhóm khác`);
    groupCodes.add(gk);
    const check = (code: string, path: string) => {
      const k = sameNameKey(code);
      if (criterionCodes.has(k)) add(path, `Mã tiêu chí ${code} bị trùng với một tiêu chí khác`);
      criterionCodes.add(k);
    };
    g.criteria.forEach((c, ci) => {
      check(c.code, `groups.${gi}.criteria.${ci}.code`);
      c.children.forEach((s, si) => check(s.code, `groups.${gi}.criteria.${ci}.children.${si}.code`));
    });
  });
}

function bandProblems(def: ScaleDefinition, add: Add) {
  const labels = new Set<string>();
  const mins = new Set<string>();
  def.bands.forEach((b, i) => {
    const label = sameNameKey(b.label);
    if (labels.has(label)) add(`bands.${i}.label`, `Mức xếp loại “${b.label}” bị trùng`);
    labels.add(label);
    const min = plain(toBig(b.min));
    if (mins.has(min)) add(`bands.${i}.min`, `Hai mức xếp loại cùng bắt đầu từ ${formatPoints(min)} điểm`);
    mins.add(min);
  });
  if (def.bands.length === 0) return;
  let lowest = 0;
  def.bands.forEach((b, i) => {
    if (toBig(b.min).lt(def.bands[lowest]!.min)) lowest = i;
  });
  const low = def.bands[lowest]!;
  if (!toBig(low.min).eq(0)) {
    const min = formatPoints(toBig(low.min));
    add(
      `bands.${lowest}.min`,
      `Mức xếp loại thấp nhất (“${low.label}”) bắt đầu từ ${min} điểm: đơn vị dưới ${min} điểm sẽ không được xếp loại; mức thấp nhất phải bắt đầu từ 0`,
    );
  }
}

function tieBreakProblems(def: ScaleDefinition, add: Add) {
  const groupKeys = new Set(def.groups.map((g) => g.key));
  def.tieBreaks.forEach((t, i) => {
    if (t.type === 'group' && !groupKeys.has(t.groupKey)) {
      add(`tieBreaks.${i}.groupKey`, `Thứ tự ưu tiên khi bằng điểm (bước ${i + 1}) dùng một nhóm không có trong thang điểm`);
    }
    if (t.type === 'revote' && i !== def.tieBreaks.length - 1) {
      add(`tieBreaks.${i}`, 'Bỏ phiếu lại phải là bước cuối cùng của thứ tự ưu tiên khi bằng điểm');
    }
  });
}
