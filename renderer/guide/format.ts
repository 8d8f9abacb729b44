// How the home screen shows a step: its status as a coloured tag, its deadline as dd/mm/yyyy.
import type { StepStatus } from '../../main/contract/index.js';

export const statusTags: Record<StepStatus, { color: string; label: string }> = {
  done: { color: 'green', label: 'Đã xong' },
  inProgress: { color: 'blue', label: 'Đang làm' },
  notStarted: { color: 'default', label: 'Chưa bắt đầu' },
};

/** "2018-03-31" → "31/03/2018". */
export const shortDate = (iso: string): string => iso.split('-').reverse().join('/');
