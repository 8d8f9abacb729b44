// Where the data lives, how much room is left, whether the last full check found it intact, and the two
// actions that need no choosing: back up now, check now.
import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { BackupsOverview } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useNotifyError } from '../common/actions';
import { sizeText, spaceIsLow, spaceNeeded, timeText } from './format';

function Integrity({ integrity, checking }: { integrity: BackupsOverview['integrity']; checking: boolean }) {
  if (checking) return <Typography.Text type="secondary">Đang kiểm tra toàn bộ dữ liệu, với dữ liệu lớn có thể mất vài phút…</Typography.Text>;
  if (!integrity) return <Typography.Text type="secondary">Chưa kiểm tra lần nào.</Typography.Text>;
  return (
    <Flex gap={8} align="center" wrap>
      <span>{timeText(integrity.checkedAt)}</span>
      {integrity.ok ? <Tag color="green">Dữ liệu nguyên vẹn</Tag> : <Tag color="red">Phát hiện hư hỏng</Tag>}
    </Flex>
  );
}

export function DataStatus({ overview }: { overview: BackupsOverview }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const take = useWrite('backups.take', ({ entry }) => `Đã sao lưu dữ liệu (bản lúc ${timeText(entry.takenAt)})`);
  const check = useWrite('backups.checkIntegrity');
  const [mirrorProblem, setMirrorProblem] = useState<string | null>(null);
  const { integrity, freeBytes, databaseSize } = overview;
  const low = spaceIsLow(freeBytes, databaseSize);

  const backUp = () => {
    setMirrorProblem(null);
    take.mutate({}, { onSuccess: (done) => setMirrorProblem(done.mirrorProblem), onError: notifyError });
  };
  const runCheck = () =>
    check.mutate(
      {},
      {
        onSuccess: (result) =>
          void (result.ok ? message.success('Đã kiểm tra: dữ liệu nguyên vẹn') : message.error('Đã kiểm tra: dữ liệu bị hư hỏng')),
        onError: notifyError,
      },
    );

  return (
    <Card size="small" title="Dữ liệu trên máy này">
      <Flex vertical gap={12}>
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 240 } }}>
          <Descriptions.Item label="Thư mục dữ liệu">
            <Typography.Text copyable={{ tooltips: ['Sao chép đường dẫn', 'Đã sao chép'] }}>{overview.dataDir}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="Dung lượng dữ liệu">{sizeText(databaseSize)}</Descriptions.Item>
          <Descriptions.Item label="Còn trống trên ổ đĩa">
            {freeBytes === null ? 'Không rõ' : sizeText(freeBytes)}
            {low && <Tag color="red" style={{ marginInlineStart: 8 }}>Sắp đầy</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="Kiểm tra toàn vẹn gần nhất">
            <Integrity integrity={integrity} checking={check.isPending} />
          </Descriptions.Item>
        </Descriptions>
        {low && freeBytes !== null && (
          <Alert
            type="warning"
            showIcon
            title="Ổ đĩa chứa dữ liệu sắp đầy"
            description={`Chỉ còn trống ${sizeText(freeBytes)}; sao lưu và khôi phục an toàn cần khoảng ${sizeText(spaceNeeded(databaseSize))}. Hãy xóa bớt tệp không cần trên ổ đĩa này (hoặc chuyển chúng sang ổ khác) trước khi nhập thêm dữ liệu.`}
          />
        )}
        {integrity && !integrity.ok && !check.isPending && (
          <Alert
            type="error"
            showIcon
            data-testid="integrity-alert"
            title={`Lần kiểm tra lúc ${timeText(integrity.checkedAt)} phát hiện dữ liệu bị hư hỏng`}
            description={
              <>
                <Typography.Paragraph style={{ margin: 0 }}>
                  Nên ngừng nhập liệu và khôi phục bản sao lưu gần nhất còn tốt: chọn bản đó trong danh sách bên dưới, xem trước nội dung rồi
                  bấm Khôi phục bản này. Sau đó bấm Kiểm tra ngay để chắc chắn.
                </Typography.Paragraph>
                {integrity.detail && <Typography.Text type="secondary">Chi tiết kỹ thuật: {integrity.detail}</Typography.Text>}
              </>
            }
          />
        )}
        {mirrorProblem && (
          <Alert
            type="warning"
            showIcon
            closable
            onClose={() => setMirrorProblem(null)}
            title="Đã sao lưu trong thư mục dữ liệu, nhưng chưa chép được sang thư mục thứ hai"
            description={mirrorProblem}
          />
        )}
        <Flex gap={8} wrap>
          <Button type="primary" loading={take.isPending} disabled={check.isPending} onClick={backUp}>
            Sao lưu ngay
          </Button>
          <Button loading={check.isPending} disabled={take.isPending} onClick={runCheck}>
            {check.isPending ? 'Đang kiểm tra…' : 'Kiểm tra ngay'}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
