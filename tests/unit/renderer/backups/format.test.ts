import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../../main/contract/index.js';
import { backupRows, sizeText, spaceIsLow, timeText, totalsText } from '../../../../renderer/backups/format.js';

const MB = 1024 * 1024;

describe('backups screen wording', () => {
  it('says a time as dd/mm/yyyy HH:mm in the local time zone', () => {
    const local = new Date(2024, 2, 9, 14, 5, 30);
    expect(timeText(local.toISOString())).toBe('09/03/2024 14:05');
    expect(timeText('không phải thời điểm')).toBe('không phải thời điểm');
  });

  it('says sizes with a decimal comma and a thousands dot', () => {
    expect(sizeText(512)).toBe('512 byte');
    expect(sizeText(850 * 1024 + 300)).toBe('850 KB');
    expect(sizeText(1.5 * MB)).toBe('1,5 MB');
    expect(sizeText(1234 * 1024)).toBe('1,2 MB');
    expect(sizeText(12.34 * 1024 * MB)).toBe('12,3 GB');
    expect(sizeText(5000 * 1024 * 1024 * 1024)).toBe('5.000 GB');
  });

  it('warns of low space below twice the database and 50 MB, never when the system does not say', () => {
    expect(spaceIsLow(2 * 10 * MB + 50 * MB - 1, 10 * MB)).toBe(true);
    expect(spaceIsLow(2 * 10 * MB + 50 * MB, 10 * MB)).toBe(false);
    expect(spaceIsLow(null, 10 * MB)).toBe(false);
  });

  it('counts what a copy holds', () => {
    expect(totalsText({ blocs: 1, years: 3, units: 1200, documents: 40 })).toBe('1 khối, 3 năm, 1.200 đơn vị, 40 văn bản');
  });
});

describe('backupRows', () => {
  const entry = (backup: string, place: BackupEntry['place']): BackupEntry => ({
    backup,
    reason: 'Sao lưu thủ công',
    tier: 'Do người dùng sao lưu',
    takenAt: '2024-03-09T07:05:00.000Z',
    size: 4096,
    place,
  });

  it('shows a backup kept in both folders once, with both places, data folder first, order kept', () => {
    const rows = backupRows([entry('b.sqlite', 'mirror'), entry('a.sqlite', 'data'), entry('b.sqlite', 'data'), entry('c.sqlite', 'mirror')]);
    expect(rows.map((r) => [r.backup, r.places])).toEqual([
      ['b.sqlite', ['data', 'mirror']],
      ['a.sqlite', ['data']],
      ['c.sqlite', ['mirror']],
    ]);
  });
});
