// Phiếu bầu: the round to print, by award and round number; the copies and the style come from the year
// end's rules and check-in, which the form states.
import { Alert, Select, Typography } from 'antd';
import { useRead } from '../../../api/hooks';
import { useSelection } from '../../../app/selection';
import { fitsHalfPage } from '../../../../main/documents/kinds/ballot/wording.js';
import { errorAt, Item } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface BallotDraft {
  roundId: number | null;
}

function BallotForm({ draft, onChange, errors }: FormProps<BallotDraft>) {
  const { year } = useSelection();
  const yearEnd = useRead('votes.yearEnd', { yearId: year.id });
  if (yearEnd.isError) return <Alert type="error" showIcon title={yearEnd.error.message} />;
  const y = yearEnd.data;
  const rounds = (y?.awards ?? []).flatMap((a) => a.rounds.map((r) => ({ award: a, round: r })));
  const options = rounds.map(({ award, round }) => ({
    value: round.id,
    label: round.number === 1 ? `${award.name} - lần 1` : `${award.name} - lần ${round.number} (bầu lại)`,
  }));
  const chosen = rounds.find((r) => r.round.id === draft.roundId);
  const onBallot = chosen ? chosen.round.candidates.filter((c) => c.included).map((c) => c.unitName) : [];
  const copies = y ? (y.present ?? y.members) : 0;
  const twoFit = y?.rules.ballotsPerPage === 2 && fitsHalfPage(onBallot);
  return (
    <>
      <Item label="Vòng bầu" error={errorAt(errors, 'input.roundId')}>
        {(id) => (
          <Select
            id={id}
            value={draft.roundId ?? undefined}
            onChange={(roundId: number) => onChange({ roundId })}
            options={options}
            placeholder={options.length ? 'Chọn vòng bầu' : 'Năm này chưa có vòng bầu: lập danh sách ở trang Bình xét khen thưởng'}
          />
        )}
      </Item>
      {y && (
        <Typography.Paragraph type="secondary">
          In {copies} phiếu ({y.present === null ? `${y.members} đơn vị thành viên; hội nghị chưa điểm danh` : `${y.present} đơn vị có mặt`}),{' '}
          {twoFit ? '2 phiếu một trang' : '1 phiếu một trang'}
          {y.rules.ballotsPerPage === 2 && !twoFit && chosen ? ' (danh sách dài, không vừa nửa trang)' : ''};{' '}
          {y.rules.ballotStyle === 'mark' ? 'đánh dấu X vào ô “Đồng ý”' : 'đồng ý để nguyên, không đồng ý gạch tên'}.
        </Typography.Paragraph>
      )}
    </>
  );
}

export const ballotForm: KindForm<'ballot', BallotDraft> = {
  empty: (_meetingId, roundId) => ({ roundId }),
  Form: BallotForm,
  toRequest: (d) => (d.roundId === null ? { missing: 'Chọn vòng bầu để xem trước phiếu bầu.' } : { roundId: d.roundId }),
  fromRequest: (input) => ({ roundId: input.roundId }),
  meetingId: () => null,
};
