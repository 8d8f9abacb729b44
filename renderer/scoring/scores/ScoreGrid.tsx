// The score grid: units × items, keyboard-first like a spreadsheet. Cells are plain text; one cell is
// active, and one editor is laid over it while a figure is typed. The table holds the focus and handles
// every key, click and paste itself (one handler each, not one per cell).
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { ScaleDefinition, Standing } from '../../../main/contract/index.js';
import type { Member, ScoredItem } from '../../../main/scoring/index.js';
import type { EditorDone, EditorResult, Editing } from './CellEditor';
import { bands, type GridColumn } from './columns';
import { GridHeader } from './GridHeader';
import { GridRow, type Waiting } from './GridRow';
import { arrowMove, moved, pastedBlock, startsFigure, type Cell, type Move } from './keys';
import { entriesOf, figureText, type Sheet, type Side } from './sheet';
import './grid.css';

export interface Target {
  member: Member;
  item: ScoredItem;
  side: Side;
}

/** What became of a typed figure: saved, refused (the editor stays), or held until its reason is given. */
export type Outcome = 'saved' | 'refused' | 'needsReason';

interface ScoreGridProps {
  def: ScaleDefinition;
  items: ScoredItem[];
  /** The items' cells, as `gridColumns(items)` lays them out. */
  columns: GridColumn[];
  members: Member[];
  sheet: Sheet;
  standings: ReadonlyMap<number, Standing>;
  readOnly: boolean;
  active: Cell;
  onActive: (cell: Cell) => void;
  waiting: Waiting | null;
  onCommit: (target: Target, text: string) => Outcome;
  /** A block pasted at the active cell, mapped onto the cells it covers; `outside`: values beyond the grid. */
  onPaste: (cells: { target: Target; text: string }[], outside: number) => void;
  onOpenCard: (unitId: number) => void;
  /** An edit was tried on a read-only grid. */
  onReadOnly: () => void;
  ref?: Ref<ScoreGridHandle>;
}

export interface ScoreGridHandle {
  focus: () => void;
}

type EditState = Editing & Cell;

const PAGE = 10;

/** The event comes from the editor's input; a paste or copy may also come from a cell holding the selection. */
const fromEditor = (e: React.SyntheticEvent): boolean => e.target instanceof HTMLInputElement;

/**
 * Column widths, px. The table is laid out from them alone (table-layout: fixed), so a typed figure does
 * not make the browser measure 6 000 cells again.
 */
const WIDTH = { unit: 260, cell: 58, computed: 64, classification: 210 };

function ColumnWidths({ cells, groups }: { cells: number; groups: number }) {
  return (
    <colgroup>
      <col style={{ width: WIDTH.unit }} />
      {Array.from({ length: cells }, (_, i) => (
        <col key={i} style={{ width: WIDTH.cell }} />
      ))}
      {/* The groups, Thưởng, Trừ, Tổng, Hạng. */}
      {Array.from({ length: groups + 4 }, (_, i) => (
        <col key={`c${i}`} style={{ width: WIDTH.computed }} />
      ))}
      <col style={{ width: WIDTH.classification }} />
    </colgroup>
  );
}

/**
 * Scrolls the grid (only the grid, not the page) so that the cell is clear of the sticky header, unit
 * names and totals.
 */
function revealCell(box: HTMLElement, cell: HTMLElement): void {
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  const width = (selector: string) => box.querySelector<HTMLElement>(selector)?.offsetWidth ?? 0;
  const left = b.left + width('tbody .sg-unit');
  const right = b.left + box.clientWidth - width('tbody .sg-total') - width('tbody .sg-rank');
  const top = b.top + (box.querySelector('thead')?.offsetHeight ?? 0);
  const bottom = b.top + box.clientHeight;
  if (c.left < left) box.scrollLeft -= left - c.left;
  else if (c.right > right) box.scrollLeft += c.right - right;
  if (c.top < top) box.scrollTop -= top - c.top;
  else if (c.bottom > bottom) box.scrollTop += c.bottom - bottom;
}

