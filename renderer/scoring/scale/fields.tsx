// The editor's cells: each one names its place in the definition (`data-path`, the path the contract's
// errors and the engine's problems use), shows the message for that place under it, and can be reached
// from the problems list.
import { createContext, useContext, type ReactNode } from 'react';
import { Button, Form, Input, InputNumber } from 'antd';
import { formatPoints } from '../../../main/scoring/decimal.js';
import type { Figure } from './draft';

/** Messages by path: the contract's (typing) and the service's (saving). */
export const ErrorsContext = createContext<Record<string, string>>({});

export function At({ path, children, style }: { path: string; children: ReactNode; style?: React.CSSProperties }) {
  const error = useContext(ErrorsContext)[path];
  return (
    <Form.Item style={{ marginBottom: 0, ...style }} validateStatus={error ? 'error' : undefined} help={error} data-path={path}>
      {children}
    </Form.Item>
  );
}

export function PointsInput({
  path,
  label,
  value,
  onChange,
  onBlur,
  integer,
  unbounded,
  width = '100%',
  readOnly,
}: {
  path: string;
  label: string;
  value: Figure;
  onChange: (value: Figure) => void;
  onBlur?: () => void;
  integer?: boolean;
  /** Not points (a target figure): no upper limit. */
  unbounded?: boolean;
  width?: number | string;
  readOnly?: boolean;
}) {
  return (
    <At path={path}>
      <InputNumber
        aria-label={label}
        value={value}
        onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        onBlur={onBlur}
        min={0}
        max={unbounded ? undefined : 1000}
        precision={integer ? 0 : undefined}
        // Officers write "7,5"; the figure stays a number.
        decimalSeparator=","
        readOnly={readOnly}
        style={{ width }}
      />
    </At>
  );
}

export function TextInput({
  path,
  label,
  value,
  onChange,
  placeholder,
  multiline,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
}) {
  return (
    <At path={path}>
      {multiline ? (
        <Input.TextArea
          aria-label={label}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
          autoSize={{ minRows: 1, maxRows: 6 }}
        />
      ) : (
        <Input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
      )}
    </At>
  );
}

/** Brings the field of a path into view and focuses it; a path without its own field goes to its nearest holder. */
export function goToPath(path: string): void {
  let at = path;
  for (;;) {
    const element = document.querySelector<HTMLElement>(`[data-path="${at}"]`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), [tabindex="0"]')?.focus({ preventScroll: true });
      return;
    }
    const cut = at.lastIndexOf('.');
    if (cut < 0) return;
    at = at.slice(0, cut);
  }
}

/** After a move the moved row's node may have been re-inserted, which drops the focus: put it back. */
export function keepFocus(): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body) return;
  requestAnimationFrame(() => {
    if (document.activeElement !== focused && focused.isConnected) focused.focus({ preventScroll: false });
  });
}

/** "58" or "7,5": a figure as the officer reads it (an empty one counts as 0). */
export const shown = (value: string | number | null): string => formatPoints(String(value ?? 0));

/** Shows or hides an item's guidance text; greyed while there is none yet. */
export function GuidanceToggle({ open, onToggle, guidance, label }: { open: boolean; onToggle: () => void; guidance: string; label: string }) {
  const has = guidance.trim() !== '';
  return (
    <Button type="link" size="small" aria-expanded={open} onClick={onToggle} style={{ paddingInline: 0, color: has ? undefined : '#8c8c8c' }}>
      {open ? '▾' : '▸'} {label}
      {has ? '' : ' (chưa có)'}
    </Button>
  );
}
