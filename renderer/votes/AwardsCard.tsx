// The awards the bloc proposes this year, with their quotas: how many units the ranking puts on the list
// and the lowest classification a candidate may have. A new year end starts from the usual two.
import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Select, Table } from 'antd';
import type { AwardFields, AwardKind, YearEnd } from '../../main/contract/index.js';
import { DEFAULT_AWARDS } from '../../main/votes/defaults.js';
import { useRead, useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { messageOf } from '../common/actions';
import { fieldErrorsOf } from './fields';

type Row = Required<Omit<AwardFields, 'id'>> & { id?: number; key: number };

const kindOptions: { value: AwardKind; label: string }[] = [
  { value: 'flag', label: 'Cờ thi đua' },
  { value: 'certificate', label: 'Bằng khen' },
  { value: 'other', label: 'Khác' },
];

const rowsOf = (yearEnd: YearEnd): Row[] =>
  yearEnd.awards.length > 0
    ? yearEnd.awards.map(({ id, kind, name, quota, candidateCount, minBand }) => ({ id, kind, name, quota, candidateCount, minBand: minBand ?? '', key: id }))
    : DEFAULT_AWARDS.map((a, i) => ({ ...a, key: -1 - i }));

export function AwardsCard({ yearEnd }: { yearEnd: YearEnd }) {
  return <AwardsFields key={JSON.stringify(yearEnd.awards.map((a) => [a.id, a.kind, a.name, a.quota, a.candidateCount, a.minBand]))} yearEnd={yearEnd} />;
}

function AwardsFields({ yearEnd }: { yearEnd: YearEnd }) {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const scale = useRead('scoring.scale', { yearId: year.id });
  const save = useWrite('votes.saveAwards', 'Đã lưu các hình thức khen thưởng');
  const [rows, setRows] = useState<Row[]>(() => rowsOf(yearEnd));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const bands = (scale.data?.inForce ?? scale.data?.current)?.definition.bands ?? [];
  const bandOptions = [{ value: '', label: 'Không yêu cầu' }, ...bands.map((b) => ({ value: b.label, label: b.label }))];
  const update = (key: number, patch: Partial<Row>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const error = (index: number, field: string) => errors[`awards.${index}.${field}`];
  const item = (text: string | undefined, children: React.ReactNode) => (
    <Form.Item style={{ margin: 0 }} validateStatus={text ? 'error' : undefined} help={text}>
      {children}
    </Form.Item>
  );

  const submit = async () => {
    setErrors({});
    try {
      await save.mutateAsync({ yearId: year.id, awards: rows.map(({ key: _key, ...award }) => award) });
    } catch (e) {
      setErrors(fieldErrorsOf(e));
      void message.error(messageOf(e));
    }
  };

  return (
    <Form layout="vertical" component="div" disabled={locked}>
      {yearEnd.awards.length === 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Chưa lưu hình thức khen thưởng nào. Đã điền sẵn các hình thức Khối thường đề nghị; sửa số lượng theo chỉ tiêu của năm rồi bấm Lưu."
        />
      )}
      {errors.awards && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.awards} />}
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'no', title: 'TT', width: 44, render: (_, __, i) => i + 1 },
          {
            key: 'kind',
            title: 'Loại',
            width: 140,
            render: (_, r, i) =>
              item(error(i, 'kind'), <Select aria-label={`Loại khen thưởng ${i + 1}`} value={r.kind} options={kindOptions} onChange={(kind) => update(r.key, { kind })} style={{ width: '100%' }} />),
          },
          {
            key: 'name',
            title: 'Tên hình thức khen thưởng',
            render: (_, r, i) => item(error(i, 'name'), <Input aria-label={`Tên hình thức khen thưởng ${i + 1}`} value={r.name} onChange={(e) => update(r.key, { name: e.target.value })} />),
          },
          {
            key: 'quota',
            title: 'Số lượng đề nghị',
            width: 130,
            render: (_, r, i) =>
              item(
                error(i, 'quota'),
                <InputNumber aria-label={`Số lượng đề nghị ${i + 1}`} min={1} max={50} value={r.quota} onChange={(v) => update(r.key, { quota: v ?? 1 })} style={{ width: '100%' }} />,
              ),
          },
          {
            key: 'candidateCount',
            title: 'Số đơn vị đưa vào danh sách',
            width: 150,
            render: (_, r, i) =>
              item(
                error(i, 'candidateCount'),
                <InputNumber
                  aria-label={`Số đơn vị đưa vào danh sách ${i + 1}`}
                  min={1}
                  max={60}
                  value={r.candidateCount}
                  onChange={(v) => update(r.key, { candidateCount: v ?? 1 })}
                  style={{ width: '100%' }}
                />,
              ),
          },
          {
            key: 'minBand',
            title: 'Xếp loại tối thiểu',
            width: 200,
            render: (_, r, i) =>
              item(
                error(i, 'minBand'),
                <Select aria-label={`Xếp loại tối thiểu ${i + 1}`} value={r.minBand} options={bandOptions} onChange={(minBand) => update(r.key, { minBand })} style={{ width: '100%' }} />,
              ),
          },
          {
            key: 'remove',
            width: 60,
            render: (_, r, i) => (
              <Button type="link" danger aria-label={`Bỏ hình thức khen thưởng ${i + 1}`} onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                Bỏ
              </Button>
            ),
          },
        ]}
      />
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <Button
          onClick={() =>
            setRows([...rows, { kind: 'other', name: '', quota: 1, candidateCount: 1, minBand: '', key: Math.min(0, ...rows.map((r) => r.key)) - 1 }])
          }
          disabled={locked}
        >
          Thêm hình thức khen thưởng
        </Button>
        <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={locked}>
          Lưu hình thức khen thưởng
        </Button>
      </div>
    </Form>
  );
}
