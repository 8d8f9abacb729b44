import { describe, expect, it } from 'vitest';
import {
  formatDocumentNumber,
  formatMeetingTime,
  formatPlaceDate,
  formatShortDate,
  isUpperCaseText,
  nfc,
  toRoman,
} from '../../../main/documents/index.js';

describe('document number (Số, ký hiệu)', () => {
  it('pads numbers below 10 to two digits and joins type and issuer codes', () => {
    expect(formatDocumentNumber(5, 'BB', 'KTĐVHXH')).toBe('05/BB-KTĐVHXH');
    expect(formatDocumentNumber('1', 'GM', 'KTĐVHXH')).toBe('01/GM-KTĐVHXH');
    expect(formatDocumentNumber(9, 'BC', 'KTĐVHXH')).toBe('09/BC-KTĐVHXH');
  });

  it('leaves numbers from 10 as they are, and does not re-pad "05"', () => {
    expect(formatDocumentNumber(10, 'TTr', 'KTĐVHXH')).toBe('10/TTr-KTĐVHXH');
    expect(formatDocumentNumber(123, 'CTr', 'KTĐVHXH')).toBe('123/CTr-KTĐVHXH');
    expect(formatDocumentNumber('05', 'BB', 'KTĐVHXH')).toBe('05/BB-KTĐVHXH');
  });

  it('writes a công văn symbol without a type code', () => {
    expect(formatDocumentNumber(7, null, 'KTĐVHXH')).toBe('07/KTĐVHXH');
  });

  it('keeps blank space for a draft number', () => {
    const draft = formatDocumentNumber(null, 'GM', 'KTĐVHXH');
    expect(draft).toMatch(/^\s{5,}\/GM-KTĐVHXH$/u);
  });

  it('rejects numbers that are not positive integers', () => {
    expect(() => formatDocumentNumber('5a', 'BB', 'X')).toThrow();
    expect(() => formatDocumentNumber(0, 'BB', 'X')).toThrow();
    expect(() => formatDocumentNumber(-3, 'BB', 'X')).toThrow();
  });

  it('normalises a decomposed issuer code to NFC', () => {
    const decomposed = 'KTĐVHXH'.normalize('NFD');
    expect(formatDocumentNumber(5, 'BB', decomposed)).toBe('05/BB-KTĐVHXH'.normalize('NFC'));
  });
});

describe('place and date line (Decree 30: day < 10 and months 1, 2 take a leading zero)', () => {
  // Written out, not computed, so the test does not share the code's logic.
  const MONTHS = ['01', '02', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
  const DAYS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', ...Array.from({ length: 22 }, (_, i) => String(i + 10))];
  const DAYS_IN_MONTH_2020 = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

  it('gives the documented examples', () => {
    expect(formatPlaceDate('Bắc Kạn', '2018-03-09')).toBe('Bắc Kạn, ngày 09 tháng 3 năm 2018');
    expect(formatPlaceDate('Bắc Kạn', '2020-01-05')).toBe('Bắc Kạn, ngày 05 tháng 01 năm 2020');
    expect(formatPlaceDate('Bắc Kạn', '2019-06-29')).toBe('Bắc Kạn, ngày 29 tháng 6 năm 2019');
  });

  for (let m = 1; m <= 12; m++) {
    it(`month ${m}: every day 1–31 is printed per the rule, impossible days are refused`, () => {
      for (let d = 1; d <= 31; d++) {
        const iso = `2020-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (d <= (DAYS_IN_MONTH_2020[m - 1] ?? 0)) {
          expect(formatPlaceDate('Bắc Kạn', iso)).toBe(`Bắc Kạn, ngày ${DAYS[d - 1]} tháng ${MONTHS[m - 1]} năm 2020`);
        } else {
          expect(() => formatPlaceDate('Bắc Kạn', iso)).toThrow();
        }
      }
    });
  }

  it('refuses 29 February in a common year and malformed dates', () => {
    expect(() => formatPlaceDate('Bắc Kạn', '2019-02-29')).toThrow();
    expect(() => formatPlaceDate('Bắc Kạn', '9/3/2018')).toThrow();
  });

  it('leaves blanks for a draft without a date', () => {
    expect(formatPlaceDate('Bắc Kạn', null)).toMatch(/^Bắc Kạn, ngày\s+tháng\s+năm\s*$/u);
  });

  it('uses the same padding in running text and names the weekday', () => {
    expect(formatShortDate('2018-03-09')).toBe('09/3/2018');
    expect(formatShortDate('2020-01-05')).toBe('05/01/2020');
    expect(formatMeetingTime('2018-03-09', '14:00')).toBe('14 giờ 00, thứ Sáu, ngày 09/3/2018');
    expect(formatMeetingTime('2022-12-25', '8:30')).toBe('8 giờ 30, Chủ nhật, ngày 25/12/2022');
  });
});

describe('text helpers', () => {
  it('nfc() composes decomposed Vietnamese', () => {
    const nfd = 'Khối thi đua Văn hóa - Xã hội'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(nfc(nfd)).toBe('Khối thi đua Văn hóa - Xã hội'.normalize('NFC'));
  });

  it('recognises Vietnamese capitals', () => {
    expect(isUpperCaseText('KHỐI THI ĐUA VĂN HÓA - XÃ HỘI')).toBe(true);
    expect(isUpperCaseText('Khối thi đua')).toBe(false);
    expect(isUpperCaseText('KHỐI THI đUA')).toBe(false);
  });

  it('numbers sections in Roman numerals', () => {
    expect([1, 2, 3, 4, 9, 14].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV']);
  });
});
