// The count, entered twice from the tellers' paper tally (by two people, or twice by one): the second
// entry confirms the first, or the cells that differ are shown in both until they agree.
import { useRef, useState, type KeyboardEvent } from 'react';
import { Alert, App, Button, Col, Flex, Form, Input, InputNumber, Row, Tag, Typography } from 'antd';
import type { Round, Tally, YearEnd } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { messageOf } from '../common/actions';
import { fieldErrorsOf } from './fields';
import { ballotUnits, countCells, countLabels, differingCells, errorsByCell, tallyFromForm, tallyToForm, unitCell, type TallyForm } from './tally';

export function CountSection({ round, yearEnd, seats }: { round: Round; yearEnd: YearEnd; seats: number }) {
  const differing = differingCells(round);
  const base = yearEnd.rules.base === 'present' ? yearEnd.present : yearEnd.members;
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>Kết quả kiểm phiếu</Typography.Text>
      <Typography.Text type="secondary">
        Nhập hai lần từ biên bản kiểm phiếu trên giấy; hai lần khớp nhau thì kết quả mới được tính. Mỗi phiếu bầu tối đa {seats} đơn vị; phiếu bầu quá số
        lượng là phiếu không hợp lệ. {yearEnd.present === null ? '' : `Có mặt ${yearEnd.present}/${yearEnd.members} đơn vị.`}
      </Typography.Text>
      {round.status === 'candidates' && <Typography.Text type="secondary">Khi đã nhập kết quả kiểm phiếu, danh sách bầu của vòng này không sửa được nữa.</Typography.Text>}
      {yearEnd.rules.base === 'present' && base === null && (
        <Alert type="warning" showIcon title="Tỷ lệ tính trên số đơn vị có mặt nhưng hội nghị tổng kết chưa điểm danh: chưa tính được kết quả." />
      )}
      <CountStatus round={round} />
      <Row gutter={[16, 16]}>
        {([1, 2] as const).map((entry) => (
          <Col key={entry} xs={24} xl={12}>
            <EntryForm
              key={JSON.stringify(round.entries.find((e) => e.entry === entry) ?? null)}
              round={round}
              entry={entry}
              saved={round.entries.find((e) => e.entry === entry)}
              differing={differing}
            />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

function CountStatus({ round }: { round: Round }) {
  if (round.status === 'counted') return <Alert type="success" showIcon title="Hai lần nhập khớp nhau: kết quả kiểm phiếu đã được xác nhận." />;
  if (round.differences.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        title="Hai lần nhập chưa khớp nhau. Đối chiếu lại biên bản kiểm phiếu và sửa lần nhập sai:"
        description={
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="count-differences">
            {round.differences.map((d) => (
              <li key={d.cell}>
                {d.label}: lần 1 là {d.first}, lần 2 là {d.second}
              </li>
            ))}
          </ul>
        }
      />
    );
  }
  if (round.entries.length === 1) {
    const missing = round.entries[0]!.entry === 1 ? 2 : 1;
    return <Alert type="info" showIcon title={`Đã nhập lần ${round.entries[0]!.entry}. Nhập lần ${missing} để đối chiếu.`} />;
  }
  return null;
}

function EntryForm({ round, entry, saved, differing }: { round: Round; entry: 1 | 2; saved: Tally | undefined; differing: Set<string> }) {
  const { locked } = useSelection();
  const { message } = App.useApp();
  const enter = useWrite('votes.enterTally', `Đã lưu lần nhập ${entry}`);
  const [form, setForm] = useState<TallyForm>(() => tallyToForm(round, saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const box = useRef<HTMLDivElement>(null);
  const other = (cell: string) => {
    const d = round.differences.find((x) => x.cell === cell);
    return d ? (entry === 1 ? d.second : d.first) : null;
  };
  const setFigure = (cell: string, value: number | null) => setForm({ ...form, figures: { ...form.figures, [cell]: value } });

  const submit = async () => {
    setErrors({});
    const asked = tallyFromForm(round, form);
    if ('empty' in asked) {
      setErrors(asked.empty);
      return void message.error('Còn ô chưa nhập số.');
    }
    try {
      await enter.mutateAsync({ roundId: round.id, entry, ...asked.fields });
    } catch (error) {
      setErrors(errorsByCell(fieldErrorsOf(error), round));
      void message.error(messageOf(error));
    }
  };

  // Enter goes down the form as on paper; on the last field it saves.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    const fields = [...(box.current?.querySelectorAll<HTMLInputElement>(`input[id^="count-${round.id}-${entry}-"]`) ?? [])];
    const next = fields[fields.indexOf(event.target) + 1];
    if (next) next.focus();
    else void submit();
  };

  const figureItem = (cell: string, label: string) => {
    const theirs = other(cell);
    const error = errors[cell];
    return (
      <Form.Item
        key={cell}
        label={label}
        htmlFor={`count-${round.id}-${entry}-${cell}`}
        validateStatus={error ? 'error' : differing.has(cell) ? 'warning' : undefined}
        help={error ?? (theirs === null ? undefined : `Lần nhập ${entry === 1 ? 2 : 1}: ${theirs}`)}
        style={{ marginBottom: 8 }}
        data-differs={differing.has(cell) || undefined}
      >
        <InputNumber
          id={`count-${round.id}-${entry}-${cell}`}
          aria-label={`${label} (lần ${entry})`}
          min={0}
          max={999}
          precision={0}
          value={form.figures[cell]}
          onChange={(v) => setFigure(cell, v)}
          style={{ width: 110, background: differing.has(cell) ? '#fff7e6' : undefined }}
        />
      </Form.Item>
    );
  };

  return (
    <div ref={box} onKeyDown={onKeyDown} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12 }} data-testid={`entry-${round.id}-${entry}`}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>Lần nhập {entry}</Typography.Text>
        {saved ? <Tag color="green">Đã lưu{saved.enteredBy ? ` · ${saved.enteredBy}` : ''}</Tag> : <Tag>Chưa nhập</Tag>}
      </Flex>
      <Form layout="horizontal" component="div" labelCol={{ flex: '1 1 0' }} labelAlign="left" labelWrap disabled={locked} colon={false}>
        {countCells.map((cell) => figureItem(cell, countLabels[cell]))}
        <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0' }}>
          Số phiếu đồng ý của từng đơn vị
        </Typography.Text>
        {ballotUnits(round).map((c) => figureItem(unitCell(c.unitId), c.unitName))}
        <Form.Item label="Người nhập" htmlFor={`count-${round.id}-${entry}-by`} validateStatus={errors.enteredBy ? 'error' : undefined} help={errors.enteredBy} style={{ marginBottom: 8 }}>
          <Input
            id={`count-${round.id}-${entry}-by`}
            aria-label={`Người nhập (lần ${entry})`}
              value={form.enteredBy}
            onChange={(e) => setForm({ ...form, enteredBy: e.target.value })}
            style={{ width: 220 }}
          />
        </Form.Item>
      </Form>
      <Button type="primary" onClick={() => void submit()} loading={enter.isPending} disabled={locked}>
        Lưu lần nhập {entry}
      </Button>
    </div>
  );
}
