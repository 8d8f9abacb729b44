// After a restore the whole window reloads (every screen, cache and selection starts again from the restored
// data, and a bloc or year that no longer exists cannot be left selected). What was done must survive that
// reload to be told: it is kept in the tab's sessionStorage for the backups screen to show once.
import type { Output } from '../../main/contract/index.js';

export interface RestoredNote {
  /** What was restored, as a sentence part: "bản sao lưu lúc 09/03/2024 14:05". */
  source: string;
  totals: Output<'backups.restore'>['contents']['totals'];
  /** The backup of the data as it was just before: the way back. */
  safetyBackup: string;
  /** Evidence and document files a copy put into the data folder. */
  filesPlaced: number;
  /** Evidence the restored data lists whose file is not in the data folder. */
  missingFiles: number;
}

const KEY = 'khoi-thi-dua.backups.restored';

type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const keepRestoredNote = (storage: NoteStorage, note: RestoredNote): void => storage.setItem(KEY, JSON.stringify(note));

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** The note left by a restore, or null; anything unreadable counts as none. */
export function readRestoredNote(storage: NoteStorage): RestoredNote | null {
  try {
    const note = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<RestoredNote> | null;
    const totals = note?.totals;
    const counts = totals && [totals.blocs, totals.years, totals.units, totals.documents].every(isCount);
    if (typeof note?.source !== 'string' || typeof note.safetyBackup !== 'string' || !counts) return null;
    if (!isCount(note.filesPlaced) || !isCount(note.missingFiles)) return null;
    return { source: note.source, safetyBackup: note.safetyBackup, totals, filesPlaced: note.filesPlaced, missingFiles: note.missingFiles };
  } catch {
    return null;
  }
}

export const forgetRestoredNote = (storage: NoteStorage): void => storage.removeItem(KEY);
