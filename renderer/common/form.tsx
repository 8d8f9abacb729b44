// react-hook-form fields drawn with antd: label, input, and the error (from the
// contract's zod schema or from the server) right under the field.
import { useId, type ReactNode } from 'react';
import { Form, Input, InputNumber } from 'antd';
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldValues,
  type Path,
  type UseFormSetError,
} from 'react-hook-form';
import { ApiError } from '../api/client';

interface FieldProps<T extends FieldValues, O extends FieldValues> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: ReactNode;
  required?: boolean;
  extra?: ReactNode;
}

export function Field<T extends FieldValues, O extends FieldValues>({
  control,
  name,
  label,
  required,
  extra,
  children,
}: FieldProps<T, O> & { children: (field: ControllerRenderProps<T, Path<T>> & { id: string }) => ReactNode }) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          required={required}
          extra={extra}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
          data-field={name}
        >
          {children({ ...field, id })}
        </Form.Item>
      )}
    />
  );
}

export function TextField<T extends FieldValues, O extends FieldValues>(props: FieldProps<T, O> & { placeholder?: string; autoFocus?: boolean }) {
  const { placeholder, autoFocus, ...rest } = props;
  return (
    <Field {...rest}>
      {({ value, ...field }) => (
        <Input {...field} value={(value as string | undefined) ?? ''} placeholder={placeholder} autoFocus={autoFocus} />
      )}
    </Field>
  );
}

/**
 * A year, 2000–2100, as the contract's `yearNumber` accepts. Not clamped (no min/max): a clamp would turn
 * 1800 into 2000 and save it; the number typed is kept and the contract's message shows under the field.
 */
export function YearField<T extends FieldValues, O extends FieldValues>(props: FieldProps<T, O>) {
  return (
    <Field {...props}>
      {({ value, onChange, ...field }) => (
        <InputNumber {...field} value={value as number | null} onChange={(v) => onChange(v)} style={{ width: 160 }} />
      )}
    </Field>
  );
}

/** A native form (Enter submits) holding antd's vertical layout; `disabled` greys every input. */

export function FormShell({
  onSubmit,
  disabled,
  children,
  label,
}: {
  onSubmit: () => void;
  disabled?: boolean;
  children: ReactNode;
  label?: string;
}) {
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Form layout="vertical" component={false} disabled={disabled}>
        {children}
      </Form>
    </form>
  );
}

/**
 * Shows a server error next to its field when the form has that field
 * (`prefix` strips a nesting such as "newUnit."); otherwise returns the message
 * for a notification.
 */
export function applyServerError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  prefix = '',
): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.';
  let shown = false;
  for (const [key, text] of Object.entries(error.fieldErrors)) {
    const name = key.startsWith(prefix) ? key.slice(prefix.length) : key;
    if (fields.includes(name)) {
      setError(name as Path<T>, { type: 'server', message: text }, { shouldFocus: !shown });
      shown = true;
    }
  }
  return shown ? null : error.message;
}
