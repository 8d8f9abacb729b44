// Eligibility and the proposed list, from standings shaped as the scoring services give them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_AWARDS, proposeCandidates, type Eligibility } from '../../../main/votes/index.js';
import { definition, standing, tenUnits } from '../../support/score-summary.js';

const any: Eligibility = { bands: definition.bands, minBand: '', electedEarlier: new Map() };

describe('candidates', () => {
  it('lists every unit in ranking order and proposes the first eligible ones', () => {
    const list = proposeCandidates(tenUnits, 3, any);
    expect(list.map((c) => c.unitId)).toEqual(tenUnits.map((s) => s.unitId));
    expect(list.filter((c) => c.proposed).map((c) => c.unitName)).toEqual(['Trường Cao đẳng Cộng đồng Bắc Kạn', 'Sở Y tế', 'Sở Giáo dục và Đào tạo']);
    expect(list.every((c) => c.proposed === c.included && c.reason === '')).toBe(true);
    expect(list[0]).toMatchObject({ rank: 1, total: '101', classification: 'Hoàn thành xuất sắc nhiệm vụ', ineligible: '' });
  });

  it('never proposes a disqualified unit, one not fully scored, or one elected for an earlier award', () => {
    const standings = tenUnits.map((s) => (s.unitId === 2 ? { ...s, missing: 3 } : s));
    const list = proposeCandidates(standings, 20, { ...any, electedEarlier: new Map([[1, DEFAULT_AWARDS[0]!.name]]) });
    const of = (id: number) => list.find((c) => c.unitId === id)!;
    expect(of(10)).toMatchObject({ proposed: false, ineligible: 'Bị loại khỏi xét thi đua (Tập thể hoặc người đứng đầu bị kỷ luật)' });
    expect(of(2)).toMatchObject({ proposed: false, total: null, ineligible: 'Chưa chấm đủ điểm (còn 3 mục chưa có điểm)' });
    expect(of(1)).toMatchObject({ proposed: false, ineligible: 'Đã được bầu đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh' });
    expect(list.filter((c) => c.proposed)).toHaveLength(7);
  });

  it('keeps to the lowest band asked for, in the order of the scale’s bands', () => {
    const good = { ...any, minBand: 'Hoàn thành tốt nhiệm vụ' };
    const low = standing(11, { name: 'Sở Tư pháp', groups: ['50', '15', '15'] }, { rank: 11 });
    const list = proposeCandidates([...tenUnits.slice(0, 9), low], 20, good);
    expect(list.find((c) => c.unitId === 11)).toMatchObject({
      classification: 'Hoàn thành nhiệm vụ',
      ineligible: 'Xếp loại “Hoàn thành nhiệm vụ”, chưa đạt mức “Hoàn thành tốt nhiệm vụ”',
    });
    expect(list.find((c) => c.unitId === 1)!.ineligible).toBe('');
    expect(proposeCandidates(tenUnits, 3, { ...any, minBand: 'Xuất sắc' })[0]!.ineligible).toBe('Thang điểm không có mức xếp loại “Xuất sắc”');
  });
});
