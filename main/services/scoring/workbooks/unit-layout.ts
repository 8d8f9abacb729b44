// The layout the unit workbook is written in and read back by: sheet names, columns, the row markers in the
// hidden key column, and the labels of the hidden identity sheet. One place, so writer and reader agree.

export const UNIT_SHEET = 'Tự chấm';
export const IDENTITY_SHEET = '_khoi';
/** Raised when the layout changes in a way an older reader could misread. */
export const FORMAT_VERSION = 1;

export const COL = { code: 1, name: 2, max: 3, how: 4, self: 5, note: 6, key: 7, points: 8 } as const;

/**
 * Rows that are not items carry a marker in the key column instead of an item's key, so the reader can tell
 * the layout's own rows from rows a unit added.
 */
export const MARK = { header: '#header', bonus: '#bonus', deductions: '#deductions', total: '#total' } as const;

/** The identity sheet: one label per line in column A, its value in column B. */
export const ID_LABEL = {
  format: 'dinhDang',
  bloc: 'khoi',
  year: 'nam',
  unitId: 'donViId',
  unitName: 'donVi',
  scaleId: 'thangDiemId',
  scaleVersion: 'phienBan',
  checksum: 'checksum',
} as const;

/** Notes are stored with a limit (contract: scoreChange.note). */
export const NOTE_MAX = 1000;
