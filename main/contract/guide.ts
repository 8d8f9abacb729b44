// The guided year: the steps of the selected year with what each still lacks, their deadlines, and the one
// next action the home screen offers as a button.
import { z } from 'zod';
import { isValidIsoDate } from '../documents/format.js';
import { channel } from './channel.js';
import { id } from './fields.js';

/** The steps with a deadline, in the order of the year (domain.md §2). */
export const deadlineSteps = ['pledge', 'signing', 'midYear', 'scoring', 'yearEnd', 'handover'] as const;
export type DeadlineStep = (typeof deadlineSteps)[number];

/** The officer's words for each step; `setup` (units, head and deputy) comes before them all. */
export const stepTitles = {
  setup: 'Đơn vị, Trưởng khối và Phó khối',
  pledge: 'Kế hoạch và giao ước thi đua',
  signing: 'Hội nghị ký kết giao ước',
  midYear: 'Sơ kết 6 tháng',
  scoring: 'Kiểm tra chéo và chấm điểm',
  yearEnd: 'Hội nghị tổng kết và bỏ phiếu',
  handover: 'Đề nghị khen thưởng, báo cáo và bàn giao',
} as const satisfies Record<'setup' | DeadlineStep, string>;

export const stepKey = z.enum(['setup', ...deadlineSteps]);
export type StepKey = z.infer<typeof stepKey>;

export const stepStatus = z.enum(['done', 'inProgress', 'notStarted']);
export type StepStatus = z.infer<typeof stepStatus>;

/**
 * Where the next action leads: a screen of renderer/app/routes.ts, or `leadership`, the dialog on the home
 * screen that sets the head and deputy.
 */
export const guideRoute = z.enum(['units', 'leadership', 'pledges', 'meeting', 'documents', 'scale', 'scores', 'yearEnd', 'years', 'documentSettings']);
export type GuideRoute = z.infer<typeof guideRoute>;

export const nextAction = z.object({
  /** The button's words: "Phát hành giấy mời". */
  label: z.string(),
  route: guideRoute,
  /**
   * What the screen opens with selected: `type` and `meetingId` of a document, `kind` of a new meeting, `paste`
   * to open the units' paste dialog.
   */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type NextAction = z.infer<typeof nextAction>;

export const guideStep = z.object({
  key: stepKey,
  title: z.string(),
  status: stepStatus,
  /** What is still missing, in plain words: "Chưa phát hành giấy mời hội nghị ký kết". */
  missing: z.array(z.string()),
  deadline: z.string(),
  /** The deadline has passed and the step is not done (never in a closed year). */
  overdue: z.boolean(),
});
export type GuideStep = z.infer<typeof guideStep>;

export const guideYear = z.object({
  yearId: id,
  /** The services' today (yyyy-mm-dd), against which `overdue` was decided. */
  today: z.string(),
  steps: z.array(guideStep),
  /** Null when everything is done, or the year is closed. */
  next: nextAction.nullable(),
});
export type GuideYear = z.infer<typeof guideYear>;

const deadlineDate = (step: DeadlineStep) => {
  const label = `Thời hạn “${stepTitles[step]}”`;
  return z
    .string({ error: `${label}: chưa nhập ngày` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} phải có dạng năm-tháng-ngày`)
    .refine(isValidIsoDate, `${label}: ngày không tồn tại`);
};

export const deadlines = z.object(
  Object.fromEntries(deadlineSteps.map((step) => [step, deadlineDate(step)])) as Record<DeadlineStep, ReturnType<typeof deadlineDate>>,
);
export type Deadlines = z.infer<typeof deadlines>;

export const guideChannels = {
  /** The steps of the year in order, each with its status, what it lacks and its deadline; and the next action. */
  'guide.year': channel(z.object({ yearId: id }), guideYear),
  /** The deadline of each step: as set for the year, else the defaults by month. */
  'guide.deadlines': channel(z.object({ yearId: id }), deadlines),
  /** Sets the year's deadlines, each within the year or the next (the year end may run into January). */
  'guide.setDeadlines': channel(z.object({ yearId: id, deadlines }), deadlines),
};
