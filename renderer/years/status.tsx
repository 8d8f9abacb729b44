import { Tag } from 'antd';
import type { Year } from '../../main/contract/index.js';

export const StatusTag = ({ status }: { status: Year['status'] }) =>
  status === 'closed' ? <Tag color="red">Đã khóa sổ</Tag> : <Tag color="green">Đang thực hiện</Tag>;

/** The name a unit had in a year, from that year's members. */
export function unitName(members: { unitId: number; name: string }[] | undefined, unitId: number | null): string {
  if (unitId === null) return 'Chưa chọn';
  return members?.find((m) => m.unitId === unitId)?.name ?? '…';
}
