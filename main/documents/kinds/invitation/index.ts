/** Giấy mời (GM) to a meeting of the year. */
import { z } from 'zod';
import { id, optionalText } from '../../../contract/fields.js';
import { recipients } from '../shared/fields.js';
import { meetingIssueDate } from '../shared/dates.js';
import { defineKind } from '../shared/kind.js';
import { gatherInvitation } from './gather.js';
import { buildInvitation, typeCode } from './wording.js';

export const invitationInput = z.object({
  meetingId: id,
  /** Under "GIẤY MỜI"; defaults to "Dự <tên hội nghị>". */
  subject: optionalText('Trích yếu', 300),
  /** 'collective': one line for the member units' heads, so a bloc of 30 still fits a page; 'each': a line per unit. */
  inviteUnits: z.enum(['collective', 'each']).default('collective'),
  /** Whom to call about the meeting; defaults to the head unit's emulation officer and phone. */
  contact: optionalText('Người liên hệ', 300),
  recipients,
});
export type InvitationInput = z.output<typeof invitationInput>;

export const invitation = defineKind({
  key: 'invitation',
  label: 'Giấy mời',
  typeCode,
  input: invitationInput,
  gather: gatherInvitation,
  build: buildInvitation,
  // A week before the meeting, on a working day.
  issueDate: ({ input, sources }) => meetingIssueDate(sources, input.meetingId, true),
  readiness: ({ data }) =>
    data.contact
      ? []
      : [
          {
            field: 'input.contact',
            message:
              'Giấy mời cần ghi người liên hệ: nhập cán bộ thi đua và số điện thoại của đơn vị Trưởng khối (mục Đơn vị), hoặc ghi người liên hệ trên giấy mời.',
          },
        ],
});
