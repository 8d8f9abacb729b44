import { describe, expect, it } from 'vitest';
import { computeStandings, type Member } from '../../../main/scoring/index.js';
import { entry, scale, selfScores, standingOf, template } from './helpers.js';

const units: Member[] = [
  { unitId: 1, unitName: 'Sở Y tế' },
  { unitId: 2, unitName: 'Sở Văn hóa, Thể thao và Du lịch' },
  { unitId: 3, unitName: 'Sở Giáo dục và Đào tạo' },
  { unitId: 4, unitName: 'Sở Tư pháp' },
];

/** One group holding a criterion of each kind, 40 points. */
const kinds = scale({
  base: 40,
  bonusCap: 0,
  groups: [
    {
      key: 'g1',
      code: 'I',
      name: 'Nhiệm vụ chuyên môn',
      max: 40,
      criteria: [
        { key: 'j', code: '1.1', name: 'Đánh giá chung', max: 10 },
        { key: 'pf', code: '1.2', name: 'Có kế hoạch năm', max: 5, kind: { type: 'passFail' } },
        { key: 'n', code: '1.3', name: 'Tin bài đăng tải', max: 5, kind: { type: 'count', pointsEach: 1.5 } },
        { key: 't', code: '1.4', name: 'Tỷ lệ hồ sơ đúng hạn', max: 10, kind: { type: 'target', target: 100, unit: '%' } },
        {
          key: 'p',
          code: '1.5',
          name: 'Cải cách hành chính',
          max: 10,
          children: [
            { key: 'p-a', code: '1.5.a', name: 'Chỉ số PAR', max: 4 },
            { key: 'p-b', code: '1.5.b', name: 'Chỉ số SIPAS', max: 6 },
          ],
        },
      ],
    },
  ],
});

/** A scale of one target criterion. */
const targetScale = (max: number, target: number) =>
  scale({
    base: max,
    bonusCap: 0,
    groups: [{ key: 'g1', code: 'I', name: 'Chỉ tiêu', max, criteria: [{ key: 't', code: '1.1', name: 'Chỉ tiêu', max, kind: { type: 'target', target } }] }],
  });

const finalGroup = (s: ReturnType<typeof computeStandings>, unitId: number) => standingOf(s, unitId).groups[0]!.final;

describe('points of each kind of criterion', () => {
  it('judgement and pass/fail count their figure; a count is times × points each, capped at the maximum', () => {
    const standings = computeStandings(kinds, units.slice(0, 2), [
      entry(1, 'j', '7.5'),
      entry(1, 'pf', '5'),
      entry(1, 'n', '3'),
      entry(2, 'j', '10'),
      entry(2, 'pf', '0'),
      entry(2, 'n', '4'),
    ]);
    // 7.5 + 5 + 3 × 1.5
    expect(standingOf(standings, 1).total).toBe('17');
    expect(standingOf(standings, 1).lines[0]!.detail).toContain('1.3: 4,5 (3 lần)');
    // 10 + 0 + min(4 × 1.5, 5)
    expect(standingOf(standings, 2).total).toBe('15');
  });

  it('target: below, at, between the target and the best, and the best', () => {
    const figures = { 1: '80', 2: '100', 3: '110', 4: '120' };
    const standings = computeStandings(
      kinds,
      units,
      Object.entries(figures).map(([id, actual]) => entry(Number(id), 't', actual)),
    );
    expect(finalGroup(standings, 1)).toBe('4'); // 0.5 × 10 × 80/100
    expect(finalGroup(standings, 2)).toBe('5'); // at the target: half
    expect(finalGroup(standings, 3)).toBe('7.5'); // 5 + 5 × (110 − 100)/(120 − 100)
    expect(finalGroup(standings, 4)).toBe('10'); // the bloc's best
    expect(standingOf(standings, 3).lines[0]!.detail).toContain('1.4: 7,5 (thực hiện 110%, chỉ tiêu 100%)');
  });

  it('target: when nobody passes the target, reaching it earns half, not the maximum', () => {
    const standings = computeStandings(kinds, units.slice(0, 2), [entry(1, 't', '100'), entry(2, 't', '90')]);
    expect(finalGroup(standings, 1)).toBe('5');
    expect(finalGroup(standings, 2)).toBe('4.5');
  });

  it('target: rounded half-up to two decimals, exactly', () => {
    // 0.5 × 10 × 1/3 = 1.666…
    expect(computeStandings(targetScale(10, 3), units.slice(0, 1), [entry(1, 't', '1')])[0]!.total).toBe('1.67');
    // Half of 2.01 is 1.005: half-up gives 1.01 (binary floats would print 1).
    expect(computeStandings(targetScale(2.01, 50), units.slice(0, 1), [entry(1, 't', '50')])[0]!.total).toBe('1.01');
  });

  it('target: the self total measures against the best self figure, the final total against the best final figure', () => {
    const standings = computeStandings(kinds, units.slice(0, 2), [entry(1, 't', '130', '110', 'Số liệu chưa khớp báo cáo'), entry(2, 't', '120')]);
    const first = standingOf(standings, 1);
    const second = standingOf(standings, 2);
    // Final: best 120 → 5 + 5 × 10/20; self: best 130 (its own) → max.
    expect(first.total).toBe('7.5');
    expect(first.selfTotal).toBe('10');
    // Final: its 120 is the best → max; self: 5 + 5 × 20/30 = 8.333…
    expect(second.total).toBe('10');
    expect(second.selfTotal).toBe('8.33');
  });

  it('a criterion with sub-criteria is the sum of them', () => {
    const standings = computeStandings(kinds, units.slice(0, 1), [entry(1, 'p-a', '3'), entry(1, 'p-b', '5.5')]);
    const card = standings[0]!;
    expect(card.total).toBe('8.5');
    expect(card.lines[0]!.detail).toContain('1.5: 8,5 [1.5.a: 3; 1.5.b: 5,5]');
  });
});

