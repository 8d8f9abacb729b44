/** Bảng tổng hợp kết quả chấm điểm thi đua: the year's standings, attached to the year-end minutes. */
import { z } from 'zod';
import { optionalText } from '../../../contract/fields.js';
import { isValidIsoDate } from '../../format.js';
import { sentenceCase } from '../../../common/vietnamese.js';
import { defineKind } from '../shared/kind.js';
import { gatherScoreSummary, scoreSummaryProblems } from './gather.js';
import { buildScoreSummary } from './wording.js';

/** A date the officer may leave empty (stored as null). */
const optionalDate = z
  .union([
    z.literal(''),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày biên bản phải có dạng năm-tháng-ngày')
      .refine(isValidIsoDate, 'Ngày biên bản không tồn tại'),
  ])
  .nullable()
  .default(null)
  .transform((v): string | null => v || null);

export const scoreSummaryInput = z.object({
  /** NGƯỜI LẬP BIỂU; empty leaves the name to be written by hand. */
  preparerName: optionalText('Họ tên người lập biểu', 80),
  /** The year-end minutes it is attached to: "12" (the bloc's own, printed 12/BB-…) or the whole symbol. */
  minutesNumber: optionalText('Số biên bản', 50),
  minutesDate: optionalDate,
});
export type ScoreSummaryInput = z.output<typeof scoreSummaryInput>;

export const scoreSummary = defineKind({
  key: 'scoreSummary',
  label: 'Bảng tổng hợp kết quả chấm điểm',
  // No type code of its own (Decree 30, Appendix III has none) and no number: the minutes carry it.
  typeCode: null,
  input: scoreSummaryInput,
  gather: gatherScoreSummary,
  build: buildScoreSummary,
  readiness: ({ sources }) => scoreSummaryProblems(sources),
  // Dated as the minutes it goes with, else the year-end conference; a year-end document.
  issueDate: async ({ input, sources }) => ({
    default: input.minutesDate ?? (await sources.meetings()).find((m) => m.kind === 'yearEndReview' && m.date)?.date ?? null,
    yearEnd: true,
  }),
  numbered: () => false,
  registerTitle: (model) => sentenceCase(model.title ?? ''),
});
