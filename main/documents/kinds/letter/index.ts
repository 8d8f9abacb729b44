/** Công văn and thông báo: written by the officer, or a notice of a meeting's results drafted from it. */
import { z } from 'zod';
import { id, optionalText, requiredText } from '../../../contract/fields.js';
import { recipients, textList } from '../shared/fields.js';
import { defineKind, type Problem } from '../shared/kind.js';
import { speakerProblems } from '../shared/text.js';
import { draftsFromMeeting, gatherLetter } from './gather.js';
import { buildLetter } from './wording.js';

export const letterInput = z
  .object({
    kind: z.enum(['officialLetter', 'notice']),
    /** A notice with a meeting and no paragraphs reports that meeting's results. */
    meetingId: id.nullable().default(null),
    subject: optionalText('Trích yếu', 300),
    addressee: textList('Kính gửi', 200).default([]),
    paragraphs: z.array(requiredText('Đoạn văn', 10000)).default([]),
    recipients,
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'notice' && v.meetingId !== null) return;
    if (v.subject === '') ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Trích yếu không được để trống' });
    if (v.paragraphs.length === 0) ctx.addIssue({ code: 'custom', path: ['paragraphs'], message: 'Văn bản cần ít nhất một đoạn nội dung' });
  });
export type LetterInput = z.output<typeof letterInput>;

/**
 * A bloc cannot publish a provincial leader's conclusions: the provincial People's Committee's office does.
 * Its notice reports the conference's results and "ý kiến chỉ đạo của đồng chí …".
 */
function noticeProblems(subject: string): Problem[] {
  if (!/kết luận của (đồng chí|lãnh đạo|chủ tịch|phó chủ tịch)/iu.test(subject)) return [];
  return [
    {
      field: 'input.subject',
      message:
        'Khối không ban hành thông báo kết luận của lãnh đạo tỉnh (việc này do Văn phòng UBND tỉnh thực hiện): hãy thông báo kết quả hội nghị và ý kiến chỉ đạo của đồng chí lãnh đạo.',
    },
  ];
}

export const letter = defineKind({
  key: 'letter',
  label: 'Công văn, thông báo',
  typeCode: null,
  input: letterInput,
  gather: gatherLetter,
  build: buildLetter,
  // A notice of a meeting's results is dated the day of the meeting; a letter, today when it falls in the
  // year. Either may close the year's business in January of the next.
  issueDate: async ({ input, sources }) => {
    if (!draftsFromMeeting(input)) return { default: null, yearEnd: true };
    const meeting = await sources.meeting(input.meetingId);
    return { default: meeting.date, yearEnd: true };
  },
  readiness: async ({ input, data, sources }) => {
    if (input.kind !== 'notice') return [];
    const speakers = draftsFromMeeting(input) ? speakerProblems(await sources.meeting(input.meetingId), ['directions']) : [];
    return [...noticeProblems(data.subject), ...speakers];
  },
  entryLabel: (typeCode) => (typeCode === 'TB' ? 'Thông báo' : 'Công văn'),
  fileCode: (model) => model.header.typeCode ?? 'CV',
});
