import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../main/documents/layout/measure.js';
import { mmToTwip } from '../../../main/documents/index.js';

// A signature block in a grid of three: about 55 mm wide, less the cell padding.
const gridCell = mmToTwip(50);

describe('breaking a name in capitals the way an officer would', () => {
  it('never breaks inside a two-syllable word', () => {
    expect(breakLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', gridCell, 13, true)).toEqual([
      'SỞ LAO ĐỘNG -',
      'THƯƠNG BINH',
      'VÀ XÃ HỘI',
    ]);
  });

  it('keeps a short name whole and splits a long one at its joint', () => {
    expect(breakLines('SỞ Y TẾ', gridCell, 13, true)).toEqual(['SỞ Y TẾ']);
    const lines = breakLines('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', mmToTwip(60), 13, true);
    expect(lines).toEqual(['SỞ VĂN HÓA,', 'THỂ THAO VÀ DU LỊCH']);
  });

  it('never starts a line with a dash', () => {
    for (const width of [mmToTwip(35), mmToTwip(45), gridCell]) {
      const lines = breakLines('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', width, 13, true);
      expect(lines.every((l) => !l.startsWith('-'))).toBe(true);
    }
  });
});
