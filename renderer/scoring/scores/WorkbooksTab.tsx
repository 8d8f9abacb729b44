// "Bảng tự chấm (Excel)": the workbooks sent to the units (one each, or all at once) and those they return.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import type { Standing } from '../../../main/contract/index.js';
import type { Member } from '../../../main/scoring/index.js';
import { useWrite } from '../../api/hooks';
import { useNotifyError } from '../../common/actions';
import { isDesktop } from '../../documents/files';
import { downloadFile } from './files';
import { ImportCard } from './ImportCard';
import { UnitWorkbookButton } from './UnitWorkbookButton';

function SendAll({ yearId }: { yearId: number }) {
  const notifyError = useNotifyError();
  const all = useWrite('scoring.allWorkbooks');
  const [written, setWritten] = useState<{ folder: string; count: number } | null>(null);
  const send = async () => {
    try {
      // The desktop writes the files into the data folder and shows them; the browser downloads one zip.
      const result = await all.mutateAsync({ yearId, to: isDesktop() ? 'dataFolder' : 'zip' });
      if (result.zip) downloadFile(result.zip);
      if (result.folder) setWritten({ folder: result.folder, count: result.files.length });
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Flex vertical gap={8}>
      <div>
        <Button type="primary" loading={all.isPending} onClick={() => void send()}>
          Gửi tất cả
        </Button>
      </div>
      {written && <Alert type="success" showIcon title={`Đã ghi ${written.count} bảng tự chấm vào thư mục`} description={written.folder} />}
    </Flex>
  );
}

export function WorkbooksTab({ yearId, members, standings, readOnly }: { yearId: number; members: Member[]; standings: ReadonlyMap<number, Standing>; readOnly: boolean }) {
  return (
    <Flex vertical gap={16}>
      <Card size="small" title="Gửi bảng tự chấm cho các đơn vị">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            Mỗi đơn vị nhận một tệp Excel theo thang điểm đã khóa, điền cột “Tự chấm” và ghi chú rồi gửi lại. Tệp đã có sẵn điểm đơn vị đã chấm (nếu có).
          </Typography.Text>
          <SendAll yearId={yearId} />
          <Table
            size="small"
            pagination={false}
            rowKey="unitId"
            dataSource={members}
            columns={[
              { title: 'STT', key: 'n', width: 60, render: (_, _m, i) => i + 1 },
              { title: 'Đơn vị', dataIndex: 'unitName', key: 'name' },
              {
                title: 'Còn chưa chấm',
                key: 'missing',
                width: 150,
                render: (_, m) => {
                  const missing = standings.get(m.unitId)?.missing;
                  return missing === undefined ? '' : missing === 0 ? 'Đủ' : `${missing} mục`;
                },
              },
              { title: '', key: 'file', width: 220, render: (_, m) => <UnitWorkbookButton yearId={yearId} unitId={m.unitId} unitName={m.unitName} size="small" /> },
            ]}
          />
        </Flex>
      </Card>
      <ImportCard yearId={yearId} readOnly={readOnly} />
    </Flex>
  );
}
