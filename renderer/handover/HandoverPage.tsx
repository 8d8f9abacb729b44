// "Bàn giao dữ liệu": the open bloc out as one package for the next head unit, a package in (checked first),
// and every bloc on this PC, to open any of them.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import type { Output } from '../../main/contract/index.js';
import { api, unwrap } from '../api/client';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { useNotifyError } from '../common/actions';
import { downloadFile } from '../scoring/scores/files';
import { ImportPackage } from './ImportPackage';

function ExportCard() {
  const { bloc } = useSelection();
  const notifyError = useNotifyError();
  const [exporting, setExporting] = useState(false);
  const [done, setDone] = useState<Output<'handover.export'> | null>(null);

  // Packing reads the bloc and writes only files: asked directly, so no screen reloads for it.
  const run = async () => {
    setDone(null);
    setExporting(true);
    try {
      const out = await unwrap(api['handover.export']({ blocId: bloc.id }));
      if (out.base64) downloadFile({ fileName: out.fileName, base64: out.base64 });
      setDone(out);
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card size="small" title="Xuất gói bàn giao của khối đang mở">
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>
          Gói bàn giao (.ktd) chứa toàn bộ dữ liệu của khối “{bloc.name}” các năm {bloc.years.join(', ')}: đơn vị, hội nghị, giao ước,
          thang điểm và điểm, minh chứng, bình xét, sổ văn bản cùng các văn bản đã ban hành, kèm mã SHA-256 của từng tệp để máy nhận kiểm
          tra. Chuyển tệp này cho đơn vị Trưởng khối năm sau.
        </Typography.Paragraph>
        <div>
          <Button type="primary" loading={exporting} onClick={() => void run()}>
            {exporting ? 'Đang lập gói bàn giao…' : 'Xuất gói bàn giao'}
          </Button>
        </div>
        {done && (
          <Alert
            type="success"
            showIcon
            data-testid="handover-exported"
            title={done.path ? `Đã lưu gói bàn giao: ${done.path}` : done.base64 ? `Đã tải về tệp ${done.fileName}` : 'Chưa chọn nơi lưu; gói vẫn được giữ trong thư mục dữ liệu'}
            description={`Bản lưu trong thư mục dữ liệu: ${done.copy}`}
          />
        )}
      </Flex>
    </Card>
  );
}

function BlocsCard() {
  const { bloc, selectBloc } = useSelection();
  const blocs = useRead('blocs.list', {});
  return (
    <Card size="small" title="Các khối trên máy này">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={blocs.isPending}
        dataSource={blocs.data ?? []}
        columns={[
          {
            title: 'Khối thi đua',
            dataIndex: 'name',
            render: (name: string, b) => (
              <Flex gap={8} align="center">
                <span>{name}</span>
                {b.id === bloc.id && <Tag color="blue">Đang mở</Tag>}
              </Flex>
            ),
          },
          { title: 'Các năm', dataIndex: 'years', render: (years: number[]) => years.join(', ') },
          {
            title: '',
            width: 120,
            render: (_v, b) =>
              b.id === bloc.id ? null : (
                <Button size="small" onClick={() => selectBloc(b.id)}>
                  Mở khối này
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

export function HandoverPage() {
  const { selectBloc } = useSelection();
  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Bàn giao dữ liệu
      </Typography.Title>
      <ExportCard />
      <Card size="small" title="Nhập gói bàn giao">
        <ImportPackage
          onImported={(blocId) => {
            selectBloc(blocId);
            navigate('dashboard');
          }}
        />
      </Card>
      <BlocsCard />
    </Flex>
  );
}
