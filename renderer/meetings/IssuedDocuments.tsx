// The documents issued from a meeting, as the register lists them: number, date, kind, title, status; each
// opens as issued, and the register is one click away.
import { useState } from 'react';
import { Button, Table, Typography } from 'antd';
import { formatShortDate } from '../../main/documents/format.js';
import type { Meeting, RegisterEntry } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';
import { documentName } from '../documents/naming';
import { StatusTag } from '../documents/register/StatusTag';
import { IssuedViewModal } from '../documents/register/IssuedViewModal';

export function IssuedDocuments({ meeting }: { meeting: Meeting }) {
  const register = useRead('documents.list', { yearId: meeting.yearId });
  const [viewing, setViewing] = useState<RegisterEntry | null>(null);
  const all = register.data ?? [];
  const issued = all
    .filter((e) => e.sourceMeetingId === meeting.id)
    .toSorted((a, b) => a.date.localeCompare(b.date) || (a.number ?? 0) - (b.number ?? 0) || a.id - b.id);

  return (
    <>
      <Typography.Text strong style={{ display: 'block', marginTop: 12 }}>
        {issued.length > 0 ? `Đã ban hành từ hội nghị này (${issued.length}):` : 'Chưa có văn bản nào ban hành từ hội nghị này.'}{' '}
        <Typography.Link onClick={() => navigate('register')}>Mở sổ văn bản</Typography.Link>
      </Typography.Text>
      {issued.length > 0 && (
        <Table<RegisterEntry>
          aria-label="Văn bản đã ban hành từ hội nghị"
          rowKey="id"
          size="small"
          loading={register.isPending}
          dataSource={issued}
          pagination={false}
          style={{ marginTop: 8 }}
          columns={[
            { key: 'number', title: 'Số, ký hiệu', width: 170, render: (_, e) => <strong>{e.numberText}</strong> },
            { key: 'date', title: 'Ngày', width: 105, render: (_, e) => formatShortDate(e.date) },
            { key: 'kind', title: 'Loại', width: 200, render: (_, e) => e.typeLabel },
            { key: 'title', title: 'Trích yếu', dataIndex: 'title' },
            { key: 'status', title: 'Trạng thái', width: 170, render: (_, e) => <StatusTag entry={e} all={all} /> },
            {
              key: 'view',
              title: '',
              width: 70,
              render: (_, e) => (
                <Button size="small" onClick={() => setViewing(e)} aria-label={`Xem ${documentName(e)}`}>
                  Xem
                </Button>
              ),
            },
          ]}
        />
      )}
      <IssuedViewModal entry={viewing} all={all} onClose={() => setViewing(null)} />
    </>
  );
}
