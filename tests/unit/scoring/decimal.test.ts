import { describe, expect, it } from 'vitest';
import { computeStandings, formatPoints, plain, toBig } from '../../../main/scoring/index.js';
import { entry, template } from './helpers.js';

describe('points are exact decimals', () => {
  it('keeps a canonical form without trailing zeros', () => {
    expect(plain(toBig('92.50'))).toBe('92.5');
    expect(plain(toBig('100.00'))).toBe('100');
    expect(plain(toBig(7.5))).toBe('7.5');
    expect(plain(toBig('0.0000001'))).toBe('0.0000001');
    expect(plain(toBig('0').minus('0'))).toBe('0');
  });

  it('prints with a decimal comma, two decimals at most, half-up', () => {
    expect(formatPoints('92.5')).toBe('92,5');
    expect(formatPoints('100')).toBe('100');
    expect(formatPoints('7.25')).toBe('7,25');
    expect(formatPoints('7.245')).toBe('7,25');
    expect(formatPoints('1.005')).toBe('1,01');
    expect(formatPoints('7.244')).toBe('7,24');
    expect(formatPoints(toBig('-3.5'))).toBe('-3,5');
  });

  it('adds 0.1 and 0.2 to 0.3, not 0.30000000000000004', () => {
    const standings = computeStandings(template(), [{ unitId: 1, unitName: 'Sở Y tế' }], [entry(1, 'c1-1', '0.1'), entry(1, 'c1-2', '0.2')]);
    expect(standings[0]!.groups[0]!.final).toBe('0.3');
    expect(standings[0]!.total).toBe('0.3');
    expect(standings[0]!.selfTotal).toBe('0.3');
  });
});
