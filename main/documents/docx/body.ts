/** Body blocks → paragraphs and tables. Body paragraphs take the body style (justified, indented). */
import { Paragraph, type Table } from 'docx';
import type { BodyBlock, DocumentOptions, ParagraphBlock } from '../model.js';
import { BODY_STYLE_ID } from './front.js';
import { alignment, blank, runs } from './text.js';
import { dataTable } from './table.js';
import { signatureGrid } from './signature.js';

/**
 * @param keepLastWithNext keep the last paragraph with what follows, so the signature never stands
 *   alone on a page without any of the text it signs.
 */
export function bodyElements(blocks: BodyBlock[], options: DocumentOptions, keepLastWithNext = false): (Paragraph | Table)[] {
  return blocks.flatMap((b, i) => {
    // A pledge's closing sentence stays with the text it closes: the block before it keeps with it, and
    // it does not keep with the grid, which would pull it alone onto the grid's page.
    const beforeClosing = blocks[i + 2]?.kind === 'signatureGrid';
    const el = element(b, options, beforeClosing || (keepLastWithNext && i === blocks.length - 1));
    // Tables have no spacing of their own: give the text after them the same 6 pt as between paragraphs.
    // A table keeping its last rows with what follows keeps this space with it too, or the chain breaks here.
    if (b.kind === 'table') return [el, blank(6, b.keepLastRows ? { keepNext: true } : {})];
    // A signature grid needs air above it, kept with its first row.
    if (b.kind === 'signatureGrid') return [blank(12, { keepNext: true }), el];
    return [el];
  });
}

function element(block: BodyBlock, options: DocumentOptions, keepNext: boolean): Paragraph | Table {
  const keep = keepNext ? { keepNext: true, keepLines: true } : {};
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        style: BODY_STYLE_ID,
        alignment: alignment(block.align),
        keepNext: true,
        keepLines: true,
        children: runs(block.text, { bold: true, italic: block.level === 3 }),
      });
    case 'paragraph':
      return paragraph(block, keep);
    case 'numbered':
      return new Paragraph({
        style: BODY_STYLE_ID,
        ...keep,
        children: [...runs(`${block.label} `), ...runs(block.text)],
      });
    case 'bullet':
      return new Paragraph({
        style: BODY_STYLE_ID,
        ...keep,
        children: [...runs(`${block.marker ?? '-'} `), ...runs(block.text)],
      });
    case 'table':
      return dataTable(block, options);
    case 'signatureGrid':
      return signatureGrid(block, options);
  }
}

function paragraph(block: ParagraphBlock, keep: { keepNext?: boolean; keepLines?: boolean }): Paragraph {
  return new Paragraph({
    style: BODY_STYLE_ID,
    ...keep,
    alignment: alignment(block.align),
    indent: block.indent === false ? { firstLine: 0 } : undefined,
    children: runs(block.text, { bold: block.bold, italic: block.italic }),
  });
}
