// One meeting: the documents drawn from it (invitation, minutes, report) and those already issued, its form
// and its check-in.
import { Alert, App, Button, Card, Space, Spin, Typography } from 'antd';
import type { DocumentType, Meeting } from '../../main/contract/index.js';
import { useRead, useWrite } from '../api/hooks';
import { navigate, numberParam, useRouteParams } from '../app/routes';
import { useSelection } from '../app/selection';
import { AttendanceCard } from './AttendanceCard';
import { IssuedDocuments } from './IssuedDocuments';
import { MeetingFormCard } from './MeetingForm';
import { kindParam } from '../guide/meeting-defaults';

export function MeetingPage() {
  const { year } = useSelection();
  const params = useRouteParams();
  const id = numberParam(params, 'id');
  // A new meeting of the kind the home screen asked for (`kind`), e.g. the signing conference.
  const kind = params.get('kind');
  const meeting = useRead('meetings.get', id === null ? null : { meetingId: id });
  const members = useRead('units.list', { yearId: year.id });

  if ((id !== null && meeting.isPending) || members.isPending) return <Spin description="Đang tải…" />;
  if (meeting.isError) return <Alert type="error" showIcon title={meeting.error.message} />;
  if (members.isError) return <Alert type="error" showIcon title={members.error.message} />;
  const m = id === null ? null : (meeting.data ?? null);
  if (m && m.yearId !== year.id) {
    return (
      <Alert
        type="info"
        showIcon
        title={`Hội nghị này thuộc năm thi đua khác năm ${year.year}.`}
        action={<Button onClick={() => navigate('meetings')}>Danh sách hội nghị năm {year.year}</Button>}
      />
    );
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {m ? m.name : `Thêm hội nghị năm ${year.year}`}
      </Typography.Title>
      {m && <MeetingDocuments meeting={m} />}
      <MeetingFormCard key={m ? `${m.id}-${JSON.stringify(m)}` : 'new'} meeting={m} members={members.data} kind={kindParam(kind)} />
      {m && (
        <AttendanceCard
          // Starts again from what is saved when the check-in or the year's members change.
          key={JSON.stringify([m.attendance, m.formerAttendance, members.data.map((u) => u.unitId)])}
          meeting={m}
          members={members.data}
        />
      )}
    </Space>
  );
}

function MeetingDocuments({ meeting }: { meeting: Meeting }) {
  const { locked } = useSelection();
  const { modal, message } = App.useApp();
  const remove = useWrite('meetings.delete', 'Đã xóa hội nghị');
  const open = (type: DocumentType) => navigate('documents', { type, meetingId: meeting.id });
  const confirmDelete = () =>
    modal.confirm({
      title: `Xóa “${meeting.name}”?`,
      content: 'Thông tin hội nghị, khách mời, chương trình và điểm danh sẽ bị xóa. Không thể hoàn tác.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () =>
        remove.mutateAsync({ meetingId: meeting.id }).then(
          () => navigate('meetings'),
          (error: unknown) => void message.error(error instanceof Error ? error.message : 'Không xóa được hội nghị.'),
        ),
    });
  return (
    <Card size="small" title="Văn bản của hội nghị">
      <Space wrap>
        <Button type="primary" onClick={() => open('invitation')}>
          Giấy mời
        </Button>
        <Button onClick={() => open('agenda')}>Chương trình</Button>
        <Button onClick={() => open('minutes')}>Biên bản</Button>
        <Button onClick={() => open('report')}>Báo cáo</Button>
        <Button danger disabled={locked || meeting.issuedDocuments > 0} onClick={confirmDelete} title={meeting.issuedDocuments > 0 ? 'Đã có văn bản ban hành từ hội nghị này' : undefined}>
          Xóa hội nghị
        </Button>
      </Space>
      <IssuedDocuments meeting={meeting} />
    </Card>
  );
}
