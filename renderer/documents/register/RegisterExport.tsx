// The register out of the program: "Xuất Excel" (this year's register or every year's, the desktop's save
// dialog or a download in browser mode) and "In sổ" (the screen printed; print.css leaves the table alone).
import { useMutation } from '@tanstack/react-query';
import { App, Button, Dropdown, Space } from 'antd';
import { api, unwrap } from '../../api/client';
import { useNotifyError } from '../../common/actions';
import { downloadFile } from '../../scoring/scores/files';

export function RegisterExport({ yearId, year }: { yearId: number; year: number }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  // Writing the workbook changes no data: asked directly, nothing to refresh.
  const workbook = useMutation({
    mutationFn: (allYears: boolean) => unwrap(api['documents.registerWorkbook']({ yearId, allYears })),
    onSuccess: (file) => {
      if (file.base64 !== null) {
        downloadFile({ fileName: file.fileName, base64: file.base64 });
        void message.success(`Đã tải về ${file.fileName}`);
      } else if (file.path !== null) void message.success(`Đã lưu sổ văn bản: ${file.path}`);
    },
    onError: notifyError,
  });
  return (
    <Space wrap>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'year', label: `Sổ văn bản năm ${year}` },
            { key: 'all', label: 'Sổ văn bản mọi năm của khối' },
          ],
          onClick: ({ key }) => workbook.mutate(key === 'all'),
        }}
      >
        <Button className="no-print" loading={workbook.isPending}>
          Xuất Excel
        </Button>
      </Dropdown>
      <Button className="no-print" onClick={() => window.print()}>
        In sổ
      </Button>
    </Space>
  );
}
