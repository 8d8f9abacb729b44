// "Tổng quan": the home of the selected year. The year at a glance (members, head, deputy, status), the one
// next action, and the steps of the year with what each lacks and its deadline; then the scoring, the year end
// and the closing as before.
import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Spin, Typography } from 'antd';
import type { GuideStep } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { DeadlinesModal } from '../guide/DeadlinesModal';
import { shortDate } from '../guide/format';
import { LeadershipModal } from '../guide/LeadershipModal';
import { NextAction } from '../guide/NextAction';
import { StepsTable } from '../guide/StepsTable';
import { YearEndSummary } from '../votes/YearEndSummary';
import { CloseYearCard } from './CloseYearCard';
import { ScoringCard } from './ScoringCard';
import { StatusTag, unitName } from './status';

const cardBody = { body: { padding: '8px 16px' } };

export function DashboardPage() {
  const { year, locked } = useSelection();
  const members = useRead('units.list', { yearId: year.id });
  const guide = useRead('guide.year', { yearId: year.id });
  const [dialog, setDialog] = useState<'leadership' | 'deadlines' | null>(null);
  const openLeadership = () => setDialog('leadership');

  // "Chưa chọn" opens the dialog that chooses; a chosen unit shows its name as that year named it.
  const leader = (unitId: number | null, testId: string) =>
    unitId === null && !locked ? (
      <Typography.Link strong data-testid={testId} onClick={openLeadership}>
        Chưa chọn
      </Typography.Link>
    ) : (
      <Typography.Text strong data-testid={testId} ellipsis={{ tooltip: true }}>
        {members.isPending ? '…' : unitName(members.data, unitId)}
      </Typography.Text>
    );
  const change = !locked && (
    <Typography.Link onClick={openLeadership} style={{ fontSize: 13 }}>
      Đổi
    </Typography.Link>
  );

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 12 }}>
        Tổng quan năm {year.year}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={12} xl={4}>
          <Card title="Đơn vị thành viên" size="small" styles={cardBody} style={{ height: '100%' }}>
            <Typography.Link strong onClick={() => navigate('units')} data-testid="member-count">
              {year.memberCount} đơn vị
            </Typography.Link>
          </Card>
        </Col>
        <Col xs={12} xl={8}>
          <Card title="Trưởng khối" size="small" styles={cardBody} style={{ height: '100%' }} extra={year.headUnitId !== null && change}>
            {leader(year.headUnitId, 'head-unit')}
          </Card>
        </Col>
        <Col xs={12} xl={8}>
          <Card title="Phó khối" size="small" styles={cardBody} style={{ height: '100%' }} extra={year.deputyUnitId !== null && change}>
            {leader(year.deputyUnitId, 'deputy-unit')}
          </Card>
        </Col>
        <Col xs={12} xl={4}>
          <Card title="Trạng thái" size="small" styles={cardBody} style={{ height: '100%' }}>
            <StatusTag status={year.status} />
          </Card>
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        {guide.error && <Alert type="error" showIcon title={guide.error.message} />}
        {guide.isPending && <Spin description="Đang tải…" />}
        {guide.data && <NextAction next={guide.data.next} locked={locked} onLeadership={openLeadership} />}
      </div>
      {guide.data && (
        <Card
          title={`Các bước của năm ${year.year}`}
          size="small"
          style={{ marginTop: 12 }}
          extra={<Button size="small" onClick={() => setDialog('deadlines')}>Thời hạn các bước</Button>}
        >
          <Overdue steps={guide.data.steps} />
          <StepsTable steps={guide.data.steps} />
        </Card>
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
      {dialog === 'leadership' && <LeadershipModal year={year} onClose={() => setDialog(null)} />}
      {dialog === 'deadlines' && <DeadlinesModal year={year} locked={locked} onClose={() => setDialog(null)} />}
    </>
  );
}

/** The steps whose deadline has passed, named with their deadlines. */
function Overdue({ steps }: { steps: GuideStep[] }) {
  const late = steps.filter((s) => s.overdue);
  if (late.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 8 }}
      title={`Quá hạn: ${late.map((s) => `${s.title} (${shortDate(s.deadline)})`).join('; ')}`}
    />
  );
}
