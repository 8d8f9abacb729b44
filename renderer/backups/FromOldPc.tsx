// On the welcome screen of a new computer: the copy of the data brought from the old one. In browser mode the
// file field appears only once asked for, so the welcome screen's other file field (a handover package)
// stays the only one until then.
import { useState } from 'react';
import { Button, Card, Typography } from 'antd';
import { useRead } from '../api/hooks';
import { OpenCopy } from './OpenCopy';

export function FromOldPc() {
  const overview = useRead('backups.overview', {});
  const [open, setOpen] = useState(false);
  return (
    <Card title="Chuyển dữ liệu từ máy cũ sang máy này">
      <Typography.Paragraph>
        Mở tệp bản sao dữ liệu (.zip) đã lưu trên máy cũ bằng “Lưu bản sao dữ liệu…” trong màn hình Sao lưu và khôi phục. Phần mềm
        kiểm tra tệp và cho xem trước nội dung trước khi khôi phục.
      </Typography.Paragraph>
      {open || overview.data?.canChoose ? (
        <OpenCopy />
      ) : (
        <Button size="large" onClick={() => setOpen(true)}>
          Mở bản sao dữ liệu…
        </Button>
      )}
    </Card>
  );
}
