// Next year's head and deputy, elected at the conference or by the rotation rule, then next year created
// from this one (membership, heads, settings and scale copied) in one step.
import { useState } from 'react';
import { Alert, App, Button, Col, Form, Row, Select } from 'antd';
import type { Succession, YearEnd } from '../../main/contract/index.js';
import { useRead, useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { useNotifyError } from '../common/actions';
import { messageOf } from '../common/actions';
import { vietnameseSearch } from '../common/search';
import { ChoiceItem, fieldErrorsOf, Item } from './fields';

export function SuccessionCard({ yearEnd }: { yearEnd: YearEnd }) {
  return <SuccessionFields key={JSON.stringify(yearEnd.succession)} yearEnd={yearEnd} />;
}

/** Unset, it suggests the current deputy as next head: blocs usually rotate that way. */
const suggested = (saved: Succession, deputyUnitId: number | null): Succession =>
  saved.nextHeadUnitId === null && saved.nextDeputyUnitId === null ? { ...saved, nextHeadUnitId: deputyUnitId } : saved;

function SuccessionFields({ yearEnd }: { yearEnd: YearEnd }) {
  const { year, years, locked, bloc, selectYear } = useSelection();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const members = useRead('units.list', { yearId: year.id });
  const save = useWrite('votes.setSuccession', 'Đã lưu Trưởng khối, Phó khối năm sau');
  const create = useWrite('years.create', (y) => `Đã tạo năm thi đua ${y.year}`);
  const [form, setForm] = useState<Succession>(() => suggested(yearEnd.succession, year.deputyUnitId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const next = year.year + 1;
  const nextYear = years.find((y) => y.year === next);
  const options = (members.data ?? []).map((m) => ({ value: m.unitId, label: m.name }));
  const saved = yearEnd.succession.nextHeadUnitId !== null;

  const submit = async () => {
    setErrors({});
    try {
      await save.mutateAsync({ yearId: year.id, ...form });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      void message.error(messageOf(error));
    }
  };

  const unitSelect = (key: 'nextHeadUnitId' | 'nextDeputyUnitId', label: string) => (
    <Item label={label} htmlFor={`succession-${key}`} error={errors[key]}>
      <Select
        id={`succession-${key}`}
        value={form[key] ?? undefined}
        onChange={(v: number | undefined) => setForm({ ...form, [key]: v ?? null })}
        options={options}
        allowClear
        showSearch={vietnameseSearch}
        placeholder="Chọn đơn vị"
      />
    </Item>
  );

  return (
    <Form layout="vertical" component="div" disabled={locked}>
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          {unitSelect('nextHeadUnitId', `Trưởng khối năm ${next}`)}
        </Col>
        <Col xs={24} lg={8}>
          {unitSelect('nextDeputyUnitId', `Phó khối năm ${next}`)}
        </Col>
        <Col xs={24} lg={8}>
          <ChoiceItem
            label="Căn cứ"
            ariaLabel="Căn cứ chọn Trưởng khối, Phó khối"
            error={errors.source}
            value={form.source}
            onChange={(source) => setForm({ ...form, source })}
            options={[
              { value: 'vote', label: 'Bầu tại Hội nghị' },
              { value: 'rotation', label: 'Theo luân phiên' },
            ]}
          />
        </Col>
      </Row>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={locked}>
          Lưu Trưởng khối, Phó khối năm {next}
        </Button>
        {!nextYear && (
          // Creating next year leaves this one unchanged, so a closed year may still do it.
          <Button
            disabled={!saved}
            title={saved ? undefined : `Lưu Trưởng khối, Phó khối năm ${next} trước`}
            loading={create.isPending}
            onClick={() => {
              // The window shows the latest year unless one is chosen: stay here and offer the switch.
              selectYear(year.id);
              create.mutateAsync({ blocId: bloc.id, year: next }).catch(notifyError);
            }}
          >
            Tạo năm {next}
          </Button>
        )}
      </div>
      {nextYear && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          title={`Năm ${next} đã được tạo từ năm ${year.year}: đơn vị thành viên, Trưởng khối, Phó khối, cài đặt và thang điểm.`}
          action={
            // Not part of the form: switching stays possible once this year is closed.
            <Button size="small" onClick={() => selectYear(nextYear.id)} disabled={false}>
              Chuyển sang năm {next}
            </Button>
          }
        />
      )}
    </Form>
  );
}
