// Each step's deadline in a year: as the officer set it (year_deadlines), else by month from the calendar
// of domain.md §2. A new year copies the year it is made from, one year later.
import { deadlineSteps, stepTitles, type DeadlineStep, type Deadlines, type Year } from '../../contract/index.js';
import { parseIsoDate } from '../../documents/format.js';
import { fieldError } from '../errors.js';
import type { Reader, Trx } from '../transaction.js';

/**
 * The last day of each step's usual months (domain.md §2): the pledge is written for, and signed at, the
 * signing conference held January to March; the mid-year review in June–July; the cross-inspection and the
 * scores in October–November, so the year-end conference has them; the conference and its vote by the end
 * of December; the proposal and the annual report go to the province and the year is handed over in January.
 */
const DEFAULTS: Record<DeadlineStep, { month: number; day: number; nextYear?: true }> = {
  pledge: { month: 3, day: 31 },
  signing: { month: 3, day: 31 },
  midYear: { month: 7, day: 31 },
  scoring: { month: 11, day: 30 },
  yearEnd: { month: 12, day: 31 },
  handover: { month: 1, day: 31, nextYear: true },
};

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export const defaultDeadlines = (year: number): Deadlines =>
  Object.fromEntries(
    deadlineSteps.map((step) => {
      const d = DEFAULTS[step];
      return [step, iso(year + (d.nextYear ? 1 : 0), d.month, d.day)];
    }),
  ) as Deadlines;

/** The same day `years` years later; 29 February becomes the 28th in a year without it. */
export function shiftYears(date: string, years: number): string {
  const { year, month, day } = parseIsoDate(date);
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return iso(year + years, month, month === 2 && day === 29 && !leap(year + years) ? 28 : day);
}

export async function readDeadlines(db: Reader, year: Pick<Year, 'id' | 'year'>): Promise<Deadlines> {
  const rows = await db.selectFrom('yearDeadlines').select(['step', 'date']).where('yearId', '=', year.id).execute();
  const set = new Map(rows.map((r) => [r.step, r.date]));
  const defaults = defaultDeadlines(year.year);
  return Object.fromEntries(deadlineSteps.map((step) => [step, set.get(step) ?? defaults[step]])) as Deadlines;
}

/** A deadline falls in the year or the next: a year end may run into January, never further. */
export function checkDeadlines(year: Pick<Year, 'year'>, deadlines: Deadlines): void {
  for (const step of deadlineSteps) {
    const at = parseIsoDate(deadlines[step]).year;
    if (at !== year.year && at !== year.year + 1) {
      throw fieldError(
        `deadlines.${step}`,
        `Thời hạn “${stepTitles[step]}” phải trong năm ${year.year} hoặc năm ${year.year + 1}.`,
      );
    }
  }
}

export async function writeDeadlines(trx: Trx, yearId: number, deadlines: Deadlines): Promise<void> {
  await trx.deleteFrom('yearDeadlines').where('yearId', '=', yearId).execute();
  await trx
    .insertInto('yearDeadlines')
    .values(deadlineSteps.map((step) => ({ yearId, step, date: deadlines[step] })))
    .execute();
}

/** A new year's deadlines: those the source year set, shifted to the new year; none set, the defaults apply. */
export async function copyDeadlines(trx: Trx, source: Pick<Year, 'id' | 'year'>, target: Pick<Year, 'id' | 'year'>): Promise<void> {
  const rows = await trx.selectFrom('yearDeadlines').select(['step', 'date']).where('yearId', '=', source.id).execute();
  if (rows.length === 0) return;
  await trx
    .insertInto('yearDeadlines')
    .values(rows.map((r) => ({ yearId: target.id, step: r.step, date: shiftYears(r.date, target.year - source.year) })))
    .execute();
}
