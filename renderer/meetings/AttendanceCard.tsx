// Check-in: each member unit present, absent, or represented by someone (the minutes list them).
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Space, Table } from 'antd';
import type { AttendanceEntry, Meeting, YearUnit } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';

type Status = AttendanceEntry['status'];
const statusOptions: { value: Status; label: string }[] = [
  { value: 'present', label: 'Có mặt' },
  { value: 'absent', label: 'Vắng' },
  { value: 'represented', label: 'Cử người dự thay' },
];

export function AttendanceCard({ meeting, members }: { meeting: Meeting; members: YearUnit[] }) {
  const { locked } = useSelection();
  const { message } = App.useApp();
  const save = useWrite('meetings.setAttendance', 'Đã lưu điểm danh');
  const [rows, setRows] = useState<AttendanceEntry[]>(() =>
    members.map((m) => {
      const saved = meeting.attendance.find((a) => a.unitId === m.unitId);
      return { unitId: m.unitId, status: saved?.status ?? 'present', representedBy: saved?.representedBy ?? '' };
    }),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (unitId: number, patch: Partial<AttendanceEntry>) => setRows(rows.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)));
  const name = (unitId: number) => members.find((m) => m.unitId === unitId)?.name ?? '';

  const submit = async () => {
    setErrors({});
    try {
      await save.mutateAsync({ meetingId: meeting.id, attendance: rows });
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors);
      void message.error(error instanceof Error ? error.message : 'Không lưu được điểm danh.');
    }
  };

  const present = rows.filter((r) => r.status !== 'absent').length;
  return (
    <Card title={`Điểm danh đơn vị dự họp (${present}/${rows.length} đơn vị dự)`} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {meeting.attendance.length === 0 && (
          <Alert type="warning" showIcon title="Chưa lưu điểm danh: biên bản và báo cáo cần danh sách đơn vị dự họp." />
        )}
        <Table<AttendanceEntry>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { key: 'no', title: 'TT', width: 50, render: (_, __, i) => i + 1 },
            { key: 'unit', title: 'Đơn vị', render: (_, r) => name(r.unitId) },
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
                const error = errors[`attendance.${rows.indexOf(r)}.representedBy`];
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
