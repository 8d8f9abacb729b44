import { describe, expect, it } from 'vitest';
import { entryProblem, scoredItems, type ScoredItem } from '../../../main/scoring/index.js';
import { scale, template } from './helpers.js';

const withChildren = scale({
  base: 10,
  bonusCap: 5,
  groups: [
    {
      key: 'g1',
      code: 'I',
      name: 'Nhóm I',
      max: 10,
      criteria: [
        {
          key: 'c1',
          code: '1.1',
          name: 'Tiêu chí có tiêu chí con',
          max: 6,
          children: [
            { key: 'c1a', code: '1.1.a', name: 'Con a', max: 2 },
            { key: 'c1b', code: '1.1.b', name: 'Con b', max: 4, kind: { type: 'passFail' } },
          ],
        },
        { key: 'c2', code: '1.2', name: 'Tiêu chí đơn', max: 4 },
      ],
    },
  ],
  bonus: [{ key: 'b1', name: 'Sáng kiến', points: 1, maxCount: 3 }],
  deductions: [{ key: 'd1', name: 'Báo cáo chậm', points: 1 }],
});

describe('the items that take a figure', () => {
  it('lists sub-criteria in place of their parent, then bonus items, then deductions', () => {
    const items = scoredItems(withChildren);
    expect(items.map((i) => `${i.role}:${i.key}`)).toEqual(['criterion:c1a', 'criterion:c1b', 'criterion:c2', 'bonus:b1', 'deduction:d1']);
    expect(items[0]).toMatchObject({ code: '1.1.a', max: 2, groupKey: 'g1', groupCode: 'I', parentKey: 'c1', kind: { type: 'judgement' } });
    expect(items[1]).toMatchObject({ kind: { type: 'passFail' }, parentKey: 'c1' });
    expect(items[2]).toMatchObject({ code: '1.2', parentKey: null });
    expect(items[3]).toEqual({ role: 'bonus', key: 'b1', name: 'Sáng kiến', points: 1, maxCount: 3 });
    expect(items[4]).toEqual({ role: 'deduction', key: 'd1', name: 'Báo cáo chậm', points: 1, disqualifies: false });
  });

  it('lists the template in order: 12 criteria, 5 bonus items, 3 deductions', () => {
    const items = scoredItems(template());
    const codes = items.flatMap((i) => (i.role === 'criterion' ? [i.code] : []));
    expect(codes).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4']);
    expect(items.filter((i) => i.role === 'bonus')).toHaveLength(5);
    expect(items.filter((i) => i.role === 'deduction')).toHaveLength(3);
  });
});

const criterion = (kind: Extract<ScoredItem, { role: 'criterion' }>['kind'], max = 10): ScoredItem => ({
  role: 'criterion',
  key: 'c',
  code: '1.2',
  name: 'Tiêu chí',
  max,
  kind,
  groupKey: 'g1',
  groupCode: 'I',
  parentKey: null,
});

describe('what a cell accepts', () => {
  it('judgement: 0 up to the maximum, two decimals', () => {
    const item = criterion({ type: 'judgement' });
    expect(entryProblem(item, '0')).toBeNull();
    expect(entryProblem(item, '9.75')).toBeNull();
    expect(entryProblem(item, '10')).toBeNull();
    expect(entryProblem(item, '10.01')).toBe('Tiêu chí 1.2: điểm không được vượt quá tối đa 10');
    expect(entryProblem(item, '9.755')).toBe('Tiêu chí 1.2: điểm có tối đa hai chữ số thập phân');
    expect(entryProblem(criterion({ type: 'judgement' }, 7.5), '8')).toBe('Tiêu chí 1.2: điểm không được vượt quá tối đa 7,5');
  });

  it('refuses what is not a number, and negatives', () => {
    const item = criterion({ type: 'judgement' });
    expect(entryProblem(item, 'mười')).toBe('Tiêu chí 1.2: phải nhập một số, ví dụ 7,5');
    expect(entryProblem(item, '-1')).toBe('Tiêu chí 1.2: không được nhập số âm');
  });

  it('pass/fail: only 0 or the maximum', () => {
    const item = criterion({ type: 'passFail' }, 5);
    expect(entryProblem(item, '0')).toBeNull();
    expect(entryProblem(item, '5')).toBeNull();
    expect(entryProblem(item, '5.0')).toBeNull();
    expect(entryProblem(item, '2.5')).toBe('Tiêu chí 1.2: tiêu chí đạt/không đạt chỉ nhận 0 hoặc 5');
  });

  it('count: any whole number of times (the points are capped later)', () => {
    const item = criterion({ type: 'count', pointsEach: 1 }, 5);
    expect(entryProblem(item, '0')).toBeNull();
    expect(entryProblem(item, '12')).toBeNull();
    expect(entryProblem(item, '1.5')).toBe('Tiêu chí 1.2: số lần phải là số nguyên');
  });

  it('target: any actual figure from 0, however large', () => {
    const item = criterion({ type: 'target', target: 100, unit: '%' });
    expect(entryProblem(item, '0')).toBeNull();
    expect(entryProblem(item, '250.75')).toBeNull();
    expect(entryProblem(item, '-5')).toBe('Tiêu chí 1.2: không được nhập số âm');
  });

  it('bonus: a whole number of times, at most as many as the scale allows', () => {
    const item: ScoredItem = { role: 'bonus', key: 'b4', name: 'Sáng kiến cấp tỉnh', points: 1, maxCount: 3 };
    expect(entryProblem(item, '0')).toBeNull();
    expect(entryProblem(item, '3')).toBeNull();
    expect(entryProblem(item, '4')).toBe('Mục điểm thưởng “Sáng kiến cấp tỉnh”: số lần đạt không được vượt quá 3');
    expect(entryProblem(item, '1.5')).toBe('Mục điểm thưởng “Sáng kiến cấp tỉnh”: số lần đạt phải là số nguyên');
  });

  it('deduction: a whole number of occurrences, no upper limit', () => {
    const item: ScoredItem = { role: 'deduction', key: 'd1', name: 'Báo cáo chậm', points: 1, disqualifies: false };
    expect(entryProblem(item, '12')).toBeNull();
    expect(entryProblem(item, '0.5')).toBe('Mục điểm trừ “Báo cáo chậm”: số lần vi phạm phải là số nguyên');
  });
});
