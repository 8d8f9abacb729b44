// Returned self-scoring workbooks: chosen (one or many), checked by the service and shown file by file
// (errors in red with where they are, warnings in orange); nothing is written until the officer confirms.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography, Upload } from 'antd';
import type { Output, WorkbookPreview } from '../../../main/contract/index.js';
import { formatPoints } from '../../../main/scoring/index.js';
import { useWrite } from '../../api/hooks';
import { useNotifyError } from '../../common/actions';
import { readAsBase64 } from './files';

type Attached = { fileName: string; base64: string };

/** "Sở Y tế: 37 tiêu chí, tổng 92,5; 2 cảnh báo"; a file with errors: "Sở Y tế: 1 lỗi". */
function previewSummary(p: WorkbookPreview): string {
  const parts = p.errors.length > 0 ? [] : [`${p.scored} tiêu chí`];
  if (p.total !== null) parts.push(`tổng ${formatPoints(p.total)}`);
  const counts = [
    ...(p.errors.length > 0 ? [`${p.errors.length} lỗi`] : []),
    ...(p.warnings.length > 0 ? [`${p.warnings.length} cảnh báo`] : []),
  ];
  return `${p.unitName ?? p.fileName}: ${[parts.join(', '), counts.join(', ')].filter(Boolean).join('; ')}`;
}

function PreviewItem({ preview }: { preview: WorkbookPreview }) {
  const failed = preview.errors.length > 0;
  return (
    <Flex vertical gap={2} data-testid="import-preview-item" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text strong type={failed ? 'danger' : undefined}>
        {previewSummary(preview)}
      </Typography.Text>
      <Typography.Text type="secondary">{preview.fileName}</Typography.Text>
      {preview.errors.map((m, i) => (
        <Typography.Text key={`e${i}`} style={{ color: '#cf1322' }}>
          {m.where}: {m.message}
        </Typography.Text>
      ))}
      {preview.warnings.map((m, i) => (
        <Typography.Text key={`w${i}`} style={{ color: '#d46b08' }}>
          {m.where}: {m.message}
        </Typography.Text>
      ))}
    </Flex>
  );
}

export function ImportCard({ yearId, readOnly }: { yearId: number; readOnly: boolean }) {
  const notifyError = useNotifyError();
  const preview = useWrite('scoring.previewImport');
  const confirm = useWrite('scoring.confirmImport');
  const [checked, setChecked] = useState<{ files: Attached[]; previews: WorkbookPreview[] } | null>(null);
  const [done, setDone] = useState<Output<'scoring.confirmImport'> | null>(null);

  const check = async (chosen: File[]) => {
    setDone(null);
    try {
      const files = await Promise.all(chosen.map(async (f) => ({ fileName: f.name, base64: await readAsBase64(f) })));
      setChecked({ files, previews: await preview.mutateAsync({ yearId, files }) });
    } catch (error) {
      notifyError(error);
    }
  };

  const valid = checked ? checked.files.filter((_f, i) => checked.previews[i]?.errors.length === 0) : [];
  const write = async () => {
    try {
      setDone(await confirm.mutateAsync({ yearId, files: valid }));
      setChecked(null);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Card size="small" title="Nhận bảng tự chấm đơn vị gửi lại">
      <Flex vertical gap={12}>
        <Upload.Dragger
          multiple
          accept=".xlsx"
          showUploadList={false}
          disabled={readOnly}
          beforeUpload={(file, batch) => {
            // antd asks once per file; the batch is checked in one call, when its last file is asked about.
            if (file === batch.at(-1)) void check(batch);
            return false;
          }}
        >
          <Typography.Text>Kéo thả hoặc bấm để chọn một hay nhiều tệp Excel (.xlsx) đơn vị đã điền</Typography.Text>
          <br />
          <Typography.Text type="secondary">Phần mềm kiểm tra từng tệp và cho xem trước; chưa ghi gì cho đến khi bấm Nhập.</Typography.Text>
        </Upload.Dragger>
        {preview.isPending && <Typography.Text type="secondary">Đang kiểm tra các tệp…</Typography.Text>}
        {checked && (
          <Flex vertical data-testid="import-preview">
            {checked.previews.map((p, i) => (
              <PreviewItem key={`${p.fileName}-${i}`} preview={p} />
            ))}
            <Flex gap={8} style={{ marginTop: 12 }}>
              <Button type="primary" disabled={valid.length === 0 || readOnly} loading={confirm.isPending} onClick={() => void write()}>
                Nhập {valid.length} tệp hợp lệ
              </Button>
              <Button onClick={() => setChecked(null)}>Bỏ qua</Button>
            </Flex>
          </Flex>
        )}
        {done && (
          <Flex vertical gap={8}>
            {done.imported.length > 0 && <Alert type="success" showIcon title={`Đã nhập ${done.imported.length} tệp: ${done.imported.join(', ')}`} />}
            {done.refused.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={`Không nhập ${done.refused.length} tệp`}
                description={done.refused.map((p, i) => (
                  <PreviewItem key={`${p.fileName}-${i}`} preview={p} />
                ))}
              />
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
