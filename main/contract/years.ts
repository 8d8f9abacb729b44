import { z } from 'zod';
import { channel } from './channel.js';
import { id, optionalText, requiredText, yearNumber } from './fields.js';

/** The bloc's profile lines, stored per year because any of them can change. */
export const yearProfile = z.object({
  blocName: requiredText('Tên khối thi đua'),
  governingBody: requiredText('Cơ quan chủ quản', 120),
  issuingBody: requiredText('Tên cơ quan ban hành', 120),
  symbol: requiredText('Ký hiệu văn bản', 30).pipe(
    z.string().regex(/^[\p{L}\d-]+$/u, 'Ký hiệu chỉ gồm chữ, số và dấu gạch ngang, không có khoảng trắng'),
  ),
  place: requiredText('Địa danh', 60),
  provincialBoard: optionalText('Cơ quan thường trực cấp tỉnh'),
});

export const yearStatus = z.enum(['open', 'closed']);

export const year = yearProfile.extend({
  id,
  blocId: id,
  year: z.number().int(),
  status: yearStatus,
  headUnitId: id.nullable(),
  deputyUnitId: id.nullable(),
  memberCount: z.number().int(),
});
export type Year = z.infer<typeof year>;
export type YearProfile = z.infer<typeof yearProfile>;

/** A closing or a reopening of the year, as recorded; `at` is null for a year closed before the history was kept. */
export const yearEvent = z.object({
  kind: z.enum(['close', 'reopen']),
  reason: z.string(),
  at: z.string().nullable(),
});
export type YearEvent = z.infer<typeof yearEvent>;

export const yearsChannels = {
  'years.list': channel(z.object({ blocId: id }), z.array(year)),
  'years.get': channel(z.object({ yearId: id }), year),
  /**
   * Creates a year from the latest year before it: membership and settings copied; the head and deputy
   * elected at its year end (else its own); its locked scale as the new year's draft.
   */
  'years.create': channel(z.object({ blocId: id, year: yearNumber }), year),
  'years.updateProfile': channel(yearProfile.extend({ yearId: id }), year),
  'years.setLeadership': channel(
    z
      .object({ yearId: id, headUnitId: id.nullable(), deputyUnitId: id.nullable() })
      .refine((v) => v.headUnitId === null || v.headUnitId !== v.deputyUnitId, {
        message: 'Đơn vị Phó khối phải khác đơn vị Trưởng khối',
        path: ['deputyUnitId'],
      }),
    year,
  ),
  /**
   * Closes the year: read-only until reopened (a backup is taken first). Refused while the checklist
   * (votes.closeChecklist) has open items, unless the officer gives the reason to close anyway.
   */
  'years.close': channel(z.object({ yearId: id, reason: optionalText('Lý do khóa sổ', 1000) }), year),
  /** Opens a closed year again, for a reason (required), after a backup; recorded in its history. */
  'years.reopen': channel(z.object({ yearId: id, reason: requiredText('Lý do mở lại', 1000) }), year),
  /**
   * Deletes a year created by mistake, after a backup: refused for a closed year, the bloc's first year and
   * a year that holds anything done in it (the refusal names what).
   */
  'years.delete': channel(z.object({ yearId: id }), z.object({ deleted: z.literal(true) })),
  /** The year's closings and reopenings with their reasons, oldest first. */
  'years.history': channel(z.object({ yearId: id }), z.array(yearEvent)),
};
