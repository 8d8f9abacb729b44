import { describe, expect, it } from 'vitest';
import type { ScaleDefinitionInput } from '../../../main/contract/scoring.js';
import { scaleProblems, scaleSums } from '../../../main/scoring/index.js';
import { scale, template, templateWith } from './helpers.js';

type Input = ScaleDefinitionInput;
const group = (input: Input, i: number) => input.groups[i]!;
const crit = (input: Input, g: number, c: number) => input.groups[g]!.criteria[c]!;

describe('the template scale', () => {
  it('can be locked as it is', () => {
    expect(scaleProblems(template())).toEqual([]);
  });

  it('adds up to 60 + 20 + 20 = 100', () => {
    expect(scaleSums(template())).toEqual({
      groups: [
        { key: 'g1', max: '60' },
        { key: 'g2', max: '20' },
        { key: 'g3', max: '20' },
      ],
      total: '100',
    });
  });
});

describe('sums', () => {
  it('counts a criterion with sub-criteria as its sub-criteria added up', () => {
    const def = templateWith((input) => {
      crit(input, 0, 0).children = [
        { key: 'c1-1-a', code: '1.1.a', name: 'Chỉ tiêu kinh tế', max: 20 },
        { key: 'c1-1-b', code: '1.1.b', name: 'Chỉ tiêu xã hội', max: 8 },
      ];
    });
    expect(scaleSums(def).groups[0]).toEqual({ key: 'g1', max: '58' });
    expect(scaleSums(def).total).toBe('98');
    expect(scaleProblems(def)).toEqual([
      { path: 'groups.0.max', message: 'Các tiêu chí của nhóm I cộng lại 58 điểm, chưa bằng điểm tối đa của nhóm 60' },
      { path: 'groups.0.criteria.0.max', message: 'Các tiêu chí con của tiêu chí 1.1 cộng lại 28 điểm, chưa bằng điểm tối đa của tiêu chí 30' },
    ]);
  });

  it('adds decimals exactly: 0.1 + 0.2 is a group of 0.3', () => {
    const def = scale({
      base: 100,
      bonusCap: 0,
      groups: [
        { key: 'g1', code: 'I', name: 'Nhóm lớn', max: 99.7, criteria: [{ key: 'a', code: '1.1', name: 'A', max: 99.7 }] },
        {
          key: 'g2',
          code: 'II',
          name: 'Nhóm nhỏ',
          max: 0.3,
          criteria: [
            { key: 'b', code: '2.1', name: 'B', max: 0.1 },
            { key: 'c', code: '2.2', name: 'C', max: 0.2 },
          ],
        },
      ],
    });
    expect(scaleSums(def)).toEqual({ groups: [{ key: 'g1', max: '99.7' }, { key: 'g2', max: '0.3' }], total: '100' });
    expect(scaleProblems(def)).toEqual([]);
  });
});

