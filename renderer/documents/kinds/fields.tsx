// Form pieces several kinds share: a labelled item showing the server's error, the meeting picker, the
// recipients box, and text-area lines.
import { useId, type ReactNode } from 'react';
import { Form, Input, Select } from 'antd';
import { formatShortDate } from '../../../main/documents/format.js';
import type { Meeting } from '../../../main/contract/index.js';
import { vietnameseSearch } from '../../common/search';

/** The first error whose key is the name or lies under it. */
export const errorAt = (errors: Record<string, string>, name: string): string | undefined =>
  Object.entries(errors).find(([key]) => key === name || key.startsWith(`${name}.`))?.[1];

export function Item({ label, error, extra, children }: { label: string; error?: string; extra?: ReactNode; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id} extra={extra} validateStatus={error ? 'error' : undefined} help={error}>
      {children(id)}
    </Form.Item>
  );
}

/** Non-empty lines of a text area. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The lines, or undefined when there are none (the year's default then applies). */
export const optionalLines = (text: string) => (linesOf(text).length > 0 ? linesOf(text) : undefined);

export const textOf = (lines: readonly string[] | undefined): string => (lines ?? []).join('\n');

export function MeetingField({
  label = 'Hội nghị',
  value,
  onChange,
  meetings,
  error,
  optional = false,
}: {
  label?: string;
  value: number | null;
  onChange: (meetingId: number | null) => void;
  meetings: Meeting[];
  error?: string;
  optional?: boolean;
}) {
  const options = meetings.map((m) => ({ value: m.id, label: m.date ? `${m.name} (${formatShortDate(m.date)})` : m.name }));
  return (
    <Item label={label} error={error}>
      {(id) => (
        <Select
          id={id}
          value={value ?? undefined}
          onChange={(v: number | undefined) => onChange(v ?? null)}
          options={options}
          allowClear={optional}
          showSearch={vietnameseSearch}
          placeholder={meetings.length ? 'Chọn hội nghị' : 'Năm này chưa có hội nghị'}
        />
      )}
    </Item>
  );
}

export function RecipientsField({ value, onChange, errors }: { value: string; onChange: (text: string) => void; errors: Record<string, string> }) {
  return (
    <Item
      label="Nơi nhận"
      error={errorAt(errors, 'input.recipients')}
      extra="Mỗi dòng một nơi; để trống thì dùng nơi nhận mặc định của năm. “Lưu: VT, …” được thêm tự động."
    >
      {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 8 }} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Item>
  );
}
