// Where a scale can start from: last year's scale, the bloc's template, or a workbook laid out as officers
// keep it (code, name, maximum, guidance). Each replaces the draft, so it asks first when there is one.
import { App, Button, Tooltip, Upload } from 'antd';
import { useWrite } from '../../api/hooks';

type Source = 'lastYear' | 'template';

const WORKBOOK_LAYOUT =
  'Tệp .xlsx như bảng thang điểm đang dùng: các cột Mã (I, 1.1, 1.1.a), Nội dung / Tên tiêu chí, Điểm tối đa và (nếu có) Hướng dẫn chấm; nhóm “Điểm thưởng”, “Điểm trừ” thành các mục thưởng, trừ.';

/** The file's bytes as base64, read in the window: the contract carries files that way. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Không đọc được tệp ${file.name}.`));
    reader.readAsDataURL(file);
  });
}

interface Options {
  yearId: number;
  year: number;
  /** The draft has content the replacement would lose. */
  replacing: boolean;
  /** Called before the replacement is written (the editor stops saving the draft it replaces). */
  before?: () => void;
  /** Called once the replaced scale has been read back, or with the error. */
  after: (ok: boolean) => void;
}

export function useScaleSources({ yearId, year, replacing, before, after }: Options) {
  const { modal, message } = App.useApp();
  const start = useWrite('scoring.startScale', (s) => `Đã tạo thang điểm nháp với ${s.definition.groups.length} nhóm tiêu chí`);
  const load = useWrite('scoring.importScale', (s) => `Đã nhập thang điểm từ tệp: ${s.definition.groups.length} nhóm tiêu chí`);

  const run = async (write: () => Promise<unknown>, failed: string) => {
    before?.();
    try {
      await write();
      after(true);
    } catch (error) {
      after(false);
      modal.error({ title: failed, content: error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.' });
    }
  };

  const confirmed = (title: string, go: () => Promise<void>) => {
    if (!replacing) return void go();
    modal.confirm({
      title,
      content: `Toàn bộ thang điểm nháp hiện có của năm ${year} sẽ được thay thế (bản hiện tại được sao lưu trước khi thay).`,
      okText: 'Thay thang điểm',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: go,
    });
  };

  const startFrom = (source: Source) =>
    confirmed(source === 'lastYear' ? 'Bắt đầu từ thang điểm năm trước?' : 'Bắt đầu từ thang điểm mẫu của khối?', () =>
      run(() => start.mutateAsync({ yearId, source }), 'Không tạo được thang điểm'),
    );

  const importFile = async (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      void message.error(`Tệp ${file.name} không phải tệp Excel .xlsx.`);
      return;
    }
    let base64: string;
    try {
      base64 = await readBase64(file);
    } catch (error) {
      void message.error((error as Error).message);
      return;
    }
    confirmed(`Nhập thang điểm từ tệp ${file.name}?`, () =>
      run(() => load.mutateAsync({ yearId, file: { fileName: file.name, base64 } }), `Không nhập được thang điểm từ tệp ${file.name}`),
    );
  };

  return { startFrom, importFile, pending: start.isPending || load.isPending };
}

export function ImportButton({ onFile, disabled, type }: { onFile: (file: File) => void; disabled?: boolean; type?: 'primary' | 'default' }) {
  return (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        // The file goes through the contract, not an upload request.
        return false;
      }}
    >
      <Tooltip title={WORKBOOK_LAYOUT}>
        <Button type={type} disabled={disabled}>
          Nhập từ Excel
        </Button>
      </Tooltip>
    </Upload>
  );
}
