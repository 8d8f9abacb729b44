import type { MeetingKind } from '../../main/contract/index.js';

export const kindLabels: Record<MeetingKind, string> = {
  signing: 'Ký kết giao ước',
  midYearReview: 'Sơ kết 6 tháng',
  crossInspection: 'Kiểm tra chéo',
  yearEndReview: 'Tổng kết',
  other: 'Khác',
};

export const kindOptions = Object.entries(kindLabels).map(([value, label]) => ({ value: value as MeetingKind, label }));
