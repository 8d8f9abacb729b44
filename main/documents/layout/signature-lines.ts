// The words of signature blocks and recipients, line by line as printed. No docx import: the DOCX
// renderer and the on-screen preview both use it, so they break every line in the same place.
import type { DocumentOptions, SignatureBlock, SignatureGridBlock, StateDocument } from '../model.js';
import { nfc, upper } from '../format.js';
import { SIZE, bodySizes, signatureColumns } from './sizes.js';
import { breakLines } from './measure.js';
import { CELL_PADDING, textWidth } from './units.js';

/** Authority lines as printed: unit name, then the prefix joined to the first line ("KT. TRƯỞNG KHỐI"). */
export function authorityLines(block: SignatureBlock): string[] {
  const lines = block.authority.map((l) => upper(l.trim())).filter((l) => l !== '');
  if (block.prefix && lines.length > 0) lines[0] = `${block.prefix} ${lines[0]}`;
  else if (block.prefix) lines.push(block.prefix);
  if (block.deputyPosition?.trim()) lines.push(upper(block.deputyPosition.trim()));
  return block.unit?.trim() ? [upper(block.unit.trim()), ...lines] : lines;
}

/** Authority lines broken evenly to the cell's text width. */
export function printedAuthority(block: SignatureBlock, sizePt: number, cellWidth: number): string[] {
  return authorityLines(block).flatMap((l) => breakLines(l, cellWidth - 2 * CELL_PADDING, sizePt, true));
}

/** The signature area's blocks (THƯ KÝ left when there is one, the signer right), broken as printed. */
export function signatureAreaLines(doc: StateDocument): { left: string[] | null; right: string[] } | null {
  const sig = doc.signatures;
  if (!sig) return null;
  const sizePt = bodySizes(doc.options).signature;
  const [leftWidth, rightWidth] = signatureColumns(doc.options);
  return {
    left: sig.left ? printedAuthority(sig.left, sizePt, leftWidth) : null,
    right: printedAuthority(sig.right, sizePt, rightWidth),
  };
}

/** A grid block's unit name and authority lines, each broken to the cell's text width. */
function gridParts(b: SignatureBlock, sizePt: number, width: number) {
  const unit = b.unit?.trim() ? breakLines(upper(b.unit.trim()), width, sizePt, true) : [];
  const authority = authorityLines({ ...b, unit: null }).flatMap((l) => breakLines(l, width, sizePt, true));
  return { unit, authority, name: b.name.trim() };
}

/** Inner padding of a grid cell: narrow, so long unit names need fewer lines. */
export const GRID_CELL_PADDING = 45;

/** The pledge grid's layout: text size, column widths, and each row's blocks broken into lines. */
export function gridLayout(grid: SignatureGridBlock, options: DocumentOptions) {
  const sizePt = Math.min(SIZE.signatureGrid, bodySizes(options).signature);
  const total = textWidth(options.orientation);
  const per = grid.perRow;
  const widths = Array.from({ length: per }, (_, i) =>
    i < per - 1 ? Math.floor(total / per) : total - Math.floor(total / per) * (per - 1),
  );
  const rows = [];
  for (let i = 0; i < grid.blocks.length; i += per) {
    rows.push(grid.blocks.slice(i, i + per).map((b, j) => gridParts(b, sizePt, (widths[j] ?? 0) - 2 * GRID_CELL_PADDING)));
  }
  return { sizePt, widths, rows };
}

/** "Nơi nhận:" entries as printed: "- …;", the last ending with ".". */
export function recipientLines(entries: string[]): string[] {
  const clean = entries.map((e) => nfc(e).trim().replace(/^-\s*/, '').replace(/[;.]\s*$/, '')).filter((e) => e !== '');
  return clean.map((e, i) => `- ${e}${i === clean.length - 1 ? '.' : ';'}`);
}