describe('what stops a scale from being locked', () => {
  it('no group at all', () => {
    expect(scaleProblems(scale({ base: 100, bonusCap: 10, groups: [] }))).toEqual([{ path: 'groups', message: 'Thang điểm chưa có nhóm tiêu chí nào' }]);
  });

  it('a group without criteria', () => {
    const def = templateWith((input) => {
      group(input, 2).criteria = [];
    });
    expect(scaleProblems(def)).toEqual([{ path: 'groups.2.criteria', message: 'Nhóm III chưa có tiêu chí nào' }]);
  });

  it('groups that do not add up to the base', () => {
    const short = templateWith((input) => {
      group(input, 0).max = 55;
      crit(input, 0, 0).max = 25;
    });
    expect(scaleProblems(short)).toEqual([{ path: 'base', message: 'Các nhóm cộng lại 95 điểm, chưa bằng tổng điểm chuẩn 100' }]);
    const over = templateWith((input) => {
      input.base = 90;
    });
    expect(scaleProblems(over)).toEqual([{ path: 'base', message: 'Các nhóm cộng lại 100 điểm, vượt tổng điểm chuẩn 90' }]);
  });

  it('criteria that do not add up to their group', () => {
    const def = templateWith((input) => {
      crit(input, 1, 3).max = 7.5;
    });
    expect(scaleProblems(def)).toEqual([
      { path: 'groups.1.max', message: 'Các tiêu chí của nhóm II cộng lại 22,5 điểm, vượt điểm tối đa của nhóm 20' },
    ]);
  });

  it('sub-criteria that do not add up to their criterion', () => {
    const def = templateWith((input) => {
      crit(input, 0, 1).max = 10;
      crit(input, 0, 1).children = [
        { key: 'c1-2-a', code: '1.2.a', name: 'Đột xuất', max: 6 },
        { key: 'c1-2-b', code: '1.2.b', name: 'Đúng hạn', max: 4 },
      ];
    });
    expect(scaleProblems(def)).toEqual([]);
    const wrong = templateWith((input) => {
      crit(input, 0, 1).children = [
        { key: 'c1-2-a', code: '1.2.a', name: 'Đột xuất', max: 6 },
        { key: 'c1-2-b', code: '1.2.b', name: 'Đúng hạn', max: 5 },
      ];
    });
    expect(scaleProblems(wrong)).toContainEqual({
      path: 'groups.0.criteria.1.max',
      message: 'Các tiêu chí con của tiêu chí 1.2 cộng lại 11 điểm, vượt điểm tối đa của tiêu chí 10',
    });
  });

  it('a key used twice anywhere in the scale', () => {
    const def = templateWith((input) => {
      crit(input, 1, 0).key = 'c1-1';
      input.deductions![0]!.key = 'b1';
    });
    expect(scaleProblems(def)).toEqual([
      { path: 'groups.1.criteria.0.key', message: 'Mã nội bộ “c1-1” đã dùng cho một mục khác của thang điểm' },
      { path: 'deductions.0.key', message: 'Mã nội bộ “b1” đã dùng cho một mục khác của thang điểm' },
    ]);
  });

  it('a criterion code used twice, also by a sub-criterion, and a group code used twice', () => {
    const def = templateWith((input) => {
      crit(input, 1, 0).code = '1.1';
      crit(input, 2, 0).children = [{ key: 'c3-1-a', code: '1.2', name: 'Con', max: 5 }];
      group(input, 1).code = 'I';
    });
    expect(scaleProblems(def)).toEqual([
      { path: 'groups.1.code', message: 'Mã nhóm I bị trùng với một nhóm khác' },
      { path: 'groups.1.criteria.0.code', message: 'Mã tiêu chí 1.1 bị trùng với một tiêu chí khác' },
      { path: 'groups.2.criteria.0.children.0.code', message: 'Mã tiêu chí 1.2 bị trùng với một tiêu chí khác' },
    ]);
  });

  it('two bands with the same label or the same minimum', () => {
    const def = templateWith((input) => {
      input.bands![1]!.label = 'Hoàn thành xuất sắc nhiệm vụ';
      input.bands![2]!.min = 85;
    });
    expect(scaleProblems(def)).toEqual([
      { path: 'bands.1.label', message: 'Mức xếp loại “Hoàn thành xuất sắc nhiệm vụ” bị trùng' },
      { path: 'bands.2.min', message: 'Hai mức xếp loại cùng bắt đầu từ 85 điểm' },
    ]);
  });

  it('a lowest band that does not start at 0, which would leave low totals unclassified', () => {
    const def = templateWith((input) => {
      input.bands = input.bands!.slice(0, 3);
    });
    expect(scaleProblems(def)).toEqual([
      {
        path: 'bands.2.min',
        message:
          'Mức xếp loại thấp nhất (“Hoàn thành nhiệm vụ”) bắt đầu từ 70 điểm: đơn vị dưới 70 điểm sẽ không được xếp loại; mức thấp nhất phải bắt đầu từ 0',
      },
    ]);
  });

  it('a tie-break on a group that does not exist', () => {
    const def = templateWith((input) => {
      input.tieBreaks![0] = { type: 'group', groupKey: 'g9' };
    });
    expect(scaleProblems(def)).toEqual([
      { path: 'tieBreaks.0.groupKey', message: 'Thứ tự ưu tiên khi bằng điểm (bước 1) dùng một nhóm không có trong thang điểm' },
    ]);
  });

  it('a re-vote that is not the last tie-break', () => {
    const def = templateWith((input) => {
      input.tieBreaks = [{ type: 'group', groupKey: 'g1' }, { type: 'revote' }, { type: 'bonusCount' }];
    });
    expect(scaleProblems(def)).toEqual([{ path: 'tieBreaks.1', message: 'Bỏ phiếu lại phải là bước cuối cùng của thứ tự ưu tiên khi bằng điểm' }]);
  });

  it('accepts count criteria worth more each time than their maximum, target criteria, and no bands', () => {
    const def = templateWith((input) => {
      crit(input, 1, 2).kind = { type: 'count', pointsEach: 10 };
      crit(input, 0, 3).kind = { type: 'target', target: 95, unit: '%' };
      input.bands = [];
    });
    expect(scaleProblems(def)).toEqual([]);
  });
});
