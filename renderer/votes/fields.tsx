// Small pieces the year-end cards share.
import type { ReactNode } from 'react';
import { Form } from 'antd';
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

/** The field errors of a refused write, keyed as the contract names the fields. */
export const fieldErrorsOf = (error: unknown): Record<string, string> => (error instanceof ApiError ? error.fieldErrors : {});

/** The message to show for a refused write. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.');
