// What is still missing before a year is closed (the "Khóa sổ"): the scale locked, every member
// scored, the vote counted, next year's head recorded, the year-end documents issued. The officer may
// close anyway, with a reason (years.close).
import type { CloseItem, Year } from '../../contract/index.js';
import { kinds } from '../../documents/kinds/registry.js';
import { listScaleRows, scoringSource } from '../scoring/queries.js';
import { fieldError } from '../errors.js';
import type { Reader, Trx } from '../transaction.js';
import { findYearEnd } from './queries.js';
import { ensureRow } from './rows.js';
import { listIssued } from '../documents/register.js';

/** The documents of the year end, by their kind in the register. */
const DOCUMENTS = ['scoreSummary', 'voteCountMinutes', 'proposal', 'annualReport'] as const;

const item = (key: string, label: string, missing: string): CloseItem => ({ key, label, done: missing === '', detail: missing });

export async function closeChecklist(db: Reader, year: Year): Promise<CloseItem[]> {
  const scales = await listScaleRows(db, year.id);
  const locked = scales.some((s) => s.status === 'locked');
  const draft = scales.at(-1)?.status === 'draft' ? scales.at(-1) : undefined;
  const scaleMissing =
    scales.length === 0
      ? `Năm ${year.year} chưa có thang điểm.`
      : !locked
        ? 'Thang điểm chưa khóa.'
        : draft
          ? `Phiên bản ${draft.version} của thang điểm đang soạn, chưa khóa.`
          : '';

  const scoring = await scoringSource(db, year);
  const unscored = (scoring?.standings ?? []).filter((s) => s.missing > 0).map((s) => s.unitName);
  const scoresMissing = !scoring
    ? 'Chưa có thang điểm đã khóa để chấm điểm.'
    : unscored.length > 0
      ? `Còn ${unscored.length} đơn vị chưa chấm đủ: ${unscored.join(', ')}.`
      : '';

  const yearEnd = await findYearEnd(db, year);
  const undecided = yearEnd.awards.filter((a) => !a.decided).map((a) => a.name);
  const votesMissing =
    yearEnd.awards.length === 0
      ? 'Chưa có hình thức khen thưởng nào được bầu.'
      : undecided.length > 0
        ? `Chưa kiểm phiếu xong ${undecided.join(', ')}.`
        : '';

  const issued = await listIssued(db, year.id);
  const yearEndMeetings = await db.selectFrom('meetings').select('id').where('yearId', '=', year.id).where('kind', '=', 'yearEndReview').execute();
  const minutesIssued = issued.some((d) => d.type === 'minutes' && yearEndMeetings.some((m) => m.id === d.sourceMeetingId));

  return [
    item('scale', 'Thang điểm đã khóa', scaleMissing),
    item('scores', 'Các đơn vị đã được chấm điểm đủ', scoresMissing),
    item('votes', 'Đã kiểm phiếu đề nghị khen thưởng', votesMissing),
    item('succession', 'Đã ghi đơn vị Trưởng khối năm sau', yearEnd.succession.nextHeadUnitId === null ? `Chưa ghi đơn vị Trưởng khối năm ${year.year + 1}.` : ''),
    ...DOCUMENTS.map((key) => item(key, kinds[key].label, issued.some((d) => d.type === key) ? '' : `Chưa ban hành ${kinds[key].label}.`)),
    item(
      'minutes',
      `${kinds.minutes.label} hội nghị tổng kết`,
      yearEndMeetings.length === 0
        ? 'Chưa có hội nghị tổng kết năm.'
        : minutesIssued
          ? ''
          : `Chưa ban hành ${kinds.minutes.label} hội nghị tổng kết.`,
    ),
  ];
}

/** Refuses to close while items are open, unless the officer says why. */
export async function assertClosable(db: Reader, year: Year, reason: string): Promise<void> {
  if (reason !== '') return;
  const open = (await closeChecklist(db, year)).filter((i) => !i.done);
  if (open.length === 0) return;
  // Each detail says what is missing in a sentence of its own: here they run on, after a colon.
  const list = open.map((i) => i.detail.charAt(0).toLocaleLowerCase('vi') + i.detail.slice(1).replace(/\.$/, '')).join('; ');
  throw fieldError('reason', `Còn việc chưa xong: ${list}. Ghi lý do nếu vẫn muốn khóa sổ.`);
}

/** Keeps why the year was closed (empty when nothing was open), in the closing transaction. */
export async function recordClosing(trx: Trx, year: Year, reason: string): Promise<void> {
  await ensureRow(trx, year);
  await trx.updateTable('yearEnds').set({ closingReason: reason }).where('yearId', '=', year.id).execute();
}
