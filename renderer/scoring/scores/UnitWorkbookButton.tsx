// One unit's self-scoring workbook, downloaded to send to the unit.
import { App, Button } from 'antd';
import { useWrite } from '../../api/hooks';
import { useNotifyError } from '../../common/actions';
import { downloadFile } from './files';

export function UnitWorkbookButton({ yearId, unitId, unitName, size }: { yearId: number; unitId: number; unitName: string; size?: 'small' }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const workbook = useWrite('scoring.unitWorkbook');
  const download = async () => {
    try {
      const file = await workbook.mutateAsync({ yearId, unitId });
      downloadFile(file);
      void message.success(`Đã tải về ${file.fileName}`);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Button size={size} loading={workbook.isPending} onClick={() => void download()} aria-label={`Tải bảng tự chấm của ${unitName}`}>
      Tải bảng tự chấm (Excel)
    </Button>
  );
}
