// Importing a handover package: the file is checked and shown (what it holds, whether it checks out, what
// it would replace) before anything is written; replacing a bloc already here takes an explicit confirmation.
import { useState } from 'react';
import { Alert, Button, Checkbox, Descriptions, Flex, Typography, Upload } from 'antd';
import type { HandoverPreview } from '../../main/contract/index.js';
import { api, isDesktop, unwrap } from '../api/client';
import { useWrite } from '../api/hooks';
import { useNotifyError } from '../common/actions';
import { readAsBase64 } from '../scoring/scores/files';

type Attached = { fileName: string; base64: string };
/** What the import is asked with: the uploaded bytes (browser mode), or the file main read (desktop). */
type Source = { file: Attached } | { stagedId: string };

const CHECKED_FIRST =
  'Phần mềm kiểm tra toàn bộ gói (mã SHA-256 của từng tệp, phiên bản dữ liệu) và cho xem trước; chưa ghi gì cho đến khi bấm Nhập.';

const yearsText = (years: number[]) => (years.length === 0 ? 'chưa có năm nào' : years.join(', '));

/** "09/3/2018 lúc 14:05" from an ISO time, in the PC's time zone. */
function createdText(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} lúc ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function PreviewDetails({ preview }: { preview: HandoverPreview }) {
  return (
    <Descriptions size="small" column={1} bordered data-testid="handover-preview">
      <Descriptions.Item label="Khối thi đua">{preview.blocName}</Descriptions.Item>
      <Descriptions.Item label="Các năm">{yearsText(preview.years)}</Descriptions.Item>
      <Descriptions.Item label="Nội dung">
        {preview.units} đơn vị, {preview.documents} văn bản trong sổ, {preview.files} tệp (minh chứng và văn bản)
      </Descriptions.Item>
      <Descriptions.Item label="Lập bằng phiên bản">{preview.programVersion}</Descriptions.Item>
      <Descriptions.Item label="Thời điểm lập gói">{createdText(preview.createdAt)}</Descriptions.Item>
    </Descriptions>
  );
}

export function ImportPackage({ onImported }: { onImported: (blocId: number) => void }) {
  const notifyError = useNotifyError();
  const [checking, setChecking] = useState(false);
  const [checked, setChecked] = useState<{ source: Source; preview: HandoverPreview } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const write = useWrite('handover.import', (done) =>
    done.replaced ? 'Đã thay thế khối bằng dữ liệu trong gói bàn giao' : 'Đã nhập khối từ gói bàn giao',
  );

  // Checking writes nothing: it is asked directly, so no screen reloads for it.
  const checkWith = async (read: () => Promise<{ source: Source; preview: HandoverPreview } | null>) => {
    setChecked(null);
    setConfirmed(false);
    setChecking(true);
    try {
      setChecked(await read());
    } catch (error) {
      notifyError(error);
    } finally {
      setChecking(false);
    }
  };
  const check = (chosen: File) =>
    checkWith(async () => {
      const file = { fileName: chosen.name, base64: await readAsBase64(chosen) };
      return { source: { file }, preview: await unwrap(api['handover.preview']({ file })) };
    });
  // The desktop reads the file itself, of any size; cancelling the dialog answers null.
  const choose = () =>
    checkWith(async () => {
      const preview = await unwrap(api['handover.choose']({}));
      return preview?.stagedId ? { source: { stagedId: preview.stagedId }, preview } : null;
    });

  const run = async () => {
    if (!checked) return;
    try {
      const done = await write.mutateAsync({ ...checked.source, replace: checked.preview.existing !== null });
      setChecked(null);
      onImported(done.blocId);
    } catch (error) {
      notifyError(error);
    }
  };

  const preview = checked?.preview;
  const refused = preview !== undefined && preview.problems.length > 0;
  return (
    <Flex vertical gap={12}>
      {isDesktop ? (
        <Flex vertical gap={4} align="start">
          <Button type="primary" loading={checking} disabled={write.isPending} onClick={() => void choose()}>
            Chọn tệp gói bàn giao (.ktd)…
          </Button>
          <Typography.Text type="secondary">{CHECKED_FIRST}</Typography.Text>
        </Flex>
      ) : (
        <Upload.Dragger
          accept=".ktd"
          showUploadList={false}
          disabled={checking || write.isPending}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}
        >
          <Typography.Text>Kéo thả hoặc bấm để chọn tệp gói bàn giao (.ktd)</Typography.Text>
          <br />
          <Typography.Text type="secondary">{CHECKED_FIRST}</Typography.Text>
        </Upload.Dragger>
      )}
      {checking && <Typography.Text type="secondary">Đang kiểm tra gói bàn giao…</Typography.Text>}
      {checked && preview && (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">Tệp: {checked.preview.fileName}</Typography.Text>
          {refused ? (
            <Alert
              type="error"
              showIcon
              title="Không thể nhập gói này; dữ liệu trên máy không thay đổi"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {preview.problems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <>
              <Alert type="success" showIcon title="Gói bàn giao nguyên vẹn: mọi tệp khớp mã SHA-256, phiên bản dữ liệu phù hợp" />
              <PreviewDetails preview={preview} />
              {preview.existing ? (
                <Alert
                  type="warning"
                  showIcon
                  title={`Khối “${preview.existing.name}” đã có trên máy này`}
                  description={
                    <Flex vertical gap={8}>
                      <span>
                        Nhập gói sẽ thay thế toàn bộ dữ liệu của khối này: các năm trên máy ({yearsText(preview.existing.years)}) được thay bằng
                        các năm trong gói ({yearsText(preview.years)}). Các khối khác không bị ảnh hưởng. Phần mềm sao lưu cơ sở dữ liệu trước khi thay.
                      </span>
                      <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                        Tôi đồng ý thay thế dữ liệu của khối “{preview.existing.name}” bằng dữ liệu trong gói
                      </Checkbox>
                    </Flex>
                  }
                />
              ) : (
                <Typography.Text>Khối này chưa có trên máy: khối được thêm mới, các khối đang có giữ nguyên.</Typography.Text>
              )}
              <Flex gap={8}>
                <Button
                  type="primary"
                  danger={preview.existing !== null}
                  disabled={preview.existing !== null && !confirmed}
                  loading={write.isPending}
                  onClick={() => void run()}
                >
                  {preview.existing ? 'Thay thế khối' : 'Nhập khối'}
                </Button>
                <Button onClick={() => setChecked(null)}>Bỏ qua</Button>
              </Flex>
            </>
          )}
        </Flex>
      )}
    </Flex>
  );
}
