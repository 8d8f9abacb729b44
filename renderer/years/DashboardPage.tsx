// "Tổng quan": the selected year at a glance.
import { Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { navigate } from '../app/routes';
import { orDash } from '../common/text';
import { YearEndSummary } from '../votes/YearEndSummary';
import { CloseYearCard } from './CloseYearCard';
import { ScoringCard } from './ScoringCard';
import { StatusTag, unitName } from './status';

export function DashboardPage() {
  const { year } = useSelection();
  const members = useRead('units.list', { yearId: year.id });
  const name = (unitId: number | null) => (members.isPending ? '…' : unitName(members.data, unitId));

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Tổng quan năm {year.year}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Card title="Đơn vị thành viên" size="small" style={{ height: '100%' }}>
            <Statistic value={year.memberCount} suffix="đơn vị" />
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card title="Trưởng khối" size="small" style={{ height: '100%' }}>
            <Typography.Text strong data-testid="head-unit">
              {name(year.headUnitId)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card title="Phó khối" size="small" style={{ height: '100%' }}>
            <Typography.Text strong data-testid="deputy-unit">
              {name(year.deputyUnitId)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <Card title="Trạng thái" size="small" style={{ height: '100%' }}>
            <StatusTag status={year.status} />
          </Card>
        </Col>
      </Row>
      {year.memberCount === 0 && (
        <Typography.Paragraph style={{ marginTop: 16 }}>
          Năm {year.year} chưa có đơn vị thành viên.{' '}
          <Typography.Link onClick={() => navigate('units')}>Thêm đơn vị</Typography.Link>
        </Typography.Paragraph>
      )}
      <ScoringCard yearId={year.id} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={12}>
          <YearEndSummary yearId={year.id} />
        </Col>
        <Col xs={24} xl={12}>
          <CloseYearCard />
        </Col>
      </Row>
      <Card title="Hồ sơ khối" style={{ marginTop: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'blocName', label: 'Tên khối thi đua', children: year.blocName },
            { key: 'governingBody', label: 'Cơ quan chủ quản', children: year.governingBody },
            { key: 'issuingBody', label: 'Cơ quan ban hành', children: year.issuingBody },
            { key: 'symbol', label: 'Ký hiệu văn bản', children: year.symbol },
            { key: 'place', label: 'Địa danh', children: year.place },
            { key: 'provincialBoard', label: 'Cơ quan thường trực cấp tỉnh', children: orDash(year.provincialBoard) },
          ]}
        />
      </Card>
    </>
  );
}
