// Check-in: each member unit present, absent, or represented by someone (the minutes list them). The title
// counts what is saved; a member with no saved entry (one that joined after the check-in) is shown as not yet
// checked in, never as present; units that have left the year since keep what was recorded for them.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import type { AttendanceEntry, Meeting, YearUnit } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useWrite } from '../api/hooks';
import { useLeaveGuard } from '../app/leave-guard';
import { useSelection } from '../app/selection';

type Status = AttendanceEntry['status'];
/** A member's line: `status` null while the unit has not been checked in. */
type Row = { unitId: number; status: Status | null; representedBy: string };

const statusOptions: { value: Status; label: string }[] = [
  { value: 'present', label: 'Có mặt' },
  { value: 'absent', label: 'Vắng' },
  { value: 'represented', label: 'Cử người dự thay' },
];
const statusLabel = (status: Status) => statusOptions.find((o) => o.value === status)?.label.toLowerCase() ?? '';

/** Nothing saved yet: every member starts as present, for the officer to correct and save. Else what is saved. */
function savedRows(meeting: Meeting, members: YearUnit[]): Row[] {
  const none = meeting.attendance.length === 0;
  return members.map((m) => {
    const saved = meeting.attendance.find((a) => a.unitId === m.unitId);
    return { unitId: m.unitId, status: saved?.status ?? (none ? 'present' : null), representedBy: saved?.representedBy ?? '' };
  });
}

/** "(9/10 đơn vị dự)", "(… , 1 đơn vị chưa điểm danh)" or "(chưa điểm danh)": what is saved. */
function savedCount(meeting: Meeting, members: YearUnit[]): string {
  if (meeting.attendance.length === 0) return 'chưa điểm danh';
  const present = meeting.attendance.filter((a) => a.status !== 'absent').length;
  const missing = members.length - meeting.attendance.length;
  return `${present}/${members.length} đơn vị dự${missing > 0 ? `, ${missing} đơn vị chưa điểm danh` : ''}`;
}

export function AttendanceCard({ meeting, members }: { meeting: Meeting; members: YearUnit[] }) {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const save = useWrite('meetings.setAttendance', 'Đã lưu điểm danh');
  const [initial] = useState(() => savedRows(meeting, members));
  const [rows, setRows] = useState<Row[]>(initial);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const set = (unitId: number, patch: Partial<Row>) => setRows(rows.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)));
  const name = (unitId: number) => members.find((m) => m.unitId === unitId)?.name ?? '';
  const changed = JSON.stringify(rows) !== JSON.stringify(initial);
  const saved = meeting.attendance.length > 0;
  useLeaveGuard(!locked && changed);
  const unrecorded = rows.filter((r) => r.status === null).length;

  const submit = async () => {
    setErrors({});
    const sent = rows.flatMap((r) => (r.status === null ? [] : [{ unitId: r.unitId, status: r.status, representedBy: r.representedBy }]));
    try {
      await save.mutateAsync({ meetingId: meeting.id, attendance: sent });
    } catch (error) {
      // The service names entries by their place in what was sent.
      if (error instanceof ApiError) {
        const byUnit: Record<number, string> = {};
        sent.forEach((a, i) => {
          const text = error.fieldErrors[`attendance.${i}.representedBy`];
          if (text) byUnit[a.unitId] = text;
        });
        setErrors(byUnit);
      }
      void message.error(error instanceof Error ? error.message : 'Không lưu được điểm danh.');
    }
  };

  return (
    <Card
      title={`Điểm danh đơn vị dự họp (${savedCount(meeting, members)})`}
      size="small"
      extra={changed ? <Tag color="orange">Có thay đổi chưa lưu</Tag> : undefined}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {!saved && (
          <Alert
            type="warning"
            showIcon
            title="Chưa lưu điểm danh: biên bản và báo cáo cần danh sách đơn vị dự họp. Các đơn vị đang để sẵn “Có mặt”: sửa nếu cần rồi bấm Lưu điểm danh."
          />
        )}
        {saved && unrecorded > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`${unrecorded} đơn vị chưa điểm danh (vào khối sau khi điểm danh): chọn tình hình dự họp rồi bấm Lưu điểm danh.`}
          />
        )}
        <Table<Row>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { key: 'no', title: 'TT', width: 50, render: (_, __, i) => i + 1 },
            {
              key: 'unit',
              title: 'Đơn vị',
              render: (_, r) => (
                <>
                  {name(r.unitId)} {r.status === null && <Tag color="orange">Chưa điểm danh</Tag>}
                </>
              ),
            },
            {
              key: 'status',
              title: 'Tình hình dự họp',
              width: 360,
              render: (_, r) => (
                <Radio.Group
                  aria-label={`Điểm danh ${name(r.unitId)}`}
                  disabled={locked}
                  value={r.status}
                  onChange={(e) => set(r.unitId, { status: e.target.value as Status })}
                  options={statusOptions}
                />
              ),
            },
            {
              key: 'by',
              title: 'Người dự thay',
              width: 300,
              render: (_, r) => {
                const error = errors[r.unitId];
                return (
                  <Form.Item style={{ margin: 0 }} validateStatus={error ? 'error' : undefined} help={error}>
                    <Input
                      aria-label={`Người dự thay của ${name(r.unitId)}`}
                      placeholder="Họ tên - Chức vụ"
                      disabled={locked || r.status !== 'represented'}
                      value={r.representedBy}
                      onChange={(e) => set(r.unitId, { representedBy: e.target.value })}
                    />
                  </Form.Item>
                );
              },
            },
          ]}
        />
        {meeting.formerAttendance.length > 0 && (
          <Typography.Text type="secondary" data-testid="former-attendance">
            Đã điểm danh, nay không còn là thành viên năm {year.year} (giữ như đã ghi):{' '}
            {meeting.formerAttendance.map((a) => `${a.unitName} (${statusLabel(a.status)})`).join('; ')}.
          </Typography.Text>
        )}
        <Space>
          <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={locked}>
            Lưu điểm danh
          </Button>
          <Button disabled={locked} onClick={() => setRows(rows.map((r) => ({ ...r, status: 'present', representedBy: '' })))}>
            Tất cả có mặt
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
