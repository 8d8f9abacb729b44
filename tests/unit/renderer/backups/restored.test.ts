import { describe, expect, it } from 'vitest';
import { forgetRestoredNote, keepRestoredNote, readRestoredNote, type RestoredNote } from '../../../../renderer/backups/restored.js';

/** sessionStorage as the window has it: strings by key. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

const note: RestoredNote = {
  source: 'bản sao lưu lúc 09/03/2024 14:05',
  totals: { blocs: 1, years: 3, units: 11, documents: 40 },
  safetyBackup: 'khoi-thi-dua-truoc-khoi-phuc-2024-03-09T07-10-00-000Z.sqlite',
  filesPlaced: 12,
  missingFiles: 0,
};

describe('the note a restore leaves across the reload', () => {
  it('is read back as kept, and is gone once forgotten', () => {
    const storage = memoryStorage();
    expect(readRestoredNote(storage)).toBeNull();
    keepRestoredNote(storage, note);
    expect(readRestoredNote(storage)).toEqual(note);
    forgetRestoredNote(storage);
    expect(readRestoredNote(storage)).toBeNull();
  });

  it('counts anything unreadable as no note', () => {
    const storage = memoryStorage();
    keepRestoredNote(storage, note);
    const [key] = [...storage.items.keys()];
    for (const broken of ['{', '42', JSON.stringify({ ...note, totals: { blocs: 1 } }), JSON.stringify({ ...note, safetyBackup: 3 }), JSON.stringify({ ...note, missingFiles: -1 }), JSON.stringify({ ...note, filesPlaced: undefined })]) {
      storage.setItem(key!, broken);
      expect(readRestoredNote(storage)).toBeNull();
    }
  });
});
