// "Mở bản sao dữ liệu…": a copy brought from the old computer is checked and shown before anything changes;
// restoring it takes the same confirmation as a backup. On the welcome screen too, for a new computer.
import { useState } from 'react';
import { Button, Flex, Typography, Upload } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { Input, Output } from '../../main/contract/index.js';
import { api, unwrap } from '../api/client';
import { useRead } from '../api/hooks';
import { useNotifyError } from '../common/actions';
import { readAsBase64 } from '../scoring/scores/files';
import { ConfirmRestore } from './ConfirmRestore';
import { CopyContentsView } from './CopyContentsView';

type Staged = NonNullable<Output<'backups.stageCopy'>>;

export function OpenCopy() {
  const notifyError = useNotifyError();
  const overview = useRead('backups.overview', {});
  const [staged, setStaged] = useState<Staged | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Staging only brings the file into the data folder and reads it: no screen needs to reload for it.
  const stage = useMutation({
    mutationFn: (input: Input<'backups.stageCopy'>) => unwrap(api['backups.stageCopy'](input)),
    onMutate: () => setStaged(null),
    onSuccess: (copy) => setStaged(copy),
    onError: notifyError,
  });

  const upload = async (file: File) => {
    try {
      stage.mutate({ file: { fileName: file.name, base64: await readAsBase64(file) } });
    } catch (error) {
      notifyError(error);
    }
  };

  if (!overview.data) return null;
  return (
    <Flex vertical gap={12}>
      {overview.data.canChoose ? (
        <div>
          <Button loading={stage.isPending} onClick={() => stage.mutate({})}>
            Mở bản sao dữ liệu…
          </Button>
        </div>
      ) : (
        <Upload.Dragger
          accept=".zip,.sqlite"
          showUploadList={false}
          disabled={stage.isPending}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Typography.Text>Mở bản sao dữ liệu: kéo thả hoặc bấm để chọn tệp (.zip, hoặc một bản sao lưu .sqlite)</Typography.Text>
        </Upload.Dragger>
      )}
      {stage.isPending && <Typography.Text type="secondary">Đang kiểm tra bản sao…</Typography.Text>}
      {staged && (
        <Flex vertical gap={12}>
          <Typography.Text>
            Tệp <strong>{staged.fileName}</strong> nguyên vẹn
            {staged.files > 0 ? `, kèm ${staged.files} tệp minh chứng và văn bản đã lưu` : ', không kèm tệp minh chứng hay văn bản đã lưu'}. Chưa có gì
            thay đổi trên máy này.
          </Typography.Text>
          <CopyContentsView contents={staged.contents} testId="copy-preview" />
          <Flex gap={8} wrap>
            <Button type="primary" danger onClick={() => setConfirming(true)}>
              Khôi phục từ bản sao này
            </Button>
            <Button onClick={() => setStaged(null)}>Bỏ qua</Button>
          </Flex>
          {confirming && (
            <ConfirmRestore
              source={`dữ liệu trong tệp “${staged.fileName}”`}
              totals={staged.contents.totals}
              files={staged.files}
              restore={() => unwrap(api['backups.restoreCopy']({ copyId: staged.copyId }))}
              onClose={() => setConfirming(false)}
            />
          )}
        </Flex>
      )}
    </Flex>
  );
}
