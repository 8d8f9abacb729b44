/** Giấy mời (GM): "… trân trọng kính mời:", whom, to what, chaired by whom, when, where, notes. */
import type { BodyBlock, StateDocument } from '../../model.js';
import { endWith, formatMeetingTime } from '../../format.js';
import { issuedDocument, type DocumentBase } from '../shared/base.js';

/** Decree 30, Appendix III. */
export const typeCode = 'GM';

export interface InvitationData extends DocumentBase {
  /** Under the title, e.g. "Dự Hội nghị ký kết giao ước thi đua năm 2018". */
  subject: string;
  /** Who invites in the opening sentence; defaults to the bloc's name. */
  inviter?: string;
  /** Whom: one line each, e.g. "Đồng chí Phạm Duy Hưng - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh". */
  invitees: string[];
  /** What to attend, e.g. "Hội nghị ký kết giao ước thi đua năm 2018 Khối thi đua Văn hóa - Xã hội". */
  event: string;
  /** Programme points, printed as a list under the event. */
  content?: string[];
  /** Who chairs, e.g. "Đồng chí Nguyễn Văn A - Giám đốc Sở Y tế, Trưởng khối". */
  chair?: string;
  /** Start: date yyyy-mm-dd and time HH:MM. */
  start: { date: string; time: string };
  place: string;
  /** Requests, e.g. "Đề nghị các đơn vị chuẩn bị báo cáo tham luận …". */
  notes?: string[];
  /** Whom to call (QĐ 45/2018/QĐ-TTg), e.g. "Mọi chi tiết xin liên hệ đồng chí Hà Thị Q, …, điện thoại: …". */
  contact?: string;
}

export function buildInvitation(data: InvitationData): StateDocument {
  const inviter = data.inviter ?? data.settings.blocName;
  const body: BodyBlock[] = [
    { kind: 'paragraph', text: `${inviter} trân trọng kính mời:` },
    ...data.invitees.map((who): BodyBlock => ({ kind: 'paragraph', text: who, bold: true })),
    { kind: 'paragraph', text: [{ text: 'Đến dự: ', bold: true }, { text: data.event }] },
    ...(data.content ?? []).map((c): BodyBlock => ({ kind: 'bullet', text: c })),
  ];
  if (data.chair) body.push({ kind: 'paragraph', text: [{ text: 'Chủ trì: ', bold: true }, { text: data.chair }] });
  body.push(
    {
      kind: 'paragraph',
      text: [{ text: 'Thời gian: ', bold: true }, { text: `${formatMeetingTime(data.start.date, data.start.time)}.` }],
    },
    { kind: 'paragraph', text: [{ text: 'Địa điểm: ', bold: true }, { text: endWith(data.place, '.') }] },
  );
  for (const note of data.notes ?? []) body.push({ kind: 'paragraph', text: note, italic: false });
  if (data.contact) body.push({ kind: 'paragraph', text: data.contact });
  body.push({ kind: 'paragraph', text: 'Rất mong các đồng chí quan tâm, sắp xếp thời gian đến dự./.' });

  return issuedDocument(data, typeCode, 'GIẤY MỜI', data.subject, body);
}
