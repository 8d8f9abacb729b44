// "Hội nghị": the selected year's meetings and conferences.
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { formatShortDate } from '../../main/documents/format.js';
import type { Meeting } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { kindLabels } from './labels';
import { byDate } from './order';

export function MeetingsPage() {
  const { year, locked } = useSelection();
  const meetings = useRead('meetings.list', { yearId: year.id }, { select: byDate });
  if (meetings.isError) return <Alert type="error" showIcon title={meetings.error.message} />;
  const open = (m: Meeting) => navigate('meeting', { id: m.id });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Hội nghị, cuộc họp năm {year.year}
        </Typography.Title>
        <Button type="primary" disabled={locked} onClick={() => navigate('meeting')}>
          Thêm hội nghị
        </Button>
      </div>
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: hội nghị chỉ để xem.`} />}
      <Table<Meeting>
        rowKey="id"
        size="middle"
        loading={meetings.isPending}
        dataSource={meetings.data ?? []}
        pagination={false}
        locale={{ emptyText: `Năm ${year.year} chưa có hội nghị nào` }}
        onRow={(m) => ({
          tabIndex: 0,
          'aria-label': m.name,
          style: { cursor: 'pointer' },
          onClick: () => open(m),
          onKeyDown: (event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) open(m);
          },
        })}
        columns={[
          { key: 'date', title: 'Ngày', width: 120, render: (_, m) => (m.date ? formatShortDate(m.date) : <Tag color="orange">Chưa có ngày</Tag>) },
          { key: 'time', title: 'Thời gian', width: 130, render: (_, m) => (m.startTime ? `${m.startTime}${m.endTime ? ` - ${m.endTime}` : ''}` : '—') },
          { key: 'name', title: 'Tên hội nghị', dataIndex: 'name', render: (name: string) => <Typography.Link>{name}</Typography.Link> },
          { key: 'kind', title: 'Loại', width: 150, render: (_, m) => kindLabels[m.kind] },
          { key: 'place', title: 'Địa điểm', width: 280, render: (_, m) => (m.place ? m.place : <Tag color="orange">Chưa có địa điểm</Tag>) },
          { key: 'attendance', title: 'Điểm danh', width: 120, render: (_, m) => <AttendanceCell meeting={m} members={year.memberCount} /> },
          { key: 'docs', title: 'Văn bản', width: 90, render: (_, m) => m.issuedDocuments || '—' },
        ]}
      />
    </Space>
  );
}

/** What is saved, over the year's members: "9/10 dự", and how many members have no entry yet. */
function AttendanceCell({ meeting, members }: { meeting: Meeting; members: number }) {
  if (meeting.attendance.length === 0) return <>—</>;
  const present = meeting.attendance.filter((a) => a.status !== 'absent').length;
  const missing = members - meeting.attendance.length;
  return (
    <>
      {present}/{members} dự
      {missing > 0 && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{missing} chưa điểm danh</Typography.Text>}
    </>
  );
}
