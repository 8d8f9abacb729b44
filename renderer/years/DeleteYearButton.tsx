// "Xóa năm": for a year created by mistake. Offered for open years other than the bloc's first; the service
// decides whether the year is still empty and names what it holds when it is not.
import { App, Button } from 'antd';
import type { Year } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { messageOf } from '../common/actions';

export function DeleteYearButton({ year }: { year: Year }) {
  const { modal, message } = App.useApp();
  const remove = useWrite('years.delete', `Đã xóa năm thi đua ${year.year}`);
  const confirm = () =>
    modal.confirm({
      title: `Xóa năm ${year.year}?`,
      content: `Chỉ xóa được năm tạo nhầm, chưa có hội nghị, văn bản, giao ước, điểm hay kết quả bình xét. Danh sách đơn vị và cài đặt của năm ${year.year} bị xóa theo, các năm khác giữ nguyên. Phần mềm sao lưu dữ liệu trước khi xóa.`,
      okText: `Xóa năm ${year.year}`,
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      autoFocusButton: 'cancel',
      onOk: () =>
        remove.mutateAsync({ yearId: year.id }).catch((error: unknown) => {
          void message.error(messageOf(error));
        }),
    });
  return (
    <Button size="small" danger type="link" onClick={confirm} loading={remove.isPending} aria-label={`Xóa năm ${year.year}`}>
      Xóa
    </Button>
  );
}
