// Where the header's left column breaks: no docx import, so the preview can use it too.
import type { StateDocument } from '../model.js';
import { nfc } from '../format.js';
import { SIZE, headerColumns } from './sizes.js';
import { breakLines } from './measure.js';
import { CELL_PADDING } from './units.js';

/**
 * The lines of the governing and issuing bodies as printed in the left column. Shared with the
 * on-screen preview, so both break "KHỐI THI ĐUA / VĂN HÓA - XÃ HỘI" in the same place.
 */
export function headerBodyLines(doc: StateDocument): { governing: string[]; issuing: string[] } {
  const leftText = headerColumns(doc.options)[0] - 2 * CELL_PADDING;
  return {
    governing: breakLines(nfc(doc.header.governingBody), leftText, SIZE.governingBody, false).filter((l) => l !== ''),
    issuing: breakLines(nfc(doc.header.issuingBody), leftText, SIZE.issuingBody, true),
  };
}
