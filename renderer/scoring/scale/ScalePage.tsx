// "Thang điểm" of the selected year: the editor once there is a scale (or the officer starts a blank one),
// else the ways to begin: the bloc's template, last year's scale, a workbook, or a blank scale.
import { useState } from 'react';
import { Alert, Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useRead } from '../../api/hooks';
import { useSelection } from '../../app/selection';
import { ScaleEditor } from './ScaleEditor';
import { ImportButton, useScaleSources } from './sources';

export function ScalePage() {
  const { year } = useSelection();
  const scale = useRead('scoring.scale', { yearId: year.id });
  const [blank, setBlank] = useState(false);
  // The editor starts again from the service's answer after a replacement, a lock, an unlock or a new version.
  const [revision, setRevision] = useState(0);
  const reload = () => setRevision((r) => r + 1);

  if (scale.error) return <Alert type="error" showIcon title={scale.error.message} />;
  if (!scale.data) return <Spin description="Đang tải…" />;
  const { current, versions } = scale.data;
  if (!current && !blank) return <NoScale onBlank={() => setBlank(true)} onStarted={reload} />;
  return <ScaleEditor key={revision} scale={current} versions={versions} reload={reload} />;
}

function NoScale({ onBlank, onStarted }: { onBlank: () => void; onStarted: () => void }) {
  const { year, locked } = useSelection();
  const sources = useScaleSources({ yearId: year.id, year: year.year, replacing: false, after: (ok) => ok && onStarted() });
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Thang điểm năm {year.year}
      </Typography.Title>
      <Card>
        <Empty
          description={
            locked ? (
              `Năm ${year.year} đã khóa sổ và không có thang điểm.`
            ) : (
              <Space orientation="vertical" size={4}>
                <Typography.Text strong>Năm {year.year} chưa có thang điểm</Typography.Text>
                <Typography.Text type="secondary">
                  Bắt đầu từ thang điểm mẫu của khối hoặc của năm trước rồi sửa cho phù hợp, nhập từ tệp Excel đang dùng, hoặc soạn từ đầu.
                </Typography.Text>
              </Space>
            )
          }
        >
          {!locked && (
            <Space wrap style={{ justifyContent: 'center' }}>
              <Button type="primary" onClick={() => sources.startFrom('template')} loading={sources.pending}>
                Bắt đầu từ mẫu của khối
              </Button>
              <Button onClick={() => sources.startFrom('lastYear')} loading={sources.pending}>
                Bắt đầu từ năm trước
              </Button>
              <ImportButton onFile={(file) => void sources.importFile(file)} disabled={sources.pending} />
              <Button onClick={onBlank}>Bắt đầu trống</Button>
            </Space>
          )}
        </Empty>
      </Card>
    </>
  );
}
