// First run: no bloc yet. Create one, open the demo data, or import the package the last head unit handed over.
import { useState } from 'react';
import { App, Button, Card, Col, Layout, Row, Typography } from 'antd';
import { useWrite } from '../api/hooks';
import { FromOldPc } from '../backups/FromOldPc';
import { ImportPackage } from '../handover/ImportPackage';
import { CreateBlocForm } from './CreateBlocForm';

export function WelcomePage({ onOpened }: { onOpened: (blocId: number) => void }) {
  const [creating, setCreating] = useState(false);
  const openDemo = useWrite('blocs.openDemo', 'Đã mở dữ liệu mẫu');
  const { message } = App.useApp();

  const demo = () =>
    openDemo.mutate({}, {
      onSuccess: (opened) => onOpened(opened.blocId),
      onError: (error) => void message.error(error.message),
    });

  return (
    <Layout style={{ minHeight: '100vh', padding: '48px 24px' }}>
      <Typography.Title level={1} style={{ textAlign: 'center', marginBottom: 8 }}>
        Khối Thi Đua
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 16, marginBottom: 32 }}>
        Phần mềm giúp thư ký khối thi đua quản lý đơn vị thành viên, năm thi đua và văn bản của khối.
      </Typography.Paragraph>
      {creating ? (
        <CreateBlocForm onCreated={onOpened} onCancel={() => setCreating(false)} />
      ) : (
        <Row gutter={[24, 24]} justify="center" style={{ maxWidth: 920, margin: '0 auto', width: '100%' }}>
          <Col xs={24} md={12}>
            <Card title="Bắt đầu khối thi đua của đơn vị" style={{ height: '100%' }}>
              <Typography.Paragraph>
                Nhập tên khối, cơ quan chủ quản, ký hiệu văn bản và năm thi đua đầu tiên. Sau đó thêm các đơn vị thành
                viên.
              </Typography.Paragraph>
              <Button type="primary" size="large" onClick={() => setCreating(true)}>
                Tạo khối thi đua mới
              </Button>
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card title="Xem thử với dữ liệu mẫu" style={{ height: '100%' }}>
              <Typography.Paragraph>
                Khối thi đua Văn hóa - Xã hội tỉnh Bắc Kạn các năm 2018, 2020, 2022 (11 đơn vị, sau đó 10 đơn vị do hợp
                nhất hai trường cao đẳng).
              </Typography.Paragraph>
              <Button size="large" onClick={demo} loading={openDemo.isPending}>
                Mở dữ liệu mẫu
              </Button>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title="Nhận bàn giao từ đơn vị Trưởng khối năm trước">
              <ImportPackage onImported={onOpened} />
            </Card>
          </Col>
          <Col xs={24}>
            <FromOldPc />
          </Col>
        </Row>
      )}
    </Layout>
  );
}
