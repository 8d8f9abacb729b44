// Moving the active cell as a spreadsheet does, and reading a block pasted from Excel.

export interface Cell {
  row: number;
  col: number;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'none';

export function moved(cell: Cell, move: Move, rows: number, cols: number): Cell {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  switch (move) {
    case 'up':
      return { row: clamp(cell.row - 1, rows), col: cell.col };
    case 'down':
      return { row: clamp(cell.row + 1, rows), col: cell.col };
    case 'left':
      return { row: cell.row, col: clamp(cell.col - 1, cols) };
    case 'right':
      return { row: cell.row, col: clamp(cell.col + 1, cols) };
    case 'none':
      return cell;
  }
}

const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
export const arrowMove = (key: string): Move | null => ARROWS[key] ?? null;

/** A key that starts typing a figure over the cell's value. */
export const startsFigure = (key: string): boolean => /^[0-9.,]$/.test(key);

/**
 * Excel's clipboard text as rows of cells: lines split on newlines (the trailing one Excel adds dropped),
 * cells on tabs.
 */
export function pastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}
