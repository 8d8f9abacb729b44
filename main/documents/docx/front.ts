/**
 * What comes between the header and the body: title, subject with its short rule, "Kính gửi:" and the
 * legal bases.
 */
import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { StateDocument } from '../model.js';
import { nfc, upper } from '../format.js';
import { FIRST_LINE_INDENT, LINE_SPACING, SIZE, bodySizes } from '../layout/sizes.js';
import { breakLines, measureText } from '../layout/measure.js';
import { ruleParagraph, shortRuleWidth } from './rules.js';
import { TIGHT_LINE, line, run } from './text.js';
import { textWidth } from '../layout/units.js';

export function frontMatter(doc: StateDocument): Paragraph[] {
  const sizes = bodySizes(doc.options);
  const width = textWidth(doc.options.orientation);
  const out: Paragraph[] = [];

  if (doc.title) {
    out.push(line(upper(doc.title), { sizePt: SIZE.title, bold: true }, { spacing: { before: 480, after: 60, line: TIGHT_LINE }, keepNext: true }));
  }
  if (doc.subject?.placement === 'underTitle' && doc.subject.lines.length > 0) {
    const lines = doc.subject.lines.flatMap((l) => breakLines(nfc(l), width, sizes.subject, true));
    for (const l of lines) out.push(line(l, { sizePt: sizes.subject, bold: true }, { keepNext: true }));
    const widest = Math.max(...lines.map((l) => measureText(l, sizes.subject, true)));
    out.push(ruleParagraph(width, shortRuleWidth(widest), { keepNext: true }));
  }
  // A title-less document (công văn) still needs air between the header and "Kính gửi".
  const gapBefore = doc.title ? 240 : 360;

  out.push(...addressee(doc.addressee, sizes.body, width, gapBefore));
  // Without "Kính gửi" the legal bases come right under the subject's rule: give them air.
  const basesBefore = doc.addressee.some((a) => a.trim() !== '') ? 0 : 200;
  doc.legalBases.forEach((basis, i) => {
    out.push(
      new Paragraph({
        style: BODY_STYLE_ID,
        spacing: { before: i === 0 ? basesBefore : 0, after: 0, line: LINE_SPACING },
        indent: { firstLine: FIRST_LINE_INDENT },
        children: [run(basis, { italic: true })],
      }),
    );
  });
  // Space between the front matter and the body.
  if (out.length > 0) out.push(new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 12 }, children: [] }));
  return out;
}

export const BODY_STYLE_ID = 'BodyText';

/** Decree 30 sample: "Kính gửi:" then the addressees as a list aligned after the label, the block centred. */
function addressee(items: string[], sizePt: number, width: number, before: number): Paragraph[] {
  const list = items.map((s) => nfc(s).trim()).filter((s) => s !== '');
  if (list.length === 0) return [];
  const label = 'Kính gửi:';
  if (list.length === 1) {
    return [line(`${label} ${list[0]}`, { sizePt }, { spacing: { before, after: 240, line: TIGHT_LINE } })];
  }
  const entries = list.map((s, i) => `- ${s.replace(/^-\s*/, '').replace(/[;.,]\s*$/, '')}${i === list.length - 1 ? '.' : ';'}`);
  const labelWidth = measureText(`${label}  `, sizePt);
  const widest = Math.max(...entries.map((e) => measureText(e, sizePt)));
  const left = Math.max(0, Math.round((width - labelWidth - widest) / 2));
  const tab = left + labelWidth;
  return entries.map((e, i) =>
    new Paragraph({
      spacing: { before: i === 0 ? before : 0, after: i === entries.length - 1 ? 240 : 0, line: TIGHT_LINE },
      indent: { left: tab, hanging: i === 0 ? labelWidth : 0 },
      tabStops: [{ type: TabStopType.LEFT, position: tab }],
      children: i === 0 ? [run(label, { sizePt }), new TextRun({ children: [new Tab()] }), run(e, { sizePt })] : [run(e, { sizePt })],
    }),
  );
}
