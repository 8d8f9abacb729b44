/**
 * Formatting rules of Decree 30/2020/NĐ-CP that are about words, not layout: the number and symbol,
 * the place-and-date line, Unicode normal form.
 */

/** Vietnamese text must be stored and printed in NFC: NFD text shows detached marks in some fonts. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** The number field: the serial padded to two digits below 10 ("05"), or a draft's blank. */
export function formatSerial(n: number | string | null): string {
  if (n === null) return '';
  const raw = String(n).trim();
  if (!/^\d+$/.test(raw)) throw new Error(`Số văn bản không hợp lệ: "${raw}"`);
  const value = Number(raw);
  if (value < 1) throw new Error(`Số văn bản phải từ 1: "${raw}"`);
  return value < 10 ? `0${value}` : String(value);
}

/** The symbol after the number: "BB-KTĐVHXH", or just "KTĐVHXH" for a công văn (no type code). */
export function formatSymbol(typeCode: string | null, issuerCode: string): string {
  return nfc(typeCode ? `${typeCode}-${issuerCode}` : issuerCode);
}

/** "05/BB-KTĐVHXH"; a draft (null) keeps blank space for the number to be written by hand. */
export function formatDocumentNumber(
  n: number | string | null,
  typeCode: string | null,
  issuerCode: string,
): string {
  const serial = n === null ? DRAFT_NUMBER_BLANK : formatSerial(n);
  return `${serial}/${formatSymbol(typeCode, issuerCode)}`;
}

/** Non-breaking spaces so the blank keeps its width and the line does not wrap inside it. */
export const DRAFT_NUMBER_BLANK = '\u00a0'.repeat(6);

export interface IsoDate {
  year: number;
  month: number;
  day: number;
}

/** Parses yyyy-mm-dd strictly, rejecting impossible dates such as 2019-02-29. */
export function parseIsoDate(iso: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) throw new Error(`Ngày không đúng dạng yyyy-mm-dd: "${iso}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new Error(`Ngày không tồn tại: "${iso}"`);
  }
  return { year, month, day };
}

export function isValidIsoDate(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return true;
  } catch {
    return false;
  }
}

/** Decree 30: a day below 10 takes a leading zero. */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Decree 30: only months 1 and 2 take a leading zero, so a "1" or "2" cannot be extended into "11" or "12". */
export function formatMonth(month: number): string {
  return month < 3 ? `0${month}` : String(month);
}

/** "Bắc Kạn, ngày 09 tháng 3 năm 2018"; a null date leaves blanks to be filled in by hand. */
export function formatPlaceDate(place: string, isoDate: string | null): string {
  if (isoDate === null) {
    const blank = '\u00a0'.repeat(5);
    return nfc(`${place}, ngày${blank}tháng${blank}năm ${''.padEnd(4, '\u00a0')}`);
  }
  const { year, month, day } = parseIsoDate(isoDate);
  return nfc(`${place}, ngày ${formatDay(day)} tháng ${formatMonth(month)} năm ${year}`);
}

/** Short date for running text, same padding rule: "09/3/2018", "05/01/2020". */
export function formatShortDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${formatDay(day)}/${formatMonth(month)}/${year}`;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** Vietnamese weekday name of a date, e.g. "thứ Sáu" for 2018-03-09. */
export function weekdayName(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return nfc(WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '');
}

/** "14:00" → "14 giờ 00"; the customary way to write a time in a document. */
export function formatClock(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new Error(`Giờ không đúng dạng HH:MM: "${hhmm}"`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) throw new Error(`Giờ không hợp lệ: "${hhmm}"`);
  return `${h} giờ ${String(min).padStart(2, '0')}`;
}

/** "14 giờ 00, thứ Sáu, ngày 09/3/2018": time of a meeting in an invitation or minutes. */
export function formatMeetingTime(isoDate: string, hhmm: string): string {
  return nfc(`${formatClock(hhmm)}, ${weekdayName(isoDate)}, ngày ${formatShortDate(isoDate)}`);
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Section numbering of reports and minutes: I, II, III … */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** True when the text has letters and none of them is lower case (Vietnamese-aware). */
export function isUpperCaseText(text: string): boolean {
  const t = nfc(text);
  return /\p{L}/u.test(t) && t === t.toLocaleUpperCase('vi');
}

/** Upper-cases Vietnamese text (Đ, Ơ, Ư …) for titles and signature authorities. */
export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi');
}

/** The text trimmed, with `mark` added unless it already ends a sentence ("Hội trường A" → "Hội trường A."). */
export function endWith(text: string, mark: string): string {
  const t = text.trim();
  return /[.;:!?]$/.test(t) ? t : `${t}${mark}`;
}
