// The meeting a document is drawn from, with every field that document needs.
import type { Meeting } from '../../../contract/index.js';
import { ServiceError } from '../../../common/errors.js';
import type { DocumentSources } from './kind.js';

export type MeetingNeed = 'date' | 'startTime' | 'endTime' | 'place' | 'chair' | 'secretary' | 'attendance' | 'agenda';

const NEED_LABELS: Record<MeetingNeed, string> = {
  date: 'ngày họp',
  startTime: 'giờ bắt đầu',
  endTime: 'giờ kết thúc',
  place: 'địa điểm',
  chair: 'người chủ trì',
  secretary: 'thư ký',
  attendance: 'điểm danh các đơn vị dự họp',
  agenda: 'nội dung chương trình',
};

type Known<N extends MeetingNeed> = { [K in N & ('date' | 'startTime' | 'endTime')]: string };

/** The meeting, in this year, with every field the document needs; the message names what is missing. */
export async function meetingWith<N extends MeetingNeed>(
  sources: DocumentSources,
  meetingId: number,
  needs: N[],
): Promise<Meeting & Known<N>> {
  const meeting = await sources.meeting(meetingId);
  const missing = (needs as MeetingNeed[]).filter((n) =>
    n === 'attendance' || n === 'agenda' ? meeting[n].length === 0 : !meeting[n],
  );
  if (missing.length > 0) {
    const list = missing.map((n) => NEED_LABELS[n]).join(', ');
    const message = `Chưa thể lập văn bản từ “${meeting.name}”: còn thiếu ${list}.`;
    const fieldErrors = Object.fromEntries(missing.map((n) => [n, `Cần nhập ${NEED_LABELS[n]} trước khi lập văn bản.`]));
    throw new ServiceError('VALIDATION', message, fieldErrors);
  }
  return meeting as Meeting & Known<N>;
}
