import { z } from 'zod';
import { channel } from './channel.js';
import { id, optionalText, requiredText } from './fields.js';
import { signatureBlock } from './settings.js';

const line = (label: string, max = 500) =>
  optionalText(label, max).pipe(z.string().min(1, `${label} không được để trống`));

export const pledgeItem = z.object({
  text: requiredText('Nội dung giao ước', 2000),
});

/** A numbered group of items; the title is optional (a pledge without groups has one untitled group). */
export const pledgeGroup = z.object({
  title: optionalText('Tên nhóm nội dung', 300),
  items: z.array(pledgeItem).min(1, 'Nhóm cần ít nhất một nội dung giao ước').max(60, 'Tối đa 60 nội dung trong một nhóm'),
});
export type PledgeGroupFields = z.infer<typeof pledgeGroup>;

export const pledgeSignatory = z.object({
  unitId: id,
  /** "Để trống họ tên": the name is left blank on purpose, to be written by hand. */
  blankName: z.boolean().default(false),
});

export const pledgeFields = z.object({
  /** "BẢN GIAO ƯỚC THI ĐUA NĂM 2018" */
  title: requiredText('Tên văn bản', 300),
  /** Under the title; defaults to the bloc's name. */
  subject: optionalText('Dòng dưới tên văn bản', 300),
  legalBases: z.array(line('Căn cứ')).max(20, 'Tối đa 20 căn cứ').default([]),
  preamble: optionalText('Lời mở đầu', 3000),
  groups: z.array(pledgeGroup).min(1, 'Bản giao ước cần ít nhất một nội dung').max(20, 'Tối đa 20 nhóm nội dung'),
  /** The implementation clause, one paragraph each. */
  implementation: z.array(line('Đoạn tổ chức thực hiện', 3000)).max(10, 'Tối đa 10 đoạn tổ chức thực hiện').default([]),
  /** Signature blocks a row: 3 fits 11 units on one page; 2 gives long names more room. */
  perRow: z.union([z.literal(2), z.literal(3)], { error: 'Mỗi hàng 2 hoặc 3 ô chữ ký' }).default(3),
  /** The bloc's own type code, if any: a pledge has no official one. */
  typeCode: z
    .string()
    .nullable()
    .default(null)
    .transform((v) => (v ?? '').trim())
    .pipe(z.union([z.literal(''), z.string().regex(/^\p{Lu}[\p{L}]{0,9}$/u, 'Ký hiệu loại văn bản chỉ gồm chữ in hoa, ví dụ GƯ')]))
    .transform((v): string | null => v || null),
  /** False: issued without a number (no "Số:" line); true: takes the next number of the year. */
  numbered: z.boolean().default(false),
  /** "Nơi nhận" only if the bloc wants one; empty: none. */
  recipients: z.array(line('Nơi nhận', 200)).max(30, 'Tối đa 30 nơi nhận').default([]),
  /** Every member unit of the year exactly once, in print order. */
  signatories: z
    .array(pledgeSignatory)
    .refine((list) => new Set(list.map((s) => s.unitId)).size === list.length, 'Mỗi đơn vị chỉ ký một lần'),
});
export type PledgeFields = z.input<typeof pledgeFields>;

/** A signatory as it will print, with what the officer needs to see next to it. */
export const resolvedSignatory = pledgeSignatory.extend({
  /** The unit's name as used that year. */
  unitName: z.string(),
  deputySigns: z.boolean(),
  isHeadUnit: z.boolean(),
  /** The block as printed: unit in capitals, position or KT. + deputy position, name. */
  block: signatureBlock.extend({ blankName: z.boolean().optional() }),
});
export type ResolvedSignatory = z.infer<typeof resolvedSignatory>;

/** Something to fix before printing; `unitId` set when it is about one signatory. */
export const pledgeProblem = z.object({
  unitId: id.nullable(),
  field: z.string(),
  message: z.string(),
});

export const pledge = z.object({
  yearId: id,
  year: z.number().int(),
  /** False: an unsaved default draft (nothing stored yet). */
  saved: z.boolean(),
  title: z.string(),
  subject: z.string(),
  legalBases: z.array(z.string()),
  preamble: z.string(),
  groups: z.array(z.object({ title: z.string(), items: z.array(z.object({ text: z.string() })) })),
  implementation: z.array(z.string()),
  perRow: z.union([z.literal(2), z.literal(3)]),
  typeCode: z.string().nullable(),
  numbered: z.boolean(),
  recipients: z.array(z.string()),
  signatories: z.array(resolvedSignatory),
  problems: z.array(pledgeProblem),
});
export type Pledge = z.infer<typeof pledge>;

export const pledgesChannels = {
  /** The year's saved pledge, or an unsaved default draft; signatories resolved, problems listed. */
  'pledges.get': channel(z.object({ yearId: id }), pledge),
  'pledges.save': channel(pledgeFields.extend({ yearId: id }), pledge),
  /** Replaces the year's pledge with a copy of the last year's, or with the bloc template. */
  'pledges.startFrom': channel(z.object({ yearId: id, source: z.enum(['lastYear', 'template']) }), pledge),
};
