import type { Meeting } from '../../main/contract/index.js';

/** For `select`: by date, meetings without a date yet last (the services put them first). */
export const byDate = (meetings: Meeting[]) =>
  meetings.toSorted((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id - b.id);
