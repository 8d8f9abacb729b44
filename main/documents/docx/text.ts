/**
 * Small builders for paragraphs and runs. Every string passes through NFC here, so nothing reaches the
 * DOCX in decomposed form whatever the data source did.
 */
import { AlignmentType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { Alignment, RichText } from '../model.js';
import { nfc } from '../format.js';
import { ptToHalfPoints } from '../layout/units.js';

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; omitted means the document default. */
  sizePt?: number;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: nfc(text),
    bold: style.bold || undefined,
    italics: style.italic || undefined,
    underline: style.underline ? {} : undefined,
    size: style.sizePt === undefined ? undefined : ptToHalfPoints(style.sizePt),
  });
}

/** Runs of rich text; the base style applies where a run does not say otherwise. */
export function runs(text: RichText, base: RunStyle = {}): TextRun[] {
  if (typeof text === 'string') return [run(text, base)];
  return text.map((r) =>
    run(r.text, {
      ...base,
      bold: r.bold ?? base.bold,
      italic: r.italic ?? base.italic,
      underline: r.underline ?? base.underline,
    }),
  );
}

export function alignment(a: Alignment | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  switch (a) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
    default:
      return undefined;
  }
}

/**
 * A tight paragraph (no spacing, no indent) for header, title and signature lines. Line spacing 1.1, not
 * single: at single spacing the stacked marks of Vietnamese capitals (Ố, Ẫ) touch the line above.
 */
export const TIGHT_LINE = 264;

export function line(text: RichText, style: RunStyle & { align?: Alignment } = {}, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: alignment(style.align ?? 'center'),
    spacing: { before: 0, after: 0, line: TIGHT_LINE },
    indent: { firstLine: 0 },
    ...extra,
    children: runs(text, style),
  });
}

/** An empty line of the given size, used for the signing space and small gaps. */
export function blank(sizePt: number, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    // Same line spacing as text lines, so blocks side by side stay aligned.
    spacing: { before: 0, after: 0, line: TIGHT_LINE },
    indent: { firstLine: 0 },
    // The paragraph mark's size sets an empty line's height.
    run: { size: ptToHalfPoints(sizePt) },
    ...extra,
    children: [],
  });
}
