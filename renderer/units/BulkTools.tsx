// The member list's bulk tools: paste a list, import a workbook (the desktop's open dialog, or an upload in
// browser mode), export the list as a workbook (the desktop's save dialog, or a download) and print it.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { api, isDesktop, unwrap } from '../api/client';
import { useRouteParams } from '../app/routes';
import { useSelection } from '../app/selection';
import { useNotifyError } from '../common/actions';
import { downloadFile, readAsBase64 } from '../scoring/scores/files';
import { ImportDialog, type ImportSource } from './ImportDialog';

export function BulkTools() {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  // The home screen's "Dán danh sách đơn vị" opens the paste dialog at once (`paste=1`).
  const pasteAsked = useRouteParams().get('paste') === '1';
  const [source, setSource] = useState<ImportSource | null>(() => (pasteAsked && !locked ? { kind: 'paste' } : null));
  // Reading a file or writing the export changes no data: asked directly, nothing to refresh.
  const readFile = useMutation({
    mutationFn: async (chosen: File | null) => {
      if (chosen === null) return unwrap(api['units.chooseImportFile']({ yearId: year.id }));
      const file = { fileName: chosen.name, base64: await readAsBase64(chosen) };
      return unwrap(api['units.previewImport']({ yearId: year.id, file }));
    },
    onSuccess: (preview) => preview && setSource({ kind: 'file', preview }),
    onError: notifyError,
  });
  const exportList = useMutation({
    mutationFn: () => unwrap(api['units.exportList']({ yearId: year.id })),
    onSuccess: (file) => {
      if (file.base64 !== null) {
        downloadFile({ fileName: file.fileName, base64: file.base64 });
        void message.success(`Đã tải về ${file.fileName}`);
      } else if (file.path !== null) void message.success(`Đã lưu danh sách đơn vị: ${file.path}`);
    },
    onError: notifyError,
  });

  return (
    <>
      <Button className="no-print" disabled={locked} onClick={() => setSource({ kind: 'paste' })}>
        Dán danh sách
      </Button>
      {isDesktop ? (
        <Button className="no-print" disabled={locked} loading={readFile.isPending} onClick={() => readFile.mutate(null)}>
          Nhập từ Excel…
        </Button>
      ) : (
        <Upload
          className="no-print"
          accept=".xlsx"
          showUploadList={false}
          disabled={locked}
          beforeUpload={(file) => {
            readFile.mutate(file);
            return false;
          }}
        >
          <Button disabled={locked} loading={readFile.isPending}>
            Nhập từ Excel…
          </Button>
        </Upload>
      )}
      <Button className="no-print" loading={exportList.isPending} onClick={() => exportList.mutate()}>
        Xuất Excel
      </Button>
      <Button className="no-print" onClick={() => window.print()}>
        In
      </Button>
      <ImportDialog source={source} onClose={() => setSource(null)} />
    </>
  );
}
