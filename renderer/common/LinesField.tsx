// A react-hook-form field holding a list of lines (legal bases, recipients …), with each line's error.
import { Form, Input } from 'antd';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { OrderedList } from './OrderedList';

interface Props<T extends FieldValues, O extends FieldValues> {
  control: Control<T, unknown, O>;
  name: Path<T>;
  label: string;
  noun: string;
  addLabel: string;
  extra?: string;
  disabled?: boolean;
  max?: number;
  placeholder?: string;
}

export function LinesField<T extends FieldValues, O extends FieldValues>({ control, name, label, noun, addLabel, extra, disabled, max, placeholder }: Props<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const itemErrors = (fieldState.error as unknown as ({ message?: string } | undefined)[] | undefined) ?? [];
        const listError = fieldState.error?.message;
        return (
          <Form.Item label={label} extra={extra} validateStatus={listError ? 'error' : undefined} help={listError} data-field={name}>
            <div role="group" aria-label={label}>
              <OrderedList<string>
                items={(field.value as string[] | undefined) ?? []}
                onChange={field.onChange}
                noun={noun}
                addLabel={addLabel}
                disabled={disabled}
                max={max}
                newItem={() => ''}
                renderItem={(value, i, update) => {
                  const error = Array.isArray(itemErrors) ? itemErrors[i]?.message : undefined;
                  return (
                    <Form.Item style={{ marginBottom: 0 }} validateStatus={error ? 'error' : undefined} help={error}>
                      <Input.TextArea
                        aria-label={`${label} ${i + 1}`}
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        value={value}
                        placeholder={placeholder}
                        onChange={(e) => update(e.target.value)}
                      />
                    </Form.Item>
                  );
                }}
              />
            </div>
          </Form.Item>
        );
      }}
    />
  );
}
