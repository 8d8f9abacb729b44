// A register entry's status in words, the same on screen and in the exported register.
import type { RegisterEntry } from '../contract/documents.js';

/** Đã ban hành / Đã thu hồi / Đã thay thế bởi 03/TB-KTĐVHXH. */
export function statusText(entry: RegisterEntry, all: RegisterEntry[]): string {
  if (entry.status === 'issued') return 'Đã ban hành';
  if (entry.status === 'withdrawn') return 'Đã thu hồi';
  const by = all.find((e) => e.id === entry.replacedById);
  if (!by) return 'Đã thay thế';
  return by.number === null ? 'Đã thay thế bởi văn bản không số' : `Đã thay thế bởi ${by.numberText}`;
}
