// How the backups screen says times, sizes and contents: pure, so it is unit-tested without a window.
import type { BackupEntry, CopyContents } from '../../main/contract/index.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** "09/03/2024 14:05" from an ISO time, in the PC's time zone. */
export function timeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/** "850 KB", "1,5 MB", "12,3 GB": a decimal comma, as the officer writes figures. */
export function sizeText(bytes: number): string {
  if (bytes < KB) return `${number.format(bytes)} byte`;
  if (bytes < MB) return `${number.format(Math.round(bytes / KB))} KB`;
  if (bytes < GB) return `${number.format(bytes / MB)} MB`;
  return `${number.format(bytes / GB)} GB`;
}

/**
 * Free space a backup and a restore need: a copy of the database, the safety copy taken before a restore,
 * and room for the journal and everything else.
 */
export const spaceNeeded = (databaseSize: number): number => 2 * databaseSize + 50 * MB;

/** The disk is too full to back up and restore safely; unknown free space is not a warning. */
export const spaceIsLow = (freeBytes: number | null, databaseSize: number): boolean =>
  freeBytes !== null && freeBytes < spaceNeeded(databaseSize);

/** "1 khối, 3 năm, 11 đơn vị, 40 văn bản". */
export const totalsText = ({ blocs, years, units, documents }: CopyContents['totals']): string =>
  `${number.format(blocs)} khối, ${number.format(years)} năm, ${number.format(units)} đơn vị, ${number.format(documents)} văn bản`;

export const PLACE_LABEL: Record<BackupEntry['place'], string> = { data: 'Thư mục dữ liệu', mirror: 'Thư mục thứ hai' };

/** One backup as the list shows it: a file in both folders is one row with both places. */
export interface BackupRow extends Omit<BackupEntry, 'place'> {
  places: BackupEntry['place'][];
}

/** Merges the copies of one backup (same file name in the data folder and the second folder), keeping the order. */
export function backupRows(entries: readonly BackupEntry[]): BackupRow[] {
  const rows = new Map<string, BackupRow>();
  for (const { place, ...entry } of entries) {
    const row = rows.get(entry.backup);
    if (row) {
      if (!row.places.includes(place)) row.places.push(place);
    } else {
      rows.set(entry.backup, { ...entry, places: [place] });
    }
  }
  for (const row of rows.values()) row.places.sort((a, b) => (a === b ? 0 : a === 'data' ? -1 : 1));
  return [...rows.values()];
}
