// The grid's one editor, laid over the active cell while a figure is typed. Typing a figure over a cell
// starts it with that key (arrows then leave the cell, as in a spreadsheet); Enter or F2 edits the value in
// place (arrows move the caret).
import { useRef } from 'react';
import type { Move } from './keys';

export interface Editing {
  initial: string;
  mode: 'type' | 'edit';
}

export type EditorResult = { commit: true; text: string; move: Move } | { commit: false };

/** Ends editing with the result; answers false when the figure was refused and the editor stays. */
export type EditorDone = (result: EditorResult, fromBlur: boolean) => boolean;

const TYPING_MOVES: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const EDITING_MOVES: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down' };

export function CellEditor({ editing, label, onDone }: { editing: Editing; label: string; onDone: EditorDone }) {
  const finished = useRef(false);
  const finish = (result: EditorResult, fromBlur: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (!onDone(result, fromBlur)) finished.current = false;
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const text = e.currentTarget.value;
    const arrow = (editing.mode === 'type' ? TYPING_MOVES : EDITING_MOVES)[e.key];
    let move: Move | null = arrow ?? null;
    if (e.key === 'Enter') move = e.shiftKey ? 'up' : 'down';
    if (e.key === 'Tab') move = e.shiftKey ? 'left' : 'right';
    if (e.key === 'Escape') {
      e.preventDefault();
      finish({ commit: false }, false);
      return;
    }
    if (move === null) return;
    e.preventDefault();
    finish({ commit: true, text, move }, false);
  };
  return (
    <input
      className="sg-editor"
      aria-label={label}
      autoFocus
      defaultValue={editing.initial}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      onFocus={(e) => {
        const end = e.currentTarget.value.length;
        e.currentTarget.setSelectionRange(end, end);
      }}
      onKeyDown={onKeyDown}
      onBlur={(e) => finish({ commit: true, text: e.currentTarget.value, move: 'none' }, true)}
    />
  );
}
