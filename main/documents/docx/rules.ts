/**
 * Horizontal rules drawn as paragraph bottom borders. A border spans the paragraph between its indents,
 * so indents set the rule's length; Word and LibreOffice both draw it, unlike shapes or percentages.
 */
import { BorderStyle, LineRuleType, Paragraph, type IParagraphOptions } from 'docx';
import { BLACK } from '../layout/sizes.js';
import { ptToHalfPoints } from '../layout/units.js';

/** Thin single line, 1/2 pt (size is eighths of a point). */
export const RULE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: BLACK, space: 1 } as const;

/** Left/right indents that centre a rule of `ruleWidth` in a box of `boxWidth` (twips). */
export function centredIndents(boxWidth: number, ruleWidth: number): { left: number; right: number } {
  const side = Math.max(0, Math.round((boxWidth - ruleWidth) / 2));
  return { left: side, right: side };
}

/**
 * An empty paragraph, exactly 5 pt high, whose bottom border is a centred rule of the given width. The
 * exact height matters: LibreOffice gives an empty paragraph a full line whatever its mark's size.
 */
export function ruleParagraph(boxWidth: number, ruleWidth: number, extra: IParagraphOptions = {}): Paragraph {
  const { left, right } = centredIndents(boxWidth, ruleWidth);
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 100, lineRule: LineRuleType.EXACT },
    indent: { left, right, firstLine: 0 },
    border: { bottom: RULE_BORDER },
    run: { size: ptToHalfPoints(2) },
    ...extra,
    children: [],
  });
}

/** Decree 30: a rule under the issuing body or subject is 1/3 to 1/2 of the text's width; 2/5 it is. */
export function shortRuleWidth(textWidth: number): number {
  return Math.round(textWidth * 0.4);
}
