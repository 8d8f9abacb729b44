// Small pieces the year-end cards share.
import type { ReactNode } from 'react';
import { Form, Radio } from 'antd';
import { ApiError } from '../api/client';

/** A labelled field with the service's error for `errorKey` under it. */
export function Item({
  label,
  htmlFor,
  error,
  extra,
  children,
  style,
}: {
  label?: ReactNode;
  htmlFor?: string;
  error?: string;
  extra?: ReactNode;
  children: ReactNode;
  style?: React.CSSProperties;
}) {
  return (
    <Form.Item label={label} htmlFor={htmlFor} validateStatus={error ? 'error' : undefined} help={error} extra={extra} style={style}>
      {children}
    </Form.Item>
  );
}

/** A labelled choice among a few options, as radio buttons. */
export function ChoiceItem<V extends string | number>({
  label,
  ariaLabel,
  error,
  value,
  onChange,
  options,
}: {
  label: string;
  /** When the label alone does not say what is chosen. */
  ariaLabel?: string;
  error?: string;
  /** null: nothing chosen yet. */
  value: V | null;
  onChange: (value: V) => void;
  options: { value: V; label: string }[];
}) {
  return (
    <Item label={label} error={error}>
      <Radio.Group aria-label={ariaLabel ?? label} value={value} onChange={(e) => onChange(e.target.value as V)} options={options} />
    </Item>
  );
}

/** The field errors of a refused write, keyed as the contract names the fields. */
export const fieldErrorsOf = (error: unknown): Record<string, string> => (error instanceof ApiError ? error.fieldErrors : {});
