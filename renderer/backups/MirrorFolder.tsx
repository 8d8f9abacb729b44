// "Thư mục sao lưu thứ hai": every backup also copied to a USB stick, so the data outlives the computer's disk.
// The desktop app picks the folder with the system's dialog; browser mode takes its full path.
import { useId, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import type { BackupsOverview } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useWrite } from '../api/hooks';
import { useNotifyError } from '../common/actions';

const done = ({ mirrorDir }: { mirrorDir: string | null }) =>
  mirrorDir ? `Các bản sao lưu từ nay được chép thêm vào ${mirrorDir}` : 'Đã bỏ thư mục sao lưu thứ hai';

function FolderPath({ onSaved }: { onSaved: () => void }) {
  const notifyError = useNotifyError();
  const setMirror = useWrite('backups.setMirror', done);
  const id = useId();
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    setError(null);
    setMirror.mutate(
      { folder },
      {
        onSuccess: () => {
          setFolder('');
          onSaved();
        },
        onError: (e) => (e instanceof ApiError && e.fieldErrors.folder ? setError(e.fieldErrors.folder) : notifyError(e)),
      },
    );
  };
  return (
    <form
      noValidate
      aria-label="Đặt thư mục sao lưu thứ hai"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Form layout="vertical" component={false}>
        <Form.Item
          label="Đường dẫn đầy đủ của thư mục"
          htmlFor={id}
          validateStatus={error ? 'error' : undefined}
          help={error}
          extra="Ví dụ: E:\Sao lưu Khối Thi Đua, hoặc /media/usb/sao-luu"
        >
          <Flex gap={8} style={{ maxWidth: 720 }}>
            <Input id={id} value={folder} onChange={(e) => setFolder(e.target.value)} disabled={setMirror.isPending} />
            <Button htmlType="submit" loading={setMirror.isPending} disabled={!folder.trim()}>
              Dùng thư mục này
            </Button>
          </Flex>
        </Form.Item>
      </Form>
    </form>
  );
}

export function MirrorFolder({ overview }: { overview: BackupsOverview }) {
  const notifyError = useNotifyError();
  const choose = useWrite('backups.chooseMirror', done);
  const clear = useWrite('backups.clearMirror', done);
  const [editing, setEditing] = useState(false);
  const { mirrorDir, mirrorMissing, canChoose } = overview;
  const pending = choose.isPending || clear.isPending;
  return (
    <Card size="small" title="Thư mục sao lưu thứ hai (ổ USB)">
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          Mỗi lần sao lưu, phần mềm chép thêm bản sao vào thư mục này (thường là một ổ USB), để dữ liệu vẫn còn khi máy tính hỏng.
        </Typography.Paragraph>
        <Typography.Text data-testid="mirror-dir">
          {mirrorDir ? (
            <>
              Đang dùng: <Typography.Text code>{mirrorDir}</Typography.Text>
            </>
          ) : (
            'Chưa đặt thư mục thứ hai.'
          )}
        </Typography.Text>
        {mirrorMissing && (
          <Alert
            type="warning"
            showIcon
            title="Không thấy thư mục thứ hai (ổ USB chưa cắm?)"
            description="Các bản sao lưu vẫn được lưu trong thư mục dữ liệu. Cắm ổ USB rồi bấm Sao lưu ngay để có bản sao ở cả hai nơi."
          />
        )}
        {!canChoose && (editing || !mirrorDir) && <FolderPath onSaved={() => setEditing(false)} />}
        <Flex gap={8} wrap>
          {canChoose ? (
            <Button loading={choose.isPending} disabled={pending} onClick={() => choose.mutate({}, { onError: notifyError })}>
              Chọn thư mục…
            </Button>
          ) : (
            mirrorDir && !editing && <Button onClick={() => setEditing(true)}>Đổi thư mục…</Button>
          )}
          {mirrorDir && (
            <Button loading={clear.isPending} disabled={pending} onClick={() => clear.mutate({}, { onError: notifyError })}>
              Bỏ thư mục thứ hai
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
