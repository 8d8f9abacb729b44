// Evidence (minh chứng) of one unit on one item: the files, added, opened (the desktop's viewer, or a
// download in browser mode) and removed after a confirmation. The service refuses a file over its size
// limit; its message is shown as it is.
import { App, Button, Flex, Popconfirm, Typography, Upload } from 'antd';
import type { EvidenceFile } from '../../../main/contract/index.js';
import { useRead, useWrite } from '../../api/hooks';
import { useNotifyError } from '../../common/actions';
import { downloadFile, readAsBase64 } from './files';

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

export function EvidenceList({ yearId, unitId, itemKey, readOnly }: { yearId: number; unitId: number; itemKey: string; readOnly: boolean }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const files = useRead('scoring.evidence', { yearId, unitId }, { select: (all) => all.filter((f) => f.itemKey === itemKey) });
  const add = useWrite('scoring.addEvidence', (f) => `Đã thêm minh chứng “${f.fileName}”`);
  const open = useWrite('scoring.openEvidence');
  const remove = useWrite('scoring.removeEvidence', 'Đã xóa minh chứng');

  const upload = async (file: File) => {
    try {
      await add.mutateAsync({ yearId, unitId, itemKey, file: { fileName: file.name, base64: await readAsBase64(file) } });
    } catch (error) {
      notifyError(error);
    }
  };

  const show = async (file: EvidenceFile) => {
    try {
      const opened = await open.mutateAsync({ evidenceId: file.id });
      if (opened.base64 !== null) downloadFile({ fileName: opened.fileName, base64: opened.base64 });
      else if (opened.opened) void message.success(`Đã mở “${opened.fileName}”`);
      else void message.info(`“${opened.fileName}” không phải tài liệu hay hình ảnh: đã mở thư mục chứa tệp để anh/chị tự xem xét.`);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>Minh chứng</Typography.Text>
        <Upload
          multiple
          showUploadList={false}
          disabled={readOnly}
          beforeUpload={(file) => {
            void upload(file);
            // The file goes through the contract, not antd's own request.
            return false;
          }}
        >
          <Button size="small" disabled={readOnly} loading={add.isPending}>
            Thêm tệp…
          </Button>
        </Upload>
      </Flex>
      {files.error && <Typography.Text type="danger">{files.error.message}</Typography.Text>}
      {files.isPending && <Typography.Text type="secondary">Đang tải…</Typography.Text>}
      {files.data?.length === 0 && <Typography.Text type="secondary">Chưa có minh chứng</Typography.Text>}
      {files.data?.map((file) => (
        <Flex key={file.id} align="center" gap={4}>
          <Typography.Text ellipsis={{ tooltip: file.fileName }} style={{ flex: 1, minWidth: 0 }}>
            {file.fileName} <Typography.Text type="secondary">({sizeText(file.size)})</Typography.Text>
          </Typography.Text>
          <Button type="link" size="small" onClick={() => void show(file)} aria-label={`Mở ${file.fileName}`}>
            Mở
          </Button>
          <Popconfirm
            title={`Xóa minh chứng “${file.fileName}”?`}
            okText="Xóa"
            cancelText="Không"
            okButtonProps={{ danger: true }}
            disabled={readOnly}
            onConfirm={() => remove.mutateAsync({ evidenceId: file.id }).catch(notifyError)}
          >
            <Button type="link" size="small" danger disabled={readOnly} aria-label={`Xóa ${file.fileName}`}>
              Xóa
            </Button>
          </Popconfirm>
        </Flex>
      ))}
    </Flex>
  );
}
