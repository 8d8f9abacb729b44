/**
 * Data tables: fixed layout with DXA widths (LibreOffice ignores percentage widths), header rows that
 * repeat on every page, rows that never split across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { DocumentOptions, TableBlock, TableCell as CellData, TableCellSpec } from '../model.js';
import { BLACK, bodySizes } from '../layout/sizes.js';
import { alignment, runs } from './text.js';
import { cellColumns } from '../layout/table-grid.js';
import { DENSE_PADDING, textWidth } from '../layout/units.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const GRID_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;

/** Column widths in twips: weights are shared out over the text width, the rounding put in the last. */
export function columnWidthsDxa(block: TableBlock, options: DocumentOptions): number[] {
  const raw = block.columns.map((c) => Math.max(0, c.width));
  if (block.widthUnit === 'dxa') return raw.map((w) => Math.round(w));
  const total = textWidth(options.orientation);
  const sum = raw.reduce((a, b) => a + b, 0) || 1;
  const widths = raw.map((w) => Math.floor((w / sum) * total));
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function spec(cell: CellData): TableCellSpec {
  return typeof cell === 'string' ? { text: cell } : cell;
}

export function dataTable(block: TableBlock, options: DocumentOptions): Table {
  const widths = columnWidthsDxa(block, options);
  const sizePt = block.fontSize ?? bodySizes(options).table;

  const allRows = [...block.headerRows, ...block.rows];
  const starts = cellColumns(allRows);
  const kept = allRows.length - Math.min(block.rows.length, Math.max(0, block.keepLastRows ?? 0));
  const row = (cells: CellData[], r: number) => {
    const header = r < block.headerRows.length;
    const children = cells.map((c, i) => {
      const s = spec(c);
      const col = starts[r]?.[i] ?? 0;
      const span = Math.max(1, s.colSpan ?? 1);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      const columnAlign = block.columns[col]?.align;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        // docx adds the merged cells below itself (w:vMerge), so the model's rows leave them out.
        rowSpan: (s.rowSpan ?? 1) > 1 ? s.rowSpan : undefined,
        verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
        ...(block.dense && { margins: { left: DENSE_PADDING, right: DENSE_PADDING } }),
        children: [
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : alignment(s.align ?? columnAlign ?? 'left'),
            spacing: block.dense ? { before: 20, after: 20, line: 240 } : { before: 40, after: 40, line: 240 },
            indent: { firstLine: 0 },
            children: runs(s.text, { sizePt, bold: header || s.bold, italic: s.italic }),
          }),
        ],
      });
    });
    return new TableRow({ tableHeader: header || undefined, cantSplit: true, keepNext: r >= kept || undefined, children });
  };

  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    rows: allRows.map((cells, r) => row(cells, r)),
  });
}
