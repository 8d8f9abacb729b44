// What a new meeting starts with, so the officer does not retype what the year already knows: the kind the
// home screen asked for, the usual name of that conference in the year, the head unit chairing and hosting, and
// the signing conference's usual points.
import { meetingKind, type MeetingKind, type YearUnit } from '../../main/contract/index.js';
import { sentenceCase } from '../../main/common/vietnamese.js';

const NAMES: Partial<Record<MeetingKind, (year: number) => string>> = {
  signing: (year) => `Hội nghị ký kết giao ước thi đua năm ${year}`,
  midYearReview: (year) => `Hội nghị sơ kết công tác thi đua 6 tháng đầu năm ${year}`,
  crossInspection: (year) => `Kiểm tra chéo công tác thi đua năm ${year}`,
  yearEndReview: (year) => `Hội nghị tổng kết công tác thi đua năm ${year}`,
};

/** "Lê Thị C - Hiệu trưởng Trường Cao đẳng Cộng đồng Bắc Kạn, Trưởng khối", as the demo's minutes name the chair. */
const chairOf = (head: YearUnit) =>
  head.headName ? `${head.headName} - ${[sentenceCase(head.headPosition), head.name].filter(Boolean).join(' ')}, Trưởng khối` : '';

/** The points every signing conference has (shared/example-bloc.json's 2018 agenda, in general words). */
const signingAgenda = (year: number) =>
  [`Thảo luận, thông qua nội dung Bản giao ước thi đua năm ${year}`, `Các đơn vị thành viên ký kết giao ước thi đua năm ${year}`].map((title) => ({
    title,
    summary: '',
    time: '',
    presenter: '',
  }));

/** The kind a link asks for (`meeting?kind=signing`), if it is one. */
export const kindParam = (value: string | null): MeetingKind | undefined => meetingKind.safeParse(value).data;

export function newMeeting(kind: MeetingKind, year: number, head: YearUnit | undefined) {
  return {
    kind,
    name: NAMES[kind]?.(year) ?? '',
    chair: head ? chairOf(head) : '',
    hostUnitId: head?.unitId ?? null,
    agenda: kind === 'signing' ? signingAgenda(year) : [],
  };
}
