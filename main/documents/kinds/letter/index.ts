/** Công văn and thông báo the officer writes: subject, addressees, paragraphs. */
import { z } from 'zod';
import { requiredText } from '../../../contract/fields.js';
import { recipients, textList } from '../shared/fields.js';
import { defineKind, type DocumentSources } from '../shared/kind.js';
import { withRecipients } from '../shared/text.js';
import { buildLetter, type LetterData } from './wording.js';

export const letterInput = z.object({
  kind: z.enum(['officialLetter', 'notice']),
  subject: requiredText('Trích yếu', 300),
  addressee: textList('Kính gửi', 200).default([]),
  paragraphs: z.array(requiredText('Đoạn văn', 10000)).min(1, 'Văn bản cần ít nhất một đoạn nội dung'),
  recipients,
});
export type LetterInput = z.output<typeof letterInput>;

async function gather(input: LetterInput, sources: DocumentSources) {
  const data: LetterData = {
    settings: sources.settings,
    number: null,
    date: null,
    ...withRecipients(input.recipients),
    kind: input.kind,
    subject: input.subject,
    addressee: input.addressee,
    paragraphs: input.paragraphs,
  };
  return { data, sourceMeetingId: null };
}

export const letter = defineKind({
  key: 'letter',
  label: 'Công văn, thông báo',
  typeCode: null,
  input: letterInput,
  gather,
  build: buildLetter,
  // Today when it falls in the year; a letter may close the year's business in January of the next.
  issueDate: () => ({ default: null, yearEnd: true }),
  entryLabel: (typeCode) => (typeCode === 'TB' ? 'Thông báo' : 'Công văn'),
  fileCode: (model) => model.header.typeCode ?? 'CV',
});
