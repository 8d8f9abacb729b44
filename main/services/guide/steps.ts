// What the year has done, read from the data itself (units, pledge, meetings, the register, the scale and
// scores, the year end), as checks in the order the officer does them: the first check not done is the next
// action, and each step is done when all of its checks are.
import type { Deadlines, GuideStep, GuideYear, MeetingKind, NextAction, StepKey, StepStatus, Year } from '../../contract/index.js';
import { archiveMissing, deadlineSteps, stepTitles } from '../../contract/index.js';
import { listScaleRows, scoringSource } from '../scoring/queries.js';
import { readSettings } from '../settings/queries.js';
import type { Reader } from '../transaction.js';
import { findYearEnd } from '../votes/queries.js';
import { listIssued } from '../documents/register.js';

interface Check {
  step: StepKey;
  done: boolean;
  /** What is missing while not done, in the officer's words. */
  missing: string;
  next: NextAction;
}

const go = (label: string, route: NextAction['route'], params: NextAction['params'] = {}): NextAction => ({ label, route, params });

export async function yearChecks(db: Reader, year: Year): Promise<Check[]> {
  const pledge = await db.selectFrom('pledges').select('yearId').where('yearId', '=', year.id).executeTakeFirst();
  const meetings = await db.selectFrom('meetings').select(['id', 'kind']).where('yearId', '=', year.id).orderBy('id').execute();
  const issued = await listIssued(db, year.id);
  const scales = await listScaleRows(db, year.id);
  const scoring = await scoringSource(db, year);
  const yearEnd = await findYearEnd(db, year);
  // Every document ends with “Lưu: VT, <the drafting office>”, which only the officer knows (Cài đặt văn bản).
  const archiveWritten = !archiveMissing((await readSettings(db, year.id)).archive);

  const ofKind = (kind: MeetingKind) => meetings.filter((m) => m.kind === kind).map((m) => m.id);
  // The meeting a document is drawn from: the latest of its kind (an earlier one may be a draft left aside).
  const latest = (kind: MeetingKind) => ofKind(kind).at(-1) ?? null;
  const issuedFrom = (type: string, kind: MeetingKind) =>
    issued.some((d) => d.type === type && d.sourceMeetingId !== null && ofKind(kind).includes(d.sourceMeetingId));
  const isIssued = (type: string) => issued.some((d) => d.type === type);
  const document = (label: string, type: string, meetingId: number | null = null) =>
    go(label, 'documents', meetingId === null ? { type } : { type, meetingId });
  const newMeeting = (label: string, kind: MeetingKind) => go(label, 'meeting', { kind });

  const signing = latest('signing');
  const midYear = latest('midYearReview');
  const conference = latest('yearEndReview');
  const locked = scales.some((s) => s.status === 'locked');
  const unscored = (scoring?.standings ?? []).filter((s) => s.missing > 0).length;
  const undecided = yearEnd.awards.filter((a) => !a.decided).map((a) => a.name);
  const leadership = go('Chọn Trưởng khối, Phó khối', 'leadership');

  return [
    { step: 'setup', done: year.memberCount > 0, missing: 'Chưa có đơn vị thành viên', next: go('Dán danh sách đơn vị', 'units', { paste: 1 }) },
    { step: 'setup', done: year.headUnitId !== null, missing: 'Chưa chọn Trưởng khối', next: leadership },
    { step: 'setup', done: year.deputyUnitId !== null, missing: 'Chưa chọn Phó khối', next: leadership },
    {
      step: 'setup',
      done: archiveWritten,
      missing: 'Chưa ghi nơi lưu văn bản (ký hiệu đơn vị soạn thảo)',
      next: go('Ghi nơi lưu văn bản', 'documentSettings'),
    },
    { step: 'pledge', done: pledge !== undefined, missing: 'Chưa soạn giao ước thi đua', next: go('Soạn giao ước', 'pledges') },
    { step: 'signing', done: signing !== null, missing: 'Chưa tạo hội nghị ký kết', next: newMeeting('Tạo hội nghị ký kết', 'signing') },
    {
      step: 'signing',
      done: issuedFrom('invitation', 'signing'),
      missing: 'Chưa phát hành giấy mời hội nghị ký kết',
      next: document('Phát hành giấy mời', 'invitation', signing),
    },
    // Signed at the conference, so issued after the invitation.
    { step: 'pledge', done: isIssued('pledge'), missing: 'Chưa phát hành bản giao ước', next: document('Phát hành bản giao ước', 'pledge') },
    {
      step: 'signing',
      done: issuedFrom('minutes', 'signing'),
      missing: 'Chưa phát hành biên bản hội nghị ký kết',
      next: document('Phát hành biên bản hội nghị', 'minutes', signing),
    },
    { step: 'midYear', done: midYear !== null, missing: 'Chưa tạo hội nghị sơ kết 6 tháng', next: newMeeting('Tạo hội nghị sơ kết', 'midYearReview') },
    {
      step: 'midYear',
      done: issuedFrom('report', 'midYearReview') || issuedFrom('minutes', 'midYearReview'),
      missing: 'Chưa phát hành báo cáo sơ kết 6 tháng',
      next: document('Phát hành báo cáo sơ kết', 'report', midYear),
    },
    {
      step: 'scoring',
      done: locked,
      missing: scales.length === 0 ? 'Chưa lập thang điểm' : 'Chưa khóa thang điểm',
      next: go(scales.length === 0 ? 'Lập thang điểm' : 'Khóa thang điểm', 'scale'),
    },
    {
      step: 'scoring',
      done: scoring !== null && unscored === 0 && scoring.standings.length > 0,
      missing: scoring === null || unscored === scoring.standings.length ? 'Chưa chấm điểm các đơn vị' : `Còn ${unscored} đơn vị chưa chấm đủ điểm`,
      next: go('Chấm điểm', 'scores'),
    },
    { step: 'yearEnd', done: conference !== null, missing: 'Chưa tạo hội nghị tổng kết', next: newMeeting('Tạo hội nghị tổng kết', 'yearEndReview') },
    {
      step: 'yearEnd',
      done: yearEnd.awards.length > 0 && undecided.length === 0,
      missing: yearEnd.awards.length === 0 ? 'Chưa có hình thức khen thưởng để bỏ phiếu' : `Chưa kiểm phiếu xong: ${undecided.join(', ')}`,
      next: go('Bỏ phiếu đề nghị khen thưởng', 'yearEnd'),
    },
    {
      step: 'yearEnd',
      done: isIssued('voteCountMinutes'),
      missing: 'Chưa phát hành biên bản kiểm phiếu',
      next: document('Phát hành biên bản kiểm phiếu', 'voteCountMinutes', conference),
    },
    {
      step: 'yearEnd',
      done: issuedFrom('minutes', 'yearEndReview'),
      missing: 'Chưa phát hành biên bản hội nghị tổng kết',
      next: document('Phát hành biên bản hội nghị tổng kết', 'minutes', conference),
    },
    {
      step: 'handover',
      done: isIssued('proposal'),
      missing: 'Chưa phát hành tờ trình đề nghị khen thưởng',
      next: document('Phát hành tờ trình đề nghị khen thưởng', 'proposal'),
    },
    {
      step: 'handover',
      done: isIssued('annualReport'),
      missing: 'Chưa phát hành báo cáo tổng kết năm',
      next: document('Phát hành báo cáo tổng kết năm', 'annualReport'),
    },
    {
      step: 'handover',
      done: yearEnd.succession.nextHeadUnitId !== null,
      missing: `Chưa ghi đơn vị Trưởng khối năm ${year.year + 1}`,
      next: go(`Ghi Trưởng khối năm ${year.year + 1}`, 'yearEnd'),
    },
    { step: 'handover', done: year.status === 'closed', missing: `Chưa khóa sổ năm ${year.year}`, next: go(`Khóa sổ năm ${year.year}`, 'years') },
  ];
}

const statusOf = (checks: Check[]): StepStatus =>
  checks.every((c) => c.done) ? 'done' : checks.some((c) => c.done) ? 'inProgress' : 'notStarted';

/**
 * The year as the home screen shows it. The units come before the pledge, so setting them up shares the
 * pledge's deadline. A closed year has no next action and nothing overdue: it can no longer be changed.
 */
export function guideOf(year: Year, checks: Check[], deadlines: Deadlines, today: string): GuideYear {
  const closed = year.status === 'closed';
  const steps = (['setup', ...deadlineSteps] as const).map((key): GuideStep => {
    const own = checks.filter((c) => c.step === key);
    const status = statusOf(own);
    const deadline = deadlines[key === 'setup' ? 'pledge' : key];
    return {
      key,
      title: stepTitles[key],
      status,
      missing: own.filter((c) => !c.done).map((c) => c.missing),
      deadline,
      overdue: !closed && status !== 'done' && deadline < today,
    };
  });
  return { yearId: year.id, today, steps, next: closed ? null : (checks.find((c) => !c.done)?.next ?? null) };
}
