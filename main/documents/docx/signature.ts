/**
 * Signature blocks, the signature area (recipients left, signer right) and the pledge's signature grid.
 * Each stays on one page: rows cannot split, and the signature area's paragraphs keep with the next.
 */
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { DocumentOptions, SignatureBlock, SignatureGridBlock, StateDocument } from '../model.js';
import { nfc } from '../format.js';
import { GRID_SIGNING_SPACE_LINES, SIGNING_SPACE_LINES, SIZE, bodySizes, signatureColumns } from '../layout/sizes.js';
import { blank, line } from './text.js';
import { GRID_CELL_PADDING, gridLayout, printedAuthority, recipientLines } from '../layout/signature-lines.js';

const KEEP = { keepNext: true, keepLines: true } as const;

/**
 * Paragraphs of one signer: authority lines, the signing space, the name. `below` lines pad the signing
 * space to another signer's longer authority, so the two names share a line (the preview pads the same way).
 */
export function signatureParagraphs(block: SignatureBlock, sizePt: number, cellWidth: number, below = 0): Paragraph[] {
  const lines = printedAuthority(block, sizePt, cellWidth);
  const out = lines.map((l) => line(l, { sizePt, bold: true }, KEEP));
  for (let i = 0; i < SIGNING_SPACE_LINES + below; i++) out.push(blank(sizePt, KEEP));
  out.push(line(nfc(block.name.trim()), { sizePt, bold: true }, { keepLines: true }));
  return out;
}

/** "Nơi nhận:" then "- …;" entries, the last ending with ".". */
export function recipientParagraphs(entries: string[]): Paragraph[] {
  const lines = recipientLines(entries);
  if (lines.length === 0) return [];
  return [
    line('Nơi nhận:', { sizePt: SIZE.recipientsLabel, bold: true, italic: true, align: 'left' }, KEEP),
    ...lines.map((l) => line(l, { sizePt: SIZE.recipients, align: 'left' }, KEEP)),
  ];
}

const cell = (width: number, children: Paragraph[], padding?: number) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(padding !== undefined && { margins: { left: padding, right: padding } }),
    children: children.length > 0 ? children : [blank(2)],
  });

function borderless(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows,
  });
}

/** The signature area: recipients (or a left signer such as THƯ KÝ) on the left, the signer on the right. */
export function signatureArea(doc: StateDocument): (Paragraph | Table)[] {
  const sizePt = bodySizes(doc.options).signature;
  const [leftW, rightW] = signatureColumns(doc.options);
  const recipients = recipientParagraphs(doc.recipients);
  const sig = doc.signatures;
  if (!sig) return recipients.length > 0 ? [gap(), ...recipients] : [];

  const leftLines = sig.left ? printedAuthority(sig.left, sizePt, leftW).length : 0;
  const rightLines = printedAuthority(sig.right, sizePt, rightW).length;
  const below = (lines: number) => (sig.left ? Math.max(leftLines, rightLines) - lines : 0);
  const left = sig.left ? signatureParagraphs(sig.left, sizePt, leftW, below(leftLines)) : recipients;
  const right = signatureParagraphs(sig.right, sizePt, rightW, below(rightLines));
  const table = borderless([leftW, rightW], [new TableRow({ cantSplit: true, children: [cell(leftW, left), cell(rightW, right)] })]);
  const out: (Paragraph | Table)[] = [gap(), table];
  if (sig.left && recipients.length > 0) out.push(gap(), ...recipients);
  return out;
}

/** A small space above the signature area, kept with it. */
function gap(): Paragraph {
  return blank(6, KEEP);
}

/**
 * The pledge's grid: one block per unit, 2 or 3 a row. The blocks of a row share their lines: unit names
 * end on one line (a short name sits low, right above its position), positions start on one line, then
 * the signing space (deeper than a single signer's, for a signature and a round seal) and the names.
 * Blank lines pad each block to the row's longest parts; this holds because no line wraps by itself
 * (breakLines keeps every line inside the cell). A row never splits across pages (cantSplit); its
 * paragraphs carry no "keep with next", which LibreOffice would read as keeping the whole grid together
 * and push it, from its first row, onto a new page.
 */
export function signatureGrid(block: SignatureGridBlock, options: DocumentOptions): Table {
  const layout = gridLayout(block, options);
  const { sizePt, widths } = layout;
  const pad = (n: number) => Array.from({ length: n }, () => blank(sizePt));
  const bold = (l: string) => line(l, { sizePt, bold: true });
  const rows = layout.rows.map((parts) => {
    const unitLines = Math.max(...parts.map((p) => p.unit.length));
    const authorityLines = Math.max(...parts.map((p) => p.authority.length));
    return new TableRow({
      cantSplit: true,
      children: widths.map((w, j) => {
        const p = parts[j];
        if (!p) return cell(w, [blank(sizePt)], GRID_CELL_PADDING);
        return cell(w, [
          ...pad(unitLines - p.unit.length),
          ...p.unit.map(bold),
          ...p.authority.map(bold),
          ...pad(authorityLines - p.authority.length + GRID_SIGNING_SPACE_LINES),
          bold(nfc(p.name)),
          // Space between grid rows.
          ...pad(2),
        ], GRID_CELL_PADDING);
      }),
    });
  });
  return borderless(widths, rows);
}
