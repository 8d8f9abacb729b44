// Where each cell of a table sits in the column grid. A cell spanning rows (rowSpan) takes its columns in
// the rows below too, and those rows leave it out, as in HTML: the DOCX writer and the preview both
// place cells through this, so a column's width and alignment reach the right cells in either.
import type { TableCell } from '../model.js';

const spansOf = (cell: TableCell) =>
  typeof cell === 'string' ? { colSpan: 1, rowSpan: 1 } : { colSpan: Math.max(1, cell.colSpan ?? 1), rowSpan: Math.max(1, cell.rowSpan ?? 1) };

/** For each row, the grid column each of its cells starts at. */
export function cellColumns(rows: TableCell[][]): number[][] {
  // Columns still taken by a cell from a row above: column → rows left.
  const taken = new Map<number, number>();
  return rows.map((cells) => {
    const busy = new Set([...taken].filter(([, left]) => left > 0).map(([col]) => col));
    let col = 0;
    const starts = cells.map((cell) => {
      while (busy.has(col)) col++;
      const start = col;
      const { colSpan, rowSpan } = spansOf(cell);
      for (let c = start; c < start + colSpan; c++) if (rowSpan > 1) taken.set(c, rowSpan);
      col += colSpan;
      return start;
    });
    // This row is done: every span from above (and the ones that start here) has one row less to go.
    for (const [c, left] of taken) taken.set(c, left - 1);
    return starts;
  });
}
