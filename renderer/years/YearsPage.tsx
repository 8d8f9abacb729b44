// "Năm thi đua": every year, a new year, the selected year's head and deputy, closing.
import { Col, Row } from 'antd';
import { CloseYearCard } from './CloseYearCard';
import { CreateYearForm } from './CreateYearForm';
import { LeadershipForm } from './LeadershipForm';
import { YearsTable } from './YearsTable';

export function YearsPage() {
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <YearsTable />
      </Col>
      <Col xs={24} xl={12}>
        <LeadershipForm />
      </Col>
      <Col xs={24} xl={12}>
        <CreateYearForm />
        <CloseYearCard />
      </Col>
    </Row>
  );
}
