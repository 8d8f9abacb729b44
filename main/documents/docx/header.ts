/**
 * The state header: a borderless two-column table. Row 1: governing and issuing body (left), national
 * title and motto (right). Row 2: "Số: …" (left) and the italic place-date line (right), in one row so
 * they share a baseline whatever the number of lines above them.
 */
import {
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { StateDocument } from '../model.js';
import { formatDocumentNumber, formatPlaceDate } from '../format.js';
import { SIZE, bodySizes, headerColumns } from '../layout/sizes.js';
import { breakLines, measureText } from '../layout/measure.js';
import { headerBodyLines } from '../layout/header-lines.js';
import { RULE_BORDER, centredIndents, ruleParagraph, shortRuleWidth } from './rules.js';
import { blank, line } from './text.js';
import { CELL_PADDING } from '../layout/units.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Extra length each side of the motto rule, so a measuring error never wraps the motto. */
const MOTTO_SLACK = 30;

export function stateHeader(doc: StateDocument): Table {
  const [leftWidth, rightWidth] = headerColumns(doc.options);
  const leftText = leftWidth - 2 * CELL_PADDING;
  const rightText = rightWidth - 2 * CELL_PADDING;
  const sizes = bodySizes(doc.options);
  const h = doc.header;

  const { governing, issuing } = headerBodyLines(doc);
  const widestIssuing = Math.max(...issuing.map((l) => measureText(l, SIZE.issuingBody, true)));

  const leftTop = [
    ...governing.map((l) => line(l, { sizePt: SIZE.governingBody })),
    ...issuing.map((l) => line(l, { sizePt: SIZE.issuingBody, bold: true })),
    ruleParagraph(leftText, shortRuleWidth(widestIssuing)),
  ];

  const mottoWidth = measureText(MOTTO, sizes.motto, true) + 2 * MOTTO_SLACK;
  const rightTop = [
    line(NATIONAL_TITLE, { sizePt: SIZE.nationalTitle, bold: true }),
    // The rule under the motto is the motto paragraph's own bottom border, as long as the text.
    line(MOTTO, { sizePt: sizes.motto, bold: true }, {
      indent: { ...centredIndents(rightText, mottoWidth), firstLine: 0 },
      border: { bottom: RULE_BORDER },
    }),
  ];

  const numberLine = `Số: ${formatDocumentNumber(h.number, h.typeCode, h.issuerCode)}`;
  // A document issued without a number has no "Số:" line; the date line stays where it is.
  const leftBottom: Paragraph[] = h.numbered === false ? [] : [line(numberLine, { sizePt: SIZE.number })];
  if (doc.subject?.placement === 'underNumber') {
    const vv = `V/v ${doc.subject.text.replace(/^V\/v\s*/i, '')}`;
    for (const l of breakLines(vv, leftText, SIZE.subjectUnderNumber, false)) {
      leftBottom.push(line(l, { sizePt: SIZE.subjectUnderNumber }));
    }
  }
  const rightBottom = [line(formatPlaceDate(h.place, h.date), { sizePt: sizes.placeDate, italic: true })];

  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      children,
    });

  return new Table({
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(leftWidth, leftTop), cell(rightWidth, rightTop)] }),
      new TableRow({
        cantSplit: true,
        children: [cell(leftWidth, spaced(leftBottom)), cell(rightWidth, spaced(rightBottom))],
      }),
    ],
  });
}

/** 6 pt above the number and date lines, apart from the rules above them. */
function spaced(paragraphs: Paragraph[]): Paragraph[] {
  const [first, ...rest] = paragraphs;
  if (!first) return [blank(6)];
  return [blank(6), first, ...rest];
}
