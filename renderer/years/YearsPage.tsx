// "Năm thi đua": every year, a new year, the selected year's head and deputy and deadlines, closing.
import { Col, Row } from 'antd';
import { DeadlinesCard } from '../guide/DeadlinesCard';
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
        <div style={{ marginTop: 16 }}>
          <DeadlinesCard />
        </div>
      </Col>
      <Col xs={24} xl={12}>
        <CreateYearForm />
        <CloseYearCard />
      </Col>
    </Row>
  );
}
