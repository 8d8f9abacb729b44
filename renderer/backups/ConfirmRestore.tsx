// Restoring, the same for a backup in the list and a copy brought from another computer: a confirmation that
// says plainly what happens (the live data is backed up first, then replaced), then the whole window reloads
// on the restored data and the backups screen says what was done.
import { Alert, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { CopyContents, Output } from '../../main/contract/index.js';
import { navigate } from '../app/routes';
import { messageOf } from '../common/actions';
import { totalsText } from './format';
import { keepRestoredNote } from './restored';

export function ConfirmRestore({
  source,
  totals,
  files,
  restore,
  onClose,
}: {
  /** What replaces the data, as a sentence part: "bản sao lưu lúc 09/03/2024 14:05". */
  source: string;
  totals: CopyContents['totals'];
  /** The evidence and document files a copy brings; null for a backup, which holds the database only. */
  files: number | null;
  restore: () => Promise<Output<'backups.restore'>>;
  onClose: () => void;
}) {
  const run = useMutation({
    mutationFn: restore,
    onSuccess: (done) => {
      const { contents, safetyBackup, filesPlaced, missingFiles } = done;
      keepRestoredNote(sessionStorage, { source, totals: contents.totals, safetyBackup, filesPlaced, missingFiles });
      navigate('backups');
      window.location.reload();
    },
  });
  // From the click until the reload the window shows the data being replaced: nothing may be clicked meanwhile.
  const busy = run.isPending || run.isSuccess;

  return (
    <Modal
      open
      title="Khôi phục dữ liệu"
      okText={busy ? 'Đang khôi phục…' : 'Khôi phục'}
      cancelText="Hủy"
      okButtonProps={{ danger: true }}
      cancelButtonProps={{ disabled: busy }}
      confirmLoading={busy}
      closable={!busy}
      mask={{ closable: !busy }}
      keyboard={!busy}
      onOk={() => run.mutate()}
      onCancel={onClose}
      width={620}
    >
      <Typography.Paragraph>Phần mềm sẽ lần lượt:</Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
        <li>
          Sao lưu dữ liệu đang dùng (bản “Trước khi khôi phục bản sao lưu”). Muốn trở lại như bây giờ, chỉ cần khôi phục bản sao lưu
          đó.
        </li>
        <li>
          Thay toàn bộ dữ liệu trên máy (mọi khối, mọi năm) bằng <strong>{source}</strong>, gồm {totalsText(totals)}.{' '}
          {files === null
            ? 'Bản sao lưu chỉ chứa cơ sở dữ liệu: các tệp minh chứng và văn bản đã lưu trong thư mục dữ liệu giữ nguyên.'
            : files > 0 &&
              `Đặt ${files} tệp minh chứng và văn bản đã lưu của bản sao vào thư mục dữ liệu; tệp cùng tên đang có mà khác nội dung được cất riêng cạnh bản sao lưu ở bước 1.`}
        </li>
        <li>Kiểm tra dữ liệu sau khi khôi phục, rồi tải lại các màn hình.</li>
      </ol>
      <Alert
        type="warning"
        showIcon
        title="Những gì đang có trên máy mà bản này không có (nhập hoặc ban hành sau thời điểm của bản này) sẽ không còn trong dữ liệu đang dùng; chúng vẫn nằm trong bản sao lưu ở bước 1."
      />
      {run.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title="Chưa khôi phục được"
          description={messageOf(run.error)}
          data-testid="restore-error"
        />
      )}
    </Modal>
  );
}