describe('bonus and deductions', () => {
  it('caps the bonus and counts the distinct items earned', () => {
    const standings = computeStandings(template(), units.slice(0, 1), [
      ...selfScores(1),
      entry(1, 'b1', '1'),
      entry(1, 'b2', '1'),
      entry(1, 'b4', '2'),
    ]);
    const card = standings[0]!;
    // 5 + 5 + 2 × 1 = 12, capped at 10; b4 earned twice is one item.
    expect(card.bonus).toBe('10');
    expect(card.bonusCount).toBe(3);
    expect(card.total).toBe('110');
    const bonusLine = card.lines.find((l) => l.label === 'Điểm thưởng')!;
    expect(bonusLine.points).toBe('10');
    expect(bonusLine.detail).toContain('Sáng kiến được công nhận cấp tỉnh (mỗi sáng kiến, tối đa 3) (2 lần): 2');
    expect(bonusLine.detail).toContain('cộng lại 12, tính tối đa 10');
  });

  it('takes off each deduction times its occurrences', () => {
    const standings = computeStandings(template(), units.slice(0, 1), [...selfScores(1), entry(1, 'd1', '2'), entry(1, 'd2', '1')]);
    const card = standings[0]!;
    expect(card.deductions).toBe('4');
    expect(card.total).toBe('96');
    expect(card.disqualified).toBeNull();
    expect(card.rank).toBe(1);
    expect(card.lines.find((l) => l.label === 'Điểm trừ')!.detail).toBe('Báo cáo chậm (mỗi lần) (2 lần): 2; Không tham dự hội nghị của Khối (mỗi lần): 2');
  });

  it('keeps a total below zero as it is', () => {
    const standings = computeStandings(template(), units.slice(0, 1), [entry(1, 'd1', '3')]);
    expect(standings[0]!.total).toBe('-3');
  });

  it('a disqualifying deduction keeps the scores but takes the unit out of the running', () => {
    const standings = computeStandings(template(), units.slice(0, 2), [
      ...selfScores(1),
      entry(1, 'd3', '1'),
      ...selfScores(2, { 'c1-1': '20' }),
    ]);
    const out = standingOf(standings, 1);
    expect(out.total).toBe('90');
    expect(out.deductions).toBe('10');
    expect(out.rank).toBeNull();
    expect(out.disqualified).toEqual({ reason: 'Tập thể hoặc người đứng đầu bị kỷ luật' });
    expect(out.classification).toBe('Hoàn thành tốt nhiệm vụ');
    // The other unit, with the same total, ranks first alone and is listed first.
    expect(standingOf(standings, 2).rank).toBe(1);
    expect(standingOf(standings, 2).tieBreakNote).toBeNull();
    expect(standings.map((s) => s.unitId)).toEqual([2, 1]);
  });
});

