// One award: its candidate list drawn from the ranking, then each round — the ballot list, the printed
// ballots, the two entries of the count and the result. A re-vote adds a round; the first stays on record.
import { Alert, Button, Card, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { Award, Round, YearEnd } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { useNotifyError } from '../common/actions';
import { CandidatesTable } from './CandidatesTable';
import { CountSection } from './CountSection';
import { ResultTable } from './ResultTable';

const statusTags: Record<Round['status'], React.ReactNode> = {
  candidates: <Tag color="blue">Đang lập danh sách</Tag>,
  counting: <Tag color="orange">Đang kiểm phiếu</Tag>,
  counted: <Tag color="green">Đã kiểm phiếu</Tag>,
};

export function AwardPanel({ award, yearEnd }: { award: Award; yearEnd: YearEnd }) {
  const { locked } = useSelection();
  const notifyError = useNotifyError();
  const propose = useWrite('votes.proposeCandidates', `Đã lập danh sách đề nghị ${award.name}`);
  const latest = award.rounds.at(-1);

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">
        Đề nghị {award.quota} đơn vị; danh sách lấy {award.candidateCount} đơn vị đủ điều kiện theo thứ tự xếp hạng
        {award.minBand ? `, xếp loại từ “${award.minBand}” trở lên` : ''}.
      </Typography.Text>
      {award.elected.length > 0 && (
        <Alert
          type={award.decided ? 'success' : 'warning'}
          showIcon
          title={`Trúng cử: ${award.elected.map((e) => e.unitName).join('; ')}${award.decided ? '' : ' (còn suất chờ bầu lại)'}`}
        />
      )}
      {award.rounds.length === 0 && (
        <Empty description="Chưa lập danh sách bầu">
          <Button type="primary" disabled={locked} loading={propose.isPending} onClick={() => propose.mutateAsync({ awardId: award.id }).catch(notifyError)}>
            Lập danh sách từ kết quả xếp hạng
          </Button>
        </Empty>
      )}
      {award.rounds.map((round) => (
        <RoundCard key={round.id} round={round} award={award} yearEnd={yearEnd} latest={round.id === latest?.id} />
      ))}
    </Flex>
  );
}

function RoundCard({ round, award, yearEnd, latest }: { round: Round; award: Award; yearEnd: YearEnd; latest: boolean }) {
  const { locked } = useSelection();
  const notifyError = useNotifyError();
  const reVote = useWrite('votes.openReVote', 'Đã mở vòng bầu lại');
  const onBallot = round.candidates.filter((c) => c.included).length;
  const title = round.number === 1 ? 'Vòng 1' : `Vòng ${round.number} (bầu lại ${round.seats} suất)`;
  const tied = round.result?.candidates.filter((c) => c.tied) ?? [];

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          {title} {statusTags[round.status]}
        </Flex>
      }
      extra={
        <Button disabled={onBallot === 0} onClick={() => navigate('documents', { type: 'ballot', roundId: round.id })}>
          In phiếu bầu
        </Button>
      }
      data-testid={`round-${award.position + 1}-${round.number}`}
    >
      <Flex vertical gap={16}>
        <CandidatesTable round={round} />
        {round.status !== 'candidates' || onBallot > 0 ? <CountSection round={round} yearEnd={yearEnd} seats={round.seats} /> : null}
        {round.result && <ResultTable result={round.result} />}
        {round.result && round.result.reVoteSeats > 0 && (
          <Alert
            type="warning"
            showIcon
            title={`Còn ${round.result.reVoteSeats} suất chưa phân định: ${tied.map((c) => c.unitName).join(', ')} bằng số phiếu và bằng thứ hạng. Khối bầu lại giữa các đơn vị này.`}
            action={
              latest && (
                <Popconfirm
                  title="Mở vòng bầu lại?"
                  description={`Vòng ${round.number} vẫn được lưu; vòng mới chỉ gồm các đơn vị bằng phiếu.`}
                  okText="Mở vòng bầu lại"
                  cancelText="Hủy"
                  onConfirm={() => reVote.mutateAsync({ roundId: round.id }).catch(notifyError)}
                >
                  <Button type="primary" disabled={locked} loading={reVote.isPending}>
                    Mở vòng bầu lại
                  </Button>
                </Popconfirm>
              )
            }
          />
        )}
      </Flex>
    </Card>
  );
}
