/** Báo cáo tổng kết năm (BC): the bloc's annual report, drafted from the year's data, editable part by part. */
import { z } from 'zod';
import { cleanLines } from '../../../common/lines.js';
import { recipients } from '../shared/fields.js';
import { defineKind } from '../shared/kind.js';
import { typeCode } from '../report/wording.js';
import { gatherAnnualReport, latestYearEnd } from './gather.js';
import { annualReportProblems } from './readiness.js';
import { buildAnnualReport, type PartKey } from './wording.js';

/** A part as the officer writes it, one paragraph a line; empty: the draft from the year's data. */
const part = (label: string) =>
  z
    .string()
    .default('')
    .transform(cleanLines)
    .pipe(z.string().max(20000, `${label} quá dài (tối đa 20000 ký tự)`));

export const annualReportInput = z.object({
  parts: z
    .object({
      intro: part('Phần mở đầu'),
      situation: part('Đặc điểm tình hình'),
      achievements: part('Kết quả thực hiện'),
      assessment: part('Đánh giá'),
      scoring: part('Kết quả chấm điểm, bình xét'),
      outlook: part('Phương hướng năm sau'),
      proposals: part('Kiến nghị, đề xuất'),
    } satisfies Record<PartKey, z.ZodType>)
    .prefault({}),
  recipients,
});
export type AnnualReportInput = z.output<typeof annualReportInput>;

export const annualReport = defineKind({
  key: 'annualReport',
  label: 'Báo cáo tổng kết năm',
  typeCode,
  input: annualReportInput,
  gather: gatherAnnualReport,
  build: buildAnnualReport,
  readiness: ({ input, sources }) => annualReportProblems(input, sources),
  // The year-end conference's day; sent up as late as January of next year.
  issueDate: async ({ sources }) => ({ default: latestYearEnd(await sources.meetings())?.date ?? null, yearEnd: true }),
});
