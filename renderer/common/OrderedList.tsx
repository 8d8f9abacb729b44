// An editable ordered list: each row has "lên", "xuống" and "xóa" buttons (keyboard-accessible,
// labelled with the row's number), plus an "add" button under the list. Optionally: a drag handle
// per row, numbering that continues another list (`start`), and a confirmation before deleting.
import { useState, type ReactNode } from 'react';
import { Button, Popconfirm, Space } from 'antd';

interface Props<T> {
  items: T[];
  onChange: (items: T[]) => void;
  /** The editor of one row; `update` replaces the row. */
  renderItem: (item: T, index: number, update: (item: T) => void) => ReactNode;
  newItem: () => T;
  /** "căn cứ", "nội dung", … used in the buttons' labels: "Xóa căn cứ 2". */
  noun: string;
  addLabel: string;
  disabled?: boolean;
  max?: number;
  /** The number of the first row (the pledge numbers its items across groups). */
  start?: number;
  /** Ask before deleting a row: the question shown, e.g. "Xóa nội dung 3?". */
  confirmDelete?: (index: number) => string;
  /** Rows can also be dragged by a handle. */
  draggable?: boolean;
}

export const move = <T,>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

/** After a move, keeps the focus on the same button of the moved row so the keys can move it again. */
export function focusMoved(label: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]:not([disabled])`)?.focus());
}

export function OrderedList<T>({ items, onChange, renderItem, newItem, noun, addLabel, disabled, max, start = 1, confirmDelete, draggable }: Props<T>) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const shift = (from: number, to: number) => {
    onChange(move(items, from, to));
    focusMoved(`${to < from ? 'Chuyển lên' : 'Chuyển xuống'} ${noun} ${to + start}`);
  };
  const remove = (i: number) => onChange(items.filter((_, j) => j !== i));
  const drop = (to: number) => {
    if (dragging !== null && dragging !== to) onChange(move(items, dragging, to));
    setDragging(null);
    setOver(null);
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {items.map((item, i) => {
        const deleteButton = (
          <Button
            aria-label={`Xóa ${noun} ${i + start}`}
            title="Xóa"
            danger
            disabled={disabled}
            onClick={confirmDelete ? undefined : () => remove(i)}
          >
            ✕
          </Button>
        );
        return (
          <div
            key={i}
            style={{
              display: 'flex',
              gap: 8,
              alignItems: 'flex-start',
              borderTop: over === i && dragging !== null && dragging !== i ? '2px solid #1677ff' : '2px solid transparent',
              opacity: dragging === i ? 0.5 : 1,
            }}
            data-testid={`${noun}-row`}
            onDragOver={
              draggable && dragging !== null
                ? (e) => {
                    e.preventDefault();
                    setOver(i);
                  }
                : undefined
            }
            onDrop={draggable ? () => drop(i) : undefined}
          >
            {draggable && (
              <span
                draggable={!disabled}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', String(i));
                  setDragging(i);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setOver(null);
                }}
                title="Kéo để đổi thứ tự (hoặc dùng nút ↑ ↓)"
                aria-hidden
                style={{ cursor: disabled ? 'default' : 'grab', color: '#999', paddingTop: 5, userSelect: 'none' }}
              >
                ⠿
              </span>
            )}
            <span style={{ minWidth: 24, paddingTop: 5, color: '#888', textAlign: 'right' }}>{i + start}.</span>
            <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item, i, (value) => onChange(items.map((x, j) => (j === i ? value : x))))}</div>
            <Space.Compact>
              <Button aria-label={`Chuyển lên ${noun} ${i + start}`} title="Chuyển lên" disabled={disabled || i === 0} onClick={() => shift(i, i - 1)}>
                ↑
              </Button>
              <Button
                aria-label={`Chuyển xuống ${noun} ${i + start}`}
                title="Chuyển xuống"
                disabled={disabled || i === items.length - 1}
                onClick={() => shift(i, i + 1)}
              >
                ↓
              </Button>
              {confirmDelete ? (
                <Popconfirm
                  title={confirmDelete(i)}
                  okText="Xóa"
                  cancelText="Hủy"
                  okButtonProps={{ danger: true }}
                  disabled={disabled}
                  onConfirm={() => remove(i)}
                >
                  {deleteButton}
                </Popconfirm>
              ) : (
                deleteButton
              )}
            </Space.Compact>
          </div>
        );
      })}
      <div>
        <Button disabled={disabled || (max !== undefined && items.length >= max)} onClick={() => onChange([...items, newItem()])}>
          {addLabel}
        </Button>
      </div>
    </div>
  );
}