export function ScoreGrid(props: ScoreGridProps) {
  const { ref, def, items, columns, members, sheet, standings, active, waiting } = props;
  const headerBands = useMemo(() => bands(def, items), [def, items]);
  const table = useRef<HTMLTableElement>(null);
  const [editing, setEditing] = useState<EditState | null>(null);
  // The handlers below are created once; they read the latest props and state through this ref.
  const latest = useRef({ props, columns, editing });
  latest.current = { props, columns, editing };

  const focusGrid = () => table.current?.focus({ preventScroll: true });
  useImperativeHandle(ref, () => ({ focus: focusGrid }), []);

  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In the next frame, where the layout is computed anyway, not forced now in the middle of an edit.
    const frame = requestAnimationFrame(() => {
      const box = scroller.current;
      const cell = document.getElementById('score-grid-active');
      if (box && cell) revealCell(box, cell);
    });
    return () => cancelAnimationFrame(frame);
  }, [active.row, active.col]);

  const targetAt = (cell: Cell): Target | null => {
    const { props: p, columns: cols } = latest.current;
    const member = p.members[cell.row];
    const column = cols[cell.col];
    return member && column ? { member, item: column.item, side: column.side } : null;
  };

  const go = (move: Move) => {
    const { props: p, columns: cols } = latest.current;
    p.onActive(moved(p.active, move, p.members.length, cols.length));
  };

  const startEditing = (initial: string, mode: Editing['mode']) => {
    if (latest.current.props.readOnly) return latest.current.props.onReadOnly();
    setEditing({ ...latest.current.props.active, initial, mode });
  };

  const onEditorDone: EditorDone = useCallback((result: EditorResult, fromBlur: boolean) => {
    const state = latest.current.editing;
    if (!state) return true;
    if (!result.commit) {
      setEditing(null);
      focusGrid();
      return true;
    }
    const target = targetAt(state);
    const outcome = target ? latest.current.props.onCommit(target, result.text) : 'saved';
    if (outcome === 'refused' && !fromBlur) return false;
    setEditing(null);
    if (outcome === 'saved' && !fromBlur) {
      go(result.move);
      focusGrid();
    }
    return true;
  }, []);

  const editActive = () => {
    const { props: p } = latest.current;
    const target = targetAt(p.active);
    if (target) startEditing(figureText(entriesOf(p.sheet, target.member.unitId).get(target.item.key)?.[target.side]), 'edit');
  };

  const clear = () => {
    const target = targetAt(latest.current.props.active);
    if (!target) return;
    if (latest.current.props.readOnly) return latest.current.props.onReadOnly();
    latest.current.props.onCommit(target, '');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>) => {
    if (fromEditor(e)) return; // the editor handles its own keys
    const cols = columns.length;
    const arrow = arrowMove(e.key);
    const edge = e.ctrlKey || e.metaKey;
    if (arrow) {
      e.preventDefault();
      if (!edge) return go(arrow);
      const far = { up: { row: 0, col: active.col }, down: { row: members.length - 1, col: active.col }, left: { row: active.row, col: 0 }, right: { row: active.row, col: cols - 1 }, none: active };
      return props.onActive(far[arrow]);
    }
    if (e.key === 'Tab') {
      const next = moved(active, e.shiftKey ? 'left' : 'right', members.length, cols);
      // At the row's end Tab leaves the grid, so the keyboard can reach the side panel.
      if (next.col === active.col) return;
      e.preventDefault();
      return props.onActive(next);
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      return editActive();
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      return clear();
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const col = e.key === 'Home' ? 0 : cols - 1;
      return props.onActive({ row: edge ? (e.key === 'Home' ? 0 : members.length - 1) : active.row, col });
    }
    if (e.key === 'PageDown' || e.key === 'PageUp') {
      e.preventDefault();
      const row = Math.max(0, Math.min(members.length - 1, active.row + (e.key === 'PageDown' ? PAGE : -PAGE)));
      return props.onActive({ row, col: active.col });
    }
    if (startsFigure(e.key) && !edge && !e.altKey) {
      // The key itself becomes the editor's first character; the browser must not type it a second time.
      e.preventDefault();
      startEditing(e.key, 'type');
    }
  };

  const cellOf = (target: EventTarget): Cell | null => {
    const td = (target as HTMLElement).closest<HTMLElement>('td[data-col]');
    const tr = td?.closest<HTMLElement>('tr[data-row]');
    return td && tr ? { row: Number(tr.dataset.row), col: Number(td.dataset.col) } : null;
  };

  const onMouseDown = (e: React.MouseEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    const editing = latest.current.editing;
    if (!cell || (editing && cell.row === editing.row && cell.col === editing.col)) return;
    // The figure being typed is saved first, in the cell it was typed in.
    const editor = document.activeElement;
    if (editor instanceof HTMLInputElement && editor.classList.contains('sg-editor')) editor.blur();
    props.onActive(cell);
    e.preventDefault();
    focusGrid();
  };

  const onClick = (e: React.MouseEvent<HTMLTableElement>) => {
    const card = (e.target as HTMLElement).closest<HTMLElement>('[data-card]');
    if (card) props.onOpenCard(Number(card.dataset.card));
  };

  const onPaste = (e: React.ClipboardEvent<HTMLTableElement>) => {
    if (fromEditor(e)) return; // pasting into the editor pastes text into it
    e.preventDefault();
    if (props.readOnly) return props.onReadOnly();
    const cells: { target: Target; text: string }[] = [];
    let outside = 0;
    pastedBlock(e.clipboardData.getData('text/plain')).forEach((line, r) =>
      line.forEach((text, c) => {
        const target = targetAt({ row: active.row + r, col: active.col + c });
        if (target) cells.push({ target, text });
        else outside += 1;
      }),
    );
    if (cells.length > 0) props.onPaste(cells, outside);
  };

  const onCopy = (e: React.ClipboardEvent<HTMLTableElement>) => {
    if (fromEditor(e)) return;
    const target = targetAt(active);
    if (!target) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', figureText(entriesOf(sheet, target.member.unitId).get(target.item.key)?.[target.side]));
  };

  return (
    <div className="sg-scroll" ref={scroller}>
      <table
        ref={table}
        className="sg-table"
        style={{ width: WIDTH.unit + columns.length * WIDTH.cell + (def.groups.length + 4) * WIDTH.computed + WIDTH.classification }}
        role="grid"
        aria-label="Bảng chấm điểm"
        aria-readonly={props.readOnly}
        aria-activedescendant="score-grid-active"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onDoubleClick={(e) => cellOf(e.target) && editActive()}
        onClick={onClick}
        onPaste={onPaste}
        onCopy={onCopy}
      >
        <ColumnWidths cells={columns.length} groups={def.groups.length} />
        <GridHeader bands={headerBands} items={items} groups={def.groups} />
        <tbody>
          {members.map((member, row) => (
            <GridRow
              key={member.unitId}
              member={member}
              row={row}
              entries={entriesOf(sheet, member.unitId)}
              standing={standings.get(member.unitId)}
              columns={columns}
              groups={def.groups}
              activeCol={active.row === row ? active.col : -1}
              editing={editing?.row === row ? editing : null}
              waiting={waiting?.unitId === member.unitId ? waiting : null}
              onEditorDone={onEditorDone}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
