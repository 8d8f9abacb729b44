// Request fields several kinds share; the messages are the ones the officer sees next to the field.
import { z } from 'zod';
import { requiredText } from '../../../contract/fields.js';

export const textList = (label: string, max = 1000) => z.array(requiredText(label, max)).max(100);

/** Replaces the year's default recipients for this document ("Lưu: …" is added). */
export const recipients = textList('Nơi nhận', 200).optional();
