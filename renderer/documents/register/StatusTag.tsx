import { Tag } from 'antd';
import type { RegisterEntry } from '../../../main/contract/index.js';
import { statusText } from '../../../main/documents/register-status.js';

export function StatusTag({ entry, all }: { entry: RegisterEntry; all: RegisterEntry[] }) {
  const color = entry.status === 'issued' ? 'green' : entry.status === 'withdrawn' ? 'red' : 'orange';
  return <Tag color={color}>{statusText(entry, all)}</Tag>;
}

/** The entry's signed scan is attached. */
export const SignedCopyTag = () => <Tag color="blue">Đã có bản ký</Tag>;
