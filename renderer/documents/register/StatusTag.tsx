import { Tag } from 'antd';
import type { RegisterEntry } from '../../../main/contract/index.js';

/** Đã ban hành / Đã thu hồi / Đã thay thế bởi văn bản số … */
export function statusText(entry: RegisterEntry, all: RegisterEntry[]): string {
  if (entry.status === 'issued') return 'Đã ban hành';
  if (entry.status === 'withdrawn') return 'Đã thu hồi';
  const by = all.find((e) => e.id === entry.replacedById);
  if (!by) return 'Đã thay thế';
  return by.number === null ? 'Đã thay thế bởi văn bản không số' : `Đã thay thế bởi ${by.numberText}`;
}

export function StatusTag({ entry, all }: { entry: RegisterEntry; all: RegisterEntry[] }) {
  const color = entry.status === 'issued' ? 'green' : entry.status === 'withdrawn' ? 'red' : 'orange';
  return <Tag color={color}>{statusText(entry, all)}</Tag>;
}

/** The entry's signed scan is attached. */
export const SignedCopyTag = () => <Tag color="blue">Đã có bản ký</Tag>;
