import { Input } from 'antd';

/** A search field; the caller filters with matchesSearch (diacritics and case ignored). */
export function SearchBox({
  value,
  onChange,
  placeholder = 'Tìm kiếm (gõ không dấu cũng được)',
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  label: string;
}) {
  return (
    <Input
      type="search"
      allowClear
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      style={{ width: 400, maxWidth: '100%' }}
    />
  );
}
