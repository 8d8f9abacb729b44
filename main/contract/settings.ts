import { z } from 'zod';
import { channel } from './channel.js';
import { id, optionalText } from './fields.js';

const line = (label: string, max = 500) =>
  optionalText(label, max).pipe(z.string().min(1, `${label} không được để trống`));

export const signaturePrefix = z.enum(['TM.', 'KT.']).nullable();

/** How the bloc signs; with `explicit` false, it follows the year's head unit. */
export const signatureSetting = z.object({
  explicit: z.boolean().default(false),
  prefix: signaturePrefix.default(null),
  authority: z.array(line('Dòng thẩm quyền ký', 120)).max(4, 'Tối đa 4 dòng thẩm quyền ký').default([]),
  deputyPosition: optionalText('Chức vụ cấp phó ký thay', 120),
  name: optionalText('Họ tên người ký', 80),
});

/** The signature block as it prints. */
export const signatureBlock = z.object({
  unit: z.string().nullable().optional(),
  prefix: z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']).nullable().optional(),
  authority: z.array(z.string()),
  deputyPosition: z.string().nullable().optional(),
  name: z.string(),
});

/** "Lưu:" does not yet name the drafting office: only "VT" (or nothing), which only the officer can complete. */
export const archiveMissing = (archive: string): boolean => archive.replace(/^\s*VT\s*[,.]?/u, '').trim() === '';

export const settingsFields = z.object({
  legalBases: z.array(line('Căn cứ')).max(20, 'Tối đa 20 căn cứ'),
  defaultRecipients: z.array(line('Nơi nhận', 200)).max(30, 'Tối đa 30 nơi nhận'),
  signature: signatureSetting,
  /** After "Lưu:", e.g. "VT, KTĐVHXH"; empty means "VT, <symbol>". */
  archive: optionalText('Nơi lưu', 100),
  bodyFontSize: z.union([z.literal(13), z.literal(14)], { error: 'Cỡ chữ nội dung phải là 13 hoặc 14' }),
});
export type SettingsFields = z.infer<typeof settingsFields>;

export const settings = settingsFields.extend({
  yearId: id,
  /** What the signature prints as this year, explicit or derived from the head unit. */
  resolvedSignature: signatureBlock,
  /** How the bloc signs what it sends up or publishes (report, notice): "TM. KHỐI …" / "TRƯỞNG KHỐI" / …. */
  collectiveSignature: signatureBlock,
});
export type Settings = z.infer<typeof settings>;

export const settingsChannels = {
  'settings.get': channel(z.object({ yearId: id }), settings),
  'settings.update': channel(settingsFields.extend({ yearId: id }), settings),
};
