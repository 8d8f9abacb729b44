// "Khóa sổ năm": a dialog lists what is still missing (units not scored, the vote not counted, documents
// not issued); the officer may close anyway with a reason. A backup is taken, then the year is read-only
// until it is reopened ("Mở lại năm", with a reason); both are listed in the year's history.
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Spin, Typography } from 'antd';
import { useRead, useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { reasonError, type ReasonError } from './reason-error';
import { ReopenYearDialog } from './ReopenYearDialog';
import { YearHistory } from './YearHistory';

export function CloseYearCard() {
  const { year, locked } = useSelection();
  const [open, setOpen] = useState(false);
  return (
    <Card title={`Khóa sổ năm ${year.year}`}>
      {locked ? (
        <>
          <Typography.Paragraph>
            Năm {year.year} đã khóa sổ: dữ liệu của năm chỉ để xem và in lại. Khi cần sửa, có thể mở lại năm với lý do được ghi vào lịch sử.
          </Typography.Paragraph>
          <Button onClick={() => setOpen(true)}>Mở lại năm {year.year}</Button>
          {open && <ReopenYearDialog onClose={() => setOpen(false)} />}
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            Khóa sổ khi đã tổng kết và bàn giao năm. Sau khi khóa, không thể sửa đơn vị, điểm, kết quả bình xét hay văn bản của năm {year.year}.
          </Typography.Paragraph>
          <Button danger onClick={() => setOpen(true)}>
            Khóa sổ năm {year.year}
          </Button>
          {open && <CloseYearDialog onClose={() => setOpen(false)} />}
        </>
      )}
      <YearHistory yearId={year.id} year={year.year} />
    </Card>
  );
}

function CloseYearDialog({ onClose }: { onClose: () => void }) {
  const { year } = useSelection();
  const checklist = useRead('votes.closeChecklist', { yearId: year.id }, { staleTime: 0 });
  const close = useWrite('years.close', (y) => `Đã khóa sổ năm ${y.year}`);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ReasonError>({});
  const missing = checklist.data?.filter((item) => !item.done) ?? [];
  const needsReason = missing.length > 0;

  const submit = async () => {
    if (needsReason && !reason.trim()) return setError({ reason: 'Còn mục chưa xong: nhập lý do khóa sổ.' });
    setError({});
    try {
      await close.mutateAsync({ yearId: year.id, reason: reason.trim() });
      onClose();
    } catch (e) {
      setError(reasonError(e));
    }
  };

  return (
    <Modal
      open
      title={`Khóa sổ năm ${year.year}`}
      okText="Khóa sổ"
      cancelText="Hủy"
      okButtonProps={{ danger: true, disabled: !checklist.data, loading: close.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={640}
    >
      {checklist.isPending && <Spin description="Đang kiểm tra…" />}
      {checklist.error && <Alert type="error" showIcon title={checklist.error.message} />}
      {checklist.data && (
        <>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Các việc trước khi khóa sổ">
            {checklist.data.map((item) => (
              <li key={item.key} data-testid={`close-item-${item.key}`} style={{ display: 'flex', gap: 10, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
                <Typography.Text strong type={item.done ? 'success' : 'danger'} aria-label={item.done ? 'Đã xong' : 'Còn thiếu'} style={{ fontSize: 16 }}>
                  {item.done ? '✓' : '✗'}
                </Typography.Text>
                <div>
                  <Typography.Text>{item.label}</Typography.Text>
                  {!item.done && item.detail && (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {item.detail}
                    </Typography.Text>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <Typography.Paragraph style={{ marginTop: 12 }}>
            Trước khi khóa sổ, phần mềm sao lưu dữ liệu. Sau khi khóa, năm {year.year} chỉ để xem và in lại: không sửa được đơn vị, điểm, kết quả bình xét,
            hội nghị hay văn bản của năm.
          </Typography.Paragraph>
          <Form layout="vertical" component="div">
            <Form.Item
              label={needsReason ? `Lý do khóa sổ khi còn ${missing.length} mục chưa xong` : 'Ghi chú khi khóa sổ (không bắt buộc)'}
              htmlFor="close-reason"
              required={needsReason}
              validateStatus={error.reason ? 'error' : undefined}
              help={error.reason}
            >
              <Input.TextArea id="close-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
            </Form.Item>
          </Form>
          {error.message && <Alert type="error" showIcon title={error.message} />}
        </>
      )}
    </Modal>
  );
}
