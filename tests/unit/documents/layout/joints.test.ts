import { describe, expect, it } from 'vitest';
import { COST, gapCosts, splitShare } from '../../../../main/documents/layout/joints.js';

/** The cost of breaking before each word after the first, keyed by "LAST / FIRST". */
function gaps(text: string): Record<string, number | undefined> {
  const ws = text.split(' ');
  const cost = gapCosts(ws);
  return Object.fromEntries(ws.slice(1).map((w, k) => [`${ws[k]} / ${w}`, cost[k + 1]]));
}

describe('where a name in capitals may break', () => {
  it('prefers the joints: before VÀ, CÁC, TỈNH, THÀNH PHỐ and a head noun; after a comma or a dash', () => {
    const g = gaps('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH');
    expect(g['HÓA, / THỂ']).toBe(COST.joint);
    expect(g['THAO / VÀ']).toBe(COST.joint);
    expect(g['LỊCH / THÀNH']).toBe(COST.joint);
    const h = gaps('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NINH BÌNH');
    expect(h['ĐỘNG / -']).toBe(COST.never);
    expect(h['- / THƯƠNG']).toBe(COST.joint);
    expect(h['HỘI / TỈNH']).toBe(COST.joint);
    expect(gaps('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP')['LÝ / CÁC']).toBe(COST.joint);
    expect(gaps('VĂN PHÒNG ỦY BAN NHÂN DÂN')['PHÒNG / ỦY']).toBe(COST.joint);
  });

  it('never breaks inside a head noun, a place marker or a place name', () => {
    const g = gaps('VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH');
    for (const inside of ['VĂN / PHÒNG', 'ỦY / BAN', 'THÀNH / PHỐ', 'HỒ / CHÍ', 'CHÍ / MINH']) expect(g[inside]).toBe(COST.known);
  });

  it('tells a head noun from the same syllable closing a word: "QUỐC HỘI", "ỦY BAN"', () => {
    const g = gaps('ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN');
    expect(g['QUỐC / HỘI']).toBe(COST.pair);
    expect(g['ĐẠI / BIỂU']).toBe(COST.pair);
    expect(g['BIỂU / QUỐC']).toBe(COST.word);
    expect(g['VÀ / HỘI']).toBe(COST.afterFunction);
    expect(g['ĐỒNG / NHÂN']).toBe(COST.word);
  });

  it('keeps a one-syllable head noun or title with the word after it', () => {
    expect(gaps('SỞ XÂY DỰNG')['SỞ / XÂY']).toBe(COST.hold);
    expect(gaps('PHÓ CHỦ TỊCH')['PHÓ / CHỦ']).toBe(COST.hold);
    // A title before another title holds only the last: "PHÓ / CHÁNH VĂN PHÒNG".
    expect(gaps('PHÓ CHÁNH VĂN PHÒNG')['PHÓ / CHÁNH']).toBe(COST.word);
    // "CỤC TRƯỞNG" is a position, and the second "CỤC" heads the name.
    const g = gaps('CỤC TRƯỞNG CỤC THUẾ');
    expect(g['CỤC / TRƯỞNG']).toBe(COST.pair);
    expect(g['TRƯỞNG / CỤC']).toBe(COST.joint);
  });

  it('reads a sentence, not in capitals, by its punctuation only', () => {
    const g = gaps('Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại Hội nghị, năm 2018');
    expect(g['tỉnh / tại']).toBe(COST.word);
    expect(g['Hội / nghị,']).toBe(COST.word);
    expect(g['nghị, / năm']).toBe(COST.joint);
  });
});

describe('the pairing of syllables between joints', () => {
  it('reads an even phrase in pairs from its start', () => {
    expect([1, 2, 3].map((k) => splitShare(k, 4, false))).toEqual([1, 0, 1]);
  });

  it('in an odd phrase, counts the readings a break falls inside a word', () => {
    // "HỢP TÁC XÃ": the closing syllable stays with its word, the first two are most likely one.
    expect(splitShare(2, 3, false)).toBe(1);
    expect(splitShare(1, 3, false)).toBeGreaterThan(0.5);
    // "PHỤC VỤ HÀNH CHÍNH CÔNG": after the first pair is the likeliest break.
    const shares = [1, 2, 3, 4].map((k) => splitShare(k, 5, false));
    expect(Math.min(...shares)).toBe(shares[1]);
    // At the end of a name ("CAO ĐẲNG NGHỀ DÂN TỘC NỘI TRÚ BẮC KẠN") every reading counts the same.
    expect(splitShare(2, 9, true)).toBeCloseTo(1 / 5);
    expect(splitShare(5, 9, true)).toBeLessThan(splitShare(6, 9, true));
  });
});
