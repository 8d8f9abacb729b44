// The backups, newest first: when, why, which kind, how large, where. Opening a row shows what that backup
// holds and offers to restore it.
import { useState } from 'react';
import { Alert, Button, Flex, Spin, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { useRead } from '../api/hooks';
import { ConfirmRestore } from './ConfirmRestore';
import { CopyContentsView } from './CopyContentsView';
import { PLACE_LABEL, sizeText, timeText, type BackupRow } from './format';

function BackupPreview({ row }: { row: BackupRow }) {
  const inspect = useRead('backups.inspect', { backup: row.backup });
  const [confirming, setConfirming] = useState(false);
  if (inspect.isPending) return <Spin size="small" description="Đang đọc bản sao lưu…" />;
  if (inspect.isError) return <Alert type="error" showIcon title="Không đọc được bản sao lưu này" description={inspect.error.message} />;
  const { contents } = inspect.data;
  return (
    <Flex vertical gap={12} style={{ padding: '4px 0' }}>
      <CopyContentsView contents={contents} testId="backup-preview" />
      <div>
        <Button type="primary" danger onClick={() => setConfirming(true)}>
          Khôi phục bản này
        </Button>
      </div>
      {confirming && (
        <ConfirmRestore
          source={`bản sao lưu lúc ${timeText(row.takenAt)}`}
          totals={contents.totals}
          files={null}
          restore={() => unwrap(api['backups.restore']({ backup: row.backup }))}
          onClose={() => setConfirming(false)}
        />
      )}
    </Flex>
  );
}

export function BackupList({ rows, safetyBackup }: { rows: BackupRow[]; safetyBackup: string | null }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table<BackupRow>
      size="small"
      rowKey="backup"
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: 'Chưa có bản sao lưu nào' }}
      expandable={{
        expandedRowKeys: open ? [open] : [],
        expandRowByClick: true,
        onExpand: (expanded, row) => setOpen(expanded ? row.backup : null),
        expandedRowRender: (row) => <BackupPreview row={row} />,
      }}
      onRow={() => ({ style: { cursor: 'pointer' } })}
      columns={[
        {
          title: 'Thời điểm',
          dataIndex: 'takenAt',
          width: 150,
          render: (takenAt: string) => timeText(takenAt),
        },
        {
          title: 'Lý do',
          dataIndex: 'reason',
          render: (reason: string, row) => (
            <Flex gap={4} wrap align="center">
              <span>{reason}</span>
              {row.backup === safetyBackup && <Tag color="blue">Vừa tạo khi khôi phục</Tag>}
            </Flex>
          ),
        },
        { title: 'Loại', dataIndex: 'tier', render: (tier: string) => <Typography.Text type="secondary">{tier}</Typography.Text> },
        { title: 'Dung lượng', dataIndex: 'size', width: 110, align: 'right', render: (size: number) => sizeText(size) },
        {
          title: 'Nơi lưu',
          dataIndex: 'places',
          width: 170,
          render: (places: BackupRow['places']) => (
            <Flex vertical>
              {places.map((p) => (
                <span key={p}>{PLACE_LABEL[p]}</span>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
