// "Sao lưu và khôi phục": the whole data on this computer (every bloc, every year), so it needs no selected
// bloc or year. The state of the data, the backups with their contents and restore, moving to a new computer,
// the second folder.
import { useEffect, useState } from 'react';
import { Alert, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { useRead } from '../api/hooks';
import { BackupList } from './BackupList';
import { DataStatus } from './DataStatus';
import { backupRows, timeText, totalsText, type BackupRow } from './format';
import { MirrorFolder } from './MirrorFolder';
import { MoveToNewPc } from './MoveToNewPc';
import { forgetRestoredNote, readRestoredNote, type RestoredNote } from './restored';

function RestoredAlert({ note, rows, onClose }: { note: RestoredNote; rows: BackupRow[]; onClose: () => void }) {
  const safety = rows.find((r) => r.backup === note.safetyBackup);
  return (
    <Alert
      type={note.missingFiles > 0 ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      data-testid="restored"
      title={`Đã khôi phục dữ liệu từ ${note.source}: ${totalsText(note.totals)}`}
      description={
        <Flex vertical gap={4}>
          <span>
            Dữ liệu ngay trước khi khôi phục đã được sao lưu
            {safety ? ` (bản lúc ${timeText(safety.takenAt)}, được đánh dấu trong danh sách bên dưới)` : ''}. Muốn trở lại như trước khi
            khôi phục, hãy khôi phục bản đó. <Typography.Text type="secondary">Tệp: {note.safetyBackup}</Typography.Text>
          </span>
          {note.filesPlaced > 0 && <span>Đã đặt {note.filesPlaced} tệp minh chứng và văn bản đã lưu của bản sao vào thư mục dữ liệu.</span>}
          {note.missingFiles > 0 && (
            <span>
              Có {note.missingFiles} tệp minh chứng mà dữ liệu đã khôi phục nhắc đến nhưng không có trong thư mục dữ liệu. Nếu tệp còn ở máy
              cũ, hãy dùng “Lưu bản sao dữ liệu…” ở máy đó (bản sao .zip mang theo cả tệp) rồi mở bản sao ấy ở đây.
            </span>
          )}
        </Flex>
      }
    />
  );
}

function TiersNote({ tiers }: { tiers: { tier: string; label: string; kept: number }[] }) {
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        Với mỗi loại, phần mềm giữ số bản mới nhất dưới đây, ở thư mục dữ liệu cũng như ở thư mục thứ hai. Các loại được giữ riêng: sao lưu
        nhiều lần một loại không làm mất bản của loại khác.
      </Typography.Text>
      <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }} data-testid="tiers">
        {tiers.map((t) => (
          <Descriptions.Item key={t.tier} label={t.label}>
            {t.kept} bản
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Flex>
  );
}

export function BackupsPage() {
  const overview = useRead('backups.overview', {});
  // Read once: the note a restore left before the window reloaded.
  const [note, setNote] = useState(() => readRestoredNote(sessionStorage));
  useEffect(() => forgetRestoredNote(sessionStorage), []);

  if (overview.isPending) return <Spin description="Đang tải…" />;
  if (overview.isError) return <Alert type="error" showIcon title="Không đọc được thông tin sao lưu" description={overview.error.message} />;
  const rows = backupRows(overview.data.backups);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Sao lưu và khôi phục
      </Typography.Title>
      {note && <RestoredAlert note={note} rows={rows} onClose={() => setNote(null)} />}
      <DataStatus overview={overview.data} />
      <Card size="small" title="Các bản sao lưu">
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            Phần mềm tự sao lưu trước những thay đổi khó hoàn tác, mỗi ngày một lần và khi thoát. Bấm vào một bản để xem bản đó chứa gì và
            khôi phục.
          </Typography.Paragraph>
          <BackupList rows={rows} safetyBackup={note?.safetyBackup ?? null} />
          <TiersNote tiers={overview.data.tiers} />
        </Flex>
      </Card>
      <MoveToNewPc canChoose={overview.data.canChoose} />
      <MirrorFolder overview={overview.data} />
    </Flex>
  );
}
