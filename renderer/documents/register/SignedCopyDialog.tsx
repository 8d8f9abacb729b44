// "Bản ký": the scan of a register entry as signed and stamped, attached after the conference (one PDF, or
// one image a page), opened (the desktop's viewer, or a download in browser mode), replaced or removed after
// a confirmation. The service checks the files and says why one is refused; its message is shown as it is.
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, List, Modal, Popconfirm, Typography, Upload } from 'antd';
import type { RegisterEntry } from '../../../main/contract/index.js';
import { formatShortDate } from '../../../main/documents/format.js';
import { api, unwrap } from '../../api/client';
import { useWrite } from '../../api/hooks';
import { useNotifyError } from '../../common/actions';
import { downloadFile, readAsBase64 } from '../../scoring/scores/files';
import { documentName } from '../naming';

const ACCEPT = '.pdf,.jpg,.jpeg,.png';

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

/** "15/3/2022" from the stored UTC time, in the officer's own day. */
const addedOn = (at: string) => formatShortDate(new Date(at).toLocaleDateString('sv-SE'));

export function SignedCopyDialog({ entry, locked, onClose }: { entry: RegisterEntry | null; locked: boolean; onClose: () => void }) {
  const { modal, message } = App.useApp();
  const notifyError = useNotifyError();
  const attach = useWrite('documents.attachSignedCopy', (e) => `Đã đính kèm bản ký của ${documentName(e)}`);
  const remove = useWrite('documents.removeSignedCopy', (e) => `Đã xóa bản ký của ${documentName(e)}`);
  // Opening changes no data: asked directly, nothing to refresh.
  const open = useMutation({ mutationFn: (input: { documentId: number; page: number }) => unwrap(api['documents.openSignedCopy'](input)) });
  if (!entry) return null;

  const copy = entry.signedCopy;
  const withdrawn = entry.status === 'withdrawn';
  const canChange = !locked && !withdrawn;

  const send = async (files: File[]) => {
    try {
      const read = await Promise.all(files.map(async (f) => ({ fileName: f.name, base64: await readAsBase64(f) })));
      await attach.mutateAsync({ documentId: entry.id, files: read, replaceCopy: copy !== null });
    } catch (error) {
      notifyError(error);
    }
  };
  const chosen = (files: File[]) => {
    if (copy === null) return void send(files);
    modal.confirm({
      title: 'Thay bản ký?',
      content: `Bản ký hiện có (${copy.files.length} tệp) được thay bằng ${files.length} tệp vừa chọn; tệp cũ bị xóa khỏi thư mục dữ liệu.`,
      okText: 'Thay bản ký',
      cancelText: 'Không',
      onOk: () => send(files),
    });
  };

  const show = async (page: number) => {
    try {
      const opened = await open.mutateAsync({ documentId: entry.id, page });
      if (opened.warning) modal.warning({ title: 'Tệp bản ký đã bị thay đổi', content: opened.warning, okText: 'Đã hiểu' });
      if (opened.base64 !== null) downloadFile({ fileName: opened.fileName, base64: opened.base64 });
      else if (opened.opened) void message.success(`Đã mở “${opened.fileName}”`);
    } catch (error) {
      notifyError(error);
    }
  };

  const picker = (label: string) => (
    <Upload
      multiple
      accept={ACCEPT}
      showUploadList={false}
      disabled={!canChange}
      beforeUpload={(file, list) => {
        // Several files chosen at once arrive one by one: the first carries the whole selection.
        if (file.uid === list[0]?.uid) chosen(list);
        return false;
      }}
    >
      <Button type={copy ? 'default' : 'primary'} disabled={!canChange} loading={attach.isPending}>
        {label}
      </Button>
    </Upload>
  );

  return (
    <Modal open title={`Bản ký của ${documentName(entry)}`} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Flex vertical gap={12}>
        {locked && <Alert type="info" showIcon title={`Năm ${entry.year} đã khóa sổ: bản ký chỉ để xem.`} />}
        {withdrawn && !locked && <Alert type="warning" showIcon title="Văn bản đã thu hồi nên không đính kèm bản ký." />}
        {copy === null ? (
          <Typography.Paragraph style={{ margin: 0 }}>
            Sau hội nghị, quét bản đã ký và đóng dấu rồi đính kèm vào đây: một tệp PDF, hoặc ảnh chụp JPG/PNG (mỗi trang một
            ảnh, chọn nhiều ảnh cùng lúc theo thứ tự trang). Tệp được chép vào thư mục dữ liệu và được ghi mã kiểm tra.
          </Typography.Paragraph>
        ) : (
          <>
            <Typography.Text>
              Đính kèm ngày {addedOn(copy.addedAt)}, {copy.files.length === 1 ? 'một tệp' : `${copy.files.length} trang ảnh`}:
            </Typography.Text>
            <List
              size="small"
              bordered
              dataSource={copy.files}
              renderItem={(f) => (
                <List.Item
                  actions={[
                    <Button key="open" type="link" size="small" onClick={() => void show(f.page)} aria-label={`Mở ${f.fileName}`}>
                      Mở
                    </Button>,
                  ]}
                >
                  <Typography.Text ellipsis={{ tooltip: f.fileName }} style={{ maxWidth: 420 }}>
                    {copy.files.length > 1 && `Trang ${f.page}: `}
                    {f.fileName} <Typography.Text type="secondary">({sizeText(f.size)})</Typography.Text>
                  </Typography.Text>
                </List.Item>
              )}
            />
          </>
        )}
        <Flex gap={8} justify="flex-end" wrap>
          {copy !== null && (
            <Popconfirm
              title="Xóa bản ký?"
              description="Tệp bản ký bị xóa khỏi thư mục dữ liệu; văn bản vẫn giữ trong sổ."
              okText="Xóa"
              cancelText="Không"
              okButtonProps={{ danger: true }}
              disabled={locked}
              onConfirm={() => remove.mutateAsync({ documentId: entry.id }).catch(notifyError)}
            >
              <Button danger disabled={locked} loading={remove.isPending}>
                Xóa bản ký
              </Button>
            </Popconfirm>
          )}
          {picker(copy ? 'Thay bản ký…' : 'Chọn tệp bản ký…')}
        </Flex>
      </Flex>
    </Modal>
  );
}
