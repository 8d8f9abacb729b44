// "Mở lại năm": the one way back into a closed year. The reason is required and recorded in the year's
// history; the service takes a backup first. The same rules as years.reopen, with its own messages.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { contract } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { reasonError, type ReasonError } from './reason-error';

const reasonSchema = contract['years.reopen'].input.shape.reason;

export function ReopenYearDialog({ onClose }: { onClose: () => void }) {
  const { year, years } = useSelection();
  const reopen = useWrite('years.reopen', (y) => `Đã mở lại năm ${y.year}`);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ReasonError>({});
  const laterClosed = years.filter((y) => y.year > year.year && y.status === 'closed').map((y) => y.year);

  const submit = async () => {
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) return setError({ reason: parsed.error.issues[0]?.message });
    setError({});
    try {
      await reopen.mutateAsync({ yearId: year.id, reason: parsed.data });
      onClose();
    } catch (e) {
      setError(reasonError(e));
    }
  };

  return (
    <Modal
      open
      title={`Mở lại năm ${year.year}`}
      okText="Mở lại năm"
      cancelText="Hủy"
      okButtonProps={{ loading: reopen.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={600}
    >
      <Typography.Paragraph>
        Mở lại để sửa dữ liệu của năm {year.year}: đơn vị, điểm, kết quả bình xét, hội nghị và văn bản sửa được như trước khi khóa sổ. Việc mở lại
        được ghi vào lịch sử của năm cùng lý do; sửa xong, hãy khóa sổ lại.
      </Typography.Paragraph>
      <Typography.Paragraph>Trước khi mở lại, phần mềm sao lưu toàn bộ dữ liệu để có thể khôi phục khi cần.</Typography.Paragraph>
      {laterClosed.length > 0 && (
        <Typography.Paragraph type="secondary">
          Năm {laterClosed.join(', ')} vẫn khóa sổ: dữ liệu của {laterClosed.length > 1 ? 'các năm' : 'năm'} đó không thay đổi.
        </Typography.Paragraph>
      )}
      <Form layout="vertical" component="div">
        <Form.Item label="Lý do mở lại" htmlFor="reopen-reason" required validateStatus={error.reason ? 'error' : undefined} help={error.reason}>
          <Input.TextArea
            id="reopen-reason"
            rows={3}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError({});
            }}
            maxLength={1000}
            autoFocus
          />
        </Form.Item>
      </Form>
      {error.message && <Alert type="error" showIcon title={error.message} />}
    </Modal>
  );
}
