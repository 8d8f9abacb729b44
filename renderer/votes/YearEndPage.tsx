// "Bình xét khen thưởng": the year-end conference's vote, in the order it happens — the rules and the
// tellers, the awards and their quotas, each award's candidate list, ballots, double-entered count and
// result, next year's head and deputy, then the documents that come out of it. A closed year only shows.
import { Alert, Card, Flex, Spin, Tabs, Typography } from 'antd';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { AwardPanel } from './AwardPanel';
import { AwardsCard } from './AwardsCard';
import { DocumentsCard } from './DocumentsCard';
import { RulesCard } from './RulesCard';
import { SuccessionCard } from './SuccessionCard';

export function YearEndPage() {
  const { year, locked } = useSelection();
  const yearEnd = useRead('votes.yearEnd', { yearId: year.id });
  const ranking = useRead('scoring.ranking', { yearId: year.id });
  const error = yearEnd.error ?? ranking.error;
  const unscored = ranking.data?.standings.filter((s) => s.missing > 0).length ?? 0;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Bình xét khen thưởng năm {year.year}
      </Typography.Title>
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: kết quả bình xét chỉ để xem và in lại.`} />}
      {error && <Alert type="error" showIcon title={error.message} />}
      {!error && (yearEnd.isPending || ranking.isPending) && <Spin description="Đang tải…" />}
      {ranking.data && ranking.data.scaleId === null && (
        <Alert type="warning" showIcon title={`Năm ${year.year} chưa có kết quả xếp hạng: danh sách đề nghị lập từ kết quả chấm điểm.`} />
      )}
      {unscored > 0 && <Alert type="warning" showIcon title={`${unscored} đơn vị còn mục chưa chấm: các đơn vị này chưa đủ điều kiện đề nghị khen thưởng.`} />}
      {yearEnd.data && (
        <>
          <Card title="1. Quy định bầu chọn và Ban kiểm phiếu">
            <RulesCard yearEnd={yearEnd.data} />
          </Card>
          <Card title="2. Hình thức khen thưởng đề nghị">
            <AwardsCard yearEnd={yearEnd.data} />
          </Card>
          <Card title="3. Bầu chọn đơn vị đề nghị khen thưởng">
            {yearEnd.data.awards.length === 0 ? (
              <Typography.Text type="secondary">Lưu các hình thức khen thưởng trước, rồi lập danh sách bầu cho từng hình thức.</Typography.Text>
            ) : (
              <Tabs
                items={yearEnd.data.awards.map((award) => ({
                  key: String(award.id),
                  label: `${award.name} (${award.elected.length}/${award.quota})`,
                  children: <AwardPanel award={award} yearEnd={yearEnd.data} />,
                }))}
              />
            )}
          </Card>
          <Card title={`4. Trưởng khối, Phó khối năm ${year.year + 1}`}>
            <SuccessionCard yearEnd={yearEnd.data} />
          </Card>
          <Card title="5. Văn bản tổng kết năm">
            <DocumentsCard yearEnd={yearEnd.data} />
          </Card>
        </>
      )}
    </Flex>
  );
}
