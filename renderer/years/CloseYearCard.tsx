// "Khóa sổ năm": after confirmation the year can no longer be changed.
import { Button, Card, Popconfirm, Typography } from 'antd';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { useNotifyError } from '../common/actions';

export function CloseYearCard() {
  const { year, locked } = useSelection();
  const close = useWrite('years.close', (y) => `Đã khóa sổ năm ${y.year}`);
  const notifyError = useNotifyError();
  return (
    <Card title={`Khóa sổ năm ${year.year}`}>
      {locked ? (
        <Typography.Paragraph>Năm {year.year} đã khóa sổ: dữ liệu của năm chỉ để xem và in lại.</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            Khóa sổ khi đã tổng kết và bàn giao năm. Sau khi khóa, không thể sửa đơn vị, hồ sơ hay Trưởng khối, Phó khối
            của năm {year.year}.
          </Typography.Paragraph>
          <Popconfirm
            title={`Khóa sổ năm ${year.year}?`}
            description="Sau khi khóa sổ, dữ liệu của năm này không sửa được nữa."
            okText="Khóa sổ"
            cancelText="Hủy"
            okButtonProps={{ danger: true }}
            onConfirm={() => close.mutateAsync({ yearId: year.id }).catch(notifyError)}
          >
            <Button danger loading={close.isPending}>
              Khóa sổ năm {year.year}
            </Button>
          </Popconfirm>
        </>
      )}
    </Card>
  );
}
