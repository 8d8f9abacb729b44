/**
 * Unit conversions. Word measures in twips (1/1440 inch, "DXA") and font sizes in half-points.
 * Rounded to nearest, not down: docx's convertMillimetersToTwip truncates and gives A4 as 11905 × 16837.
 */

export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Font size in points → half-points, the unit of w:sz. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A4 in twips, portrait: 210 × 297 mm = 11906 × 16838. */
export const A4 = { width: mmToTwip(210), height: mmToTwip(297) } as const;

/** Decree 30 margins chosen inside the allowed ranges: top/bottom 20–25, left 30–35, right 15–20 mm. */
export const MARGINS = {
  top: mmToTwip(20),
  bottom: mmToTwip(20),
  left: mmToTwip(30),
  right: mmToTwip(15),
  /** Distance of the page-number header from the page edge: inside the top margin. */
  header: mmToTwip(10),
  footer: mmToTwip(10),
} as const;

/** Width available for text between the margins, in twips. */
export function textWidth(orientation: 'portrait' | 'landscape'): number {
  const pageWidth = orientation === 'landscape' ? A4.height : A4.width;
  return pageWidth - MARGINS.left - MARGINS.right;
}

/** Word's default left + right cell padding (108 twips each side), which eats into a cell's text width. */
export const CELL_PADDING = 108;
/** A dense table's cell margin each side (TableBlock.dense): about 1 mm, so a wide table keeps its text on one line. */
export const DENSE_PADDING = 57;