describe('the bloc’s figure and the unit’s own', () => {
  it('uses the bloc’s figure where set; the self total keeps the unit’s', () => {
    const standings = computeStandings(template(), units.slice(0, 1), [
      ...selfScores(1, { 'c1-2': null, 'c2-3': '5' }),
      entry(1, 'c1-2', '10', '9.5', 'Chậm tiến độ một nhiệm vụ'),
      entry(1, 'b1', '1', '0', ''),
    ]);
    const card = standings[0]!;
    expect(card.selfTotal).toBe('105');
    expect(card.total).toBe('99.5');
    expect(card.groups[0]).toEqual({ key: 'g1', code: 'I', self: '60', final: '59.5' });
    expect(card.lines[0]).toEqual({
      label: 'I. Thực hiện nhiệm vụ chính trị, chuyên môn',
      points: '59,5',
      detail: '1.1: 30; 1.2: 9,5 (Khối chấm, tự chấm 10: Chậm tiến độ một nhiệm vụ); 1.3: 10; 1.4: 10',
    });
    expect(card.lines.at(-1)).toEqual({ label: 'Tổng điểm', points: '99,5', detail: '59,5 + 20 + 20 + 0 (thưởng) − 0 (trừ); tự chấm 105' });
    // The bonus the bloc struck shows on the card, and has no reason yet.
    expect(card.lines.find((l) => l.label === 'Điểm thưởng')!.detail).toBe(
      'Được tặng Cờ thi đua của Chính phủ (0 lần): 0 (Khối chấm, tự chấm 1 lần; chưa ghi lý do)',
    );
    expect(card.missingReasons).toBe(1);
  });

  it('asks for a reason only where both figures exist and differ as numbers', () => {
    const standings = computeStandings(template(), units.slice(0, 1), [
      entry(1, 'c1-1', '30', '28'),
      entry(1, 'c1-2', '10', '10.0'),
      entry(1, 'c1-3', null, '8'),
      entry(1, 'c1-4', '10', '9', 'Thiếu minh chứng'),
      entry(1, 'd1', '0', '1', '  '),
    ]);
    expect(standings[0]!.missingReasons).toBe(2);
  });

  it('counts the criteria with no figure at all; bonus and deductions may stay empty', () => {
    const standings = computeStandings(template(), units.slice(0, 1), [
      ...selfScores(1, { 'c2-1': null, 'c3-4': null }).filter((e) => e.self !== null),
      entry(1, 'c3-4', null, '4'),
    ]);
    expect(standings[0]!.missing).toBe(1);
    expect(standings[0]!.lines[1]!.detail).toContain('2.1: chưa chấm');
  });

  it('leaves out entries of other units, of items not on the scale, and figures that are not numbers', () => {
    const standings = computeStandings(template(), units.slice(0, 2), [
      ...selfScores(1),
      entry(9, 'c1-1', '30'),
      entry(1, 'old-item', '50'),
      ...selfScores(2, { 'c1-1': 'ba mươi', 'c1-2': '-10' }),
    ]);
    expect(standings).toHaveLength(2);
    expect(standingOf(standings, 1).total).toBe('100');
    expect(standingOf(standings, 2).total).toBe('60');
    expect(standingOf(standings, 2).missing).toBe(2);
  });
});

describe('classification bands at their edges', () => {
  const classified = (changes: Record<string, string>) =>
    computeStandings(template(), units.slice(0, 1), selfScores(1, changes))[0]!;

  it.each([
    [{ 'c1-1': '25' }, '95', 'Hoàn thành xuất sắc nhiệm vụ'],
    [{ 'c1-1': '24.99' }, '94.99', 'Hoàn thành tốt nhiệm vụ'],
    [{ 'c1-1': '15' }, '85', 'Hoàn thành tốt nhiệm vụ'],
    [{ 'c1-1': '0' }, '70', 'Hoàn thành nhiệm vụ'],
    [{ 'c1-1': '0', 'c1-2': '9.99' }, '69.99', 'Không hoàn thành nhiệm vụ'],
  ])('%o → %s: %s', (changes, total, label) => {
    const card = classified(changes);
    expect(card.total).toBe(total);
    expect(card.classification).toBe(label);
  });

  it('no band reached, or no bands at all: no classification', () => {
    const high = scale({ ...kinds, bands: [{ min: 30, label: 'Đạt' }] });
    expect(computeStandings(high, units.slice(0, 1), [entry(1, 'j', '10')])[0]!.classification).toBeNull();
    expect(computeStandings(kinds, units.slice(0, 1), [entry(1, 'j', '10')])[0]!.classification).toBeNull();
  });
});
