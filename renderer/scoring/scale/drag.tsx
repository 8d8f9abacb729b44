// Dragging a row by its handle (HTML5 drag and drop): a criterion lands anywhere among the criteria of
// any group, a sub-criterion among its siblings. Moving down lands after the row dropped on, moving up
// before it, as the line drawn under or over that row shows.
import { createContext, useContext, useState, type ReactNode } from 'react';

export type RowRef = { type: 'criterion'; gi: number; ci: number } | { type: 'sub'; gi: number; ci: number; si: number };

interface DragState {
  dragging: RowRef | null;
  over: RowRef | null;
  start: (row: RowRef) => void;
  enter: (row: RowRef) => void;
  end: () => void;
  drop: (from: RowRef, to: RowRef) => void;
}

const DragContext = createContext<DragState | null>(null);

export function DragProvider({ onDrop, children }: { onDrop: (from: RowRef, to: RowRef) => void; children: ReactNode }) {
  const [dragging, setDragging] = useState<RowRef | null>(null);
  const [over, setOver] = useState<RowRef | null>(null);
  const value: DragState = {
    dragging,
    over,
    start: setDragging,
    enter: setOver,
    end: () => {
      setDragging(null);
      setOver(null);
    },
    drop: onDrop,
  };
  return <DragContext.Provider value={value}>{children}</DragContext.Provider>;
}

const same = (a: RowRef | null, b: RowRef | null) => JSON.stringify(a) === JSON.stringify(b);

const accepts = (from: RowRef, to: RowRef): boolean =>
  from.type === 'criterion' ? to.type === 'criterion' : to.type === 'sub' && from.gi === to.gi && from.ci === to.ci;

/** Whether the dragged row lands after the target: it comes from above in the same list. */
const landsAfter = (from: RowRef, to: RowRef): boolean => {
  if (from.type === 'sub' && to.type === 'sub') return from.si < to.si;
  return from.gi === to.gi && from.ci < to.ci;
};

export function useRowDrag(row: RowRef, disabled: boolean) {
  const state = useContext(DragContext);
  if (!state) throw new Error('useRowDrag outside DragProvider');
  const { dragging, over } = state;
  const target = !disabled && dragging !== null && !same(dragging, row) && accepts(dragging, row);
  const line = target && same(over, row) ? (landsAfter(dragging, row) ? 'bottom' : 'top') : null;
  return {
    /** Spread on the handle. */
    handle: {
      draggable: !disabled,
      onDragStart: (e: React.DragEvent<HTMLElement>) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', JSON.stringify(row));
        const whole = e.currentTarget.closest<HTMLElement>('[data-row]');
        if (whole) e.dataTransfer.setDragImage(whole, 12, 12);
        state.start(row);
      },
      onDragEnd: state.end,
    },
    /** Spread on the row. */
    target: target
      ? {
          onDragOver: (e: React.DragEvent<HTMLElement>) => {
            e.preventDefault();
            if (!same(over, row)) state.enter(row);
          },
          onDrop: (e: React.DragEvent<HTMLElement>) => {
            e.preventDefault();
            state.drop(dragging, row);
            state.end();
          },
        }
      : {},
    dragged: same(dragging, row),
    line,
  };
}
