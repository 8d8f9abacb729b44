/**
 * Sizes and spacing of the state format, in one place. Values are picked inside the Decree 30 ranges.
 */
import type { DocumentOptions } from '../model.js';
import { textWidth } from './units.js';

export const FONT = 'Times New Roman';
export const BLACK = '000000';

export const SIZE = {
  governingBody: 13,
  issuingBody: 13,
  number: 13,
  /** 12 rather than 13 so "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" fits one line in the right column. */
  nationalTitle: 12,
  subjectUnderNumber: 12,
  title: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
  /** The pledge's signature grid: 13 so a unit's name in capitals takes fewer lines in a third of the page. */
  signatureGrid: 13,
} as const;

/** Sizes that follow the body size (13 or 14). */
export function bodySizes(options: DocumentOptions) {
  const body = options.bodyFontSize;
  return { body, motto: body, placeDate: body, subject: body, signature: body, table: body - 1 };
}

/** First-line indent of body paragraphs: 1.27 cm = 720 twips. */
export const FIRST_LINE_INDENT = 720;
/** 6 pt after body paragraphs. */
export const PARAGRAPH_AFTER = 120;
/** Line spacing as a multiple of 240: 1.15 lines, within "single to 1.5". */
export const LINE_SPACING = 276;

/** Header columns: the right one just fits the national title at 12 pt bold. */
export function headerColumns(options: DocumentOptions): [number, number] {
  const total = textWidth(options.orientation);
  const left = Math.round(total * 0.41);
  return [left, total - left];
}

/** Signature area: recipients on the left, the signature block on the right. */
export function signatureColumns(options: DocumentOptions): [number, number] {
  const total = textWidth(options.orientation);
  const left = Math.round(total * 0.45);
  return [left, total - left];
}

/** Blank lines left for the signature and seal. */
export const SIGNING_SPACE_LINES = 4;
/**
 * In the pledge's grid every head signs and stamps: 6 lines of 13 pt (about 30 mm) under the position,
 * room for a signature and a round seal of up to 40 mm overlapping it, in a block a third of the page wide.
 */
export const GRID_SIGNING_SPACE_LINES = 6;
