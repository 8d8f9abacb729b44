// An editable ordered list: each row has "lên", "xuống" and "xóa" buttons (keyboard-accessible,
// labelled with the row's number), plus an "add" button under the list.
import type { ReactNode } from 'react';
import { Button, Space } from 'antd';

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
}

const move = <T,>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

export function OrderedList<T>({ items, onChange, renderItem, newItem, noun, addLabel, disabled, max }: Props<T>) {
  const shift = (from: number, to: number) => {
    onChange(move(items, from, to));
    // Keep the focus on the same button of the moved row, so the keys can move it again.
    const label = `${to < from ? 'Chuyển lên' : 'Chuyển xuống'} ${noun} ${to + 1}`;
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]:not([disabled])`)?.focus());
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {items.map((item, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }} data-testid={`${noun}-row`}>
          <span style={{ minWidth: 24, paddingTop: 5, color: '#888', textAlign: 'right' }}>{i + 1}.</span>
          <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item, i, (value) => onChange(items.map((x, j) => (j === i ? value : x))))}</div>
          <Space.Compact>
            <Button aria-label={`Chuyển lên ${noun} ${i + 1}`} title="Chuyển lên" disabled={disabled || i === 0} onClick={() => shift(i, i - 1)}>
              ↑
            </Button>
            <Button
              aria-label={`Chuyển xuống ${noun} ${i + 1}`}
              title="Chuyển xuống"
              disabled={disabled || i === items.length - 1}
              onClick={() => shift(i, i + 1)}
            >
              ↓
            </Button>
            <Button aria-label={`Xóa ${noun} ${i + 1}`} title="Xóa" danger disabled={disabled} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              ✕
            </Button>
          </Space.Compact>
        </div>
      ))}
      <div>
        <Button disabled={disabled || (max !== undefined && items.length >= max)} onClick={() => onChange([...items, newItem()])}>
          {addLabel}
        </Button>
      </div>
    </div>
  );
}
