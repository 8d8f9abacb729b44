// The round's units in ranking order: those the ranking proposes are ticked; the officer may add or leave
// one off with a reason (the minutes record it). Units that may not stand are greyed, with why.
import { useState } from 'react';
import { App, Button, Checkbox, Collapse, Form, Input, Table, Tag, Typography } from 'antd';
import type { Candidate, Round } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { orDash } from '../common/text';
import { candidatesInput, choiceProblem, choicesOf, differsFromProposal, errorsByUnit, type Choices } from './candidates';
import { messageOf } from '../common/actions';
import { fieldErrorsOf } from './fields';

export function CandidatesTable({ round }: { round: Round }) {
  const onBallot = round.candidates.filter((c) => c.included);
  const editing = round.status === 'candidates';
  return (
    <Collapse
      // Open while the list is drawn up, folded once counting begins.
      key={editing ? 'editing' : 'fixed'}
      size="small"
      defaultActiveKey={editing ? ['list'] : []}
      items={[
        {
          key: 'list',
          label: `Danh sách bầu: ${onBallot.length} đơn vị trên phiếu${editing ? '' : ` — ${onBallot.map((c) => c.unitName).join('; ')}`}`,
          children: <CandidatesForm key={JSON.stringify(round.candidates)} round={round} editing={editing} />,
        },
      ]}
    />
  );
}

function CandidatesForm({ round, editing }: { round: Round; editing: boolean }) {
  const { locked } = useSelection();
  const { message } = App.useApp();
  const save = useWrite('votes.setCandidates', 'Đã lưu danh sách bầu');
  const [choices, setChoices] = useState<Choices>(() => choicesOf(round.candidates));
  const [serverErrors, setServerErrors] = useState<Record<number, string>>({});
  const [tried, setTried] = useState(false);
  const disabled = locked || !editing;
  const choice = (c: Candidate) => choices[c.unitId] ?? { included: c.included, reason: c.reason };
  const set = (unitId: number, patch: Partial<Choices[number]>) => setChoices({ ...choices, [unitId]: { ...choices[unitId]!, ...patch } });
  const problems = Object.fromEntries(round.candidates.map((c) => [c.unitId, choiceProblem(c, choice(c))]));
  const hasProblems = Object.values(problems).some(Boolean);

  const submit = async () => {
    setTried(true);
    setServerErrors({});
    if (hasProblems) return void message.error('Còn đơn vị thay đổi so với danh sách đề xuất mà chưa có lý do.');
    try {
      await save.mutateAsync({ roundId: round.id, candidates: candidatesInput(round.candidates, choices) });
    } catch (error) {
      setServerErrors(errorsByUnit(fieldErrorsOf(error), round.candidates));
      void message.error(messageOf(error));
    }
  };

  return (
    <Form component="div" disabled={disabled}>
      <Table<Candidate>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={round.candidates}
        onRow={(c) => ({ style: c.ineligible ? { color: '#8c8c8c' } : undefined })}
        columns={[
          { key: 'rank', title: 'Hạng', width: 60, align: 'center', render: (_, c) => c.rank ?? '—' },
          {
            key: 'name',
            title: 'Tên đơn vị',
            render: (_, c) => (
              <>
                {c.unitName}
                {c.proposed && (
                  <Tag color="blue" style={{ marginInlineStart: 8 }}>
                    Đề xuất
                  </Tag>
                )}
                {c.ineligible && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {c.ineligible}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { key: 'total', title: 'Tổng điểm', width: 100, align: 'right', render: (_, c) => orDash(c.total) },
          { key: 'class', title: 'Xếp loại', width: 240, render: (_, c) => orDash(c.classification) },
          {
            key: 'included',
            title: 'Đưa vào phiếu bầu',
            width: 130,
            align: 'center',
            render: (_, c) => (
              <Checkbox
                aria-label={`Đưa ${c.unitName} vào phiếu bầu`}
                checked={choice(c).included}
                disabled={disabled || (Boolean(c.ineligible) && !choice(c).included)}
                onChange={(e) => set(c.unitId, { included: e.target.checked })}
              />
            ),
          },
          {
            key: 'reason',
            title: 'Lý do thay đổi',
            width: 320,
            render: (_, c) => {
              if (!differsFromProposal(c, choice(c))) return null;
              const error = serverErrors[c.unitId] ?? (tried ? problems[c.unitId] : '');
              return (
                <Form.Item style={{ margin: 0 }} validateStatus={error ? 'error' : undefined} help={error}>
                  <Input
                    aria-label={`Lý do thay đổi ${c.unitName}`}
                    placeholder={choice(c).included ? 'Lý do bổ sung' : 'Lý do không đưa vào'}
                    value={choice(c).reason}
                    onChange={(e) => set(c.unitId, { reason: e.target.value })}
                  />
                </Form.Item>
              );
            },
          },
        ]}
      />
      {editing && (
        <Button type="primary" style={{ marginTop: 12 }} onClick={() => void submit()} loading={save.isPending} disabled={locked}>
          Lưu danh sách bầu
        </Button>
      )}
    </Form>
  );
}
