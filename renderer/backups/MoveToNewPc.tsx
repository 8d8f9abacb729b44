// "Chuyển sang máy mới": a checked copy of the whole data saved where the officer can carry it, and the other
// end, opening such a copy on the new computer.
import { useState } from 'react';
import { Alert, Button, Card, Divider, Flex, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { Output } from '../../main/contract/index.js';
import { api, unwrap } from '../api/client';
import { useNotifyError } from '../common/actions';
import { OpenCopy } from './OpenCopy';

function SaveCopy({ canChoose }: { canChoose: boolean }) {
  const notifyError = useNotifyError();
  const [saved, setSaved] = useState<Output<'backups.saveCopy'> | null>(null);
  // Saving reads the data and writes a file elsewhere: nothing on screen changes.
  const save = useMutation({
    mutationFn: () => unwrap(api['backups.saveCopy']({})),
    onMutate: () => setSaved(null),
    // Cancelling the desktop's save dialog answers no path: nothing was saved, nothing to say.
    onSuccess: (done) => setSaved(done.path ? done : null),
    onError: notifyError,
  });
  return (
    <Flex vertical gap={8}>
      <Typography.Paragraph style={{ margin: 0 }}>
        Lưu một bản sao đã kiểm tra của toàn bộ dữ liệu (mọi khối, mọi năm, cùng các tệp minh chứng và văn bản đã lưu) thành một tệp
        .zip, rồi chép tệp đó sang máy mới.
        {!canChoose && ' Ở chế độ trình duyệt, tệp được lưu trong thư mục dữ liệu (thư mục con ban-sao).'}
      </Typography.Paragraph>
      <div>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate()}>
          Lưu bản sao dữ liệu…
        </Button>
      </div>
      {saved && (
        <Alert
          type="success"
          showIcon
          data-testid="copy-saved"
          title={`Đã lưu bản sao dữ liệu, kèm ${saved.files} tệp minh chứng và văn bản đã lưu`}
          description={<Typography.Text copyable={{ tooltips: ['Sao chép đường dẫn', 'Đã sao chép'] }}>{saved.path}</Typography.Text>}
        />
      )}
    </Flex>
  );
}

export function MoveToNewPc({ canChoose }: { canChoose: boolean }) {
  return (
    <Card size="small" title="Chuyển sang máy mới">
      <SaveCopy canChoose={canChoose} />
      <Divider style={{ margin: '16px 0' }} />
      <Typography.Paragraph>
        Trên máy mới, mở tệp bản sao mang từ máy cũ. Phần mềm kiểm tra tệp và cho xem trước nội dung; chưa thay đổi gì cho đến khi bấm
        Khôi phục.
      </Typography.Paragraph>
      <OpenCopy />
    </Card>
  );
}
