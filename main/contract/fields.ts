// Field schemas with the Vietnamese messages an officer sees next to the field.
import './messages.js';
import { z } from 'zod';
import { cleanText } from '../common/vietnamese.js';

// Its messages come from messages.ts, with the field's name: «Hội nghị: phải là số, nhận được chuỗi».
export const id = z.number().int().positive();

/** A required line of text: cleaned to NFC, not empty, not longer than `max`. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} không được để trống` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, `${label} không được để trống`)
        .max(max, `${label} quá dài (tối đa ${max} ký tự)`),
    );

/** An optional line of text; empty is allowed. */
export const optionalText = (label: string, max = 200) =>
  z
    .string()
    .default('')
    .transform(cleanText)
    .pipe(z.string().max(max, `${label} quá dài (tối đa ${max} ký tự)`));

export const email = z
  .string()
  .default('')
  .transform(cleanText)
  .pipe(z.union([z.literal(''), z.email('Địa chỉ email không hợp lệ').max(120, 'Email quá dài')]));

export const yearNumber = z
  .number({ error: 'Năm không hợp lệ' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm phải từ 2000 trở đi')
  .max(2100, 'Năm không được sau 2100');

/** The id main gave a file it read and kept in the data folder between a preview and the step that uses it. */
export const stagedFileId = (message: string) => z.string().regex(/^[a-z0-9-]{8,80}$/, message);
