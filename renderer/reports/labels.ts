// How the history screens say a unit's place in a year and its awards.
import type { AwardOutcome, MembershipStatus } from '../../main/contract/index.js';

export const statusLabels: Record<MembershipStatus, string> = {
  member: 'Thành viên',
  absent: 'Không tham gia',
  notYet: 'Chưa tham gia',
  left: 'Đã ngừng tham gia',
  merged: 'Đã hợp nhất',
};

/** "Đã hợp nhất vào “Trường Cao đẳng Bắc Kạn”", or the plain status. */
export const statusText = (status: MembershipStatus, successorName: string | null): string =>
  status === 'merged' && successorName ? `Đã hợp nhất vào “${successorName}”` : statusLabels[status];

export const awardText = (a: AwardOutcome): string =>
  a.elected ? `Trúng cử ${a.awardName}` : `Có tên trong phiếu bầu ${a.awardName}, không trúng cử`;

/** "Thứ 4/10". */
export const rankText = (rank: number | null, of: number): string => (rank === null ? '—' : `Thứ ${rank}/${of}`);
