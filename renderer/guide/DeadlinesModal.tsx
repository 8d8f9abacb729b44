// "Thời hạn các bước": the deadline of each step of the year (defaults by month until the officer sets them).
import { useState } from 'react';
import { Button, DatePicker, Form, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { deadlineSteps, stepTitles, type Deadlines, type Year } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useRead, useWrite } from '../api/hooks';

export function DeadlinesModal({ year, locked, onClose }: { year: Year; locked: boolean; onClose: () => void }) {
  const deadlines = useRead('guide.deadlines', { yearId: year.id });
  return (
    <Modal open title={`Thời hạn các bước năm ${year.year}`} onCancel={onClose} footer={null} destroyOnHidden>
      {deadlines.data && <DeadlineFields year={year} locked={locked} initial={deadlines.data} onClose={onClose} />}
    </Modal>
  );
}

function DeadlineFields({ year, locked, initial, onClose }: { year: Year; locked: boolean; initial: Deadlines; onClose: () => void }) {
  const save = useWrite('guide.setDeadlines', 'Đã lưu thời hạn các bước');
  const [values, setValues] = useState<Deadlines>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    setErrors({});
    try {
      await save.mutateAsync({ yearId: year.id, deadlines: values });
      onClose();
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors : { form: 'Không lưu được thời hạn.' });
    }
  };

  return (
    <Form layout="horizontal" component="div" labelCol={{ span: 14 }} wrapperCol={{ span: 10 }} disabled={locked}>
      {deadlineSteps.map((step) => {
        const error = errors[`deadlines.${step}`];
        return (
          <Form.Item key={step} label={stepTitles[step]} htmlFor={`deadline-${step}`} validateStatus={error ? 'error' : undefined} help={error} style={{ marginBottom: 12 }}>
            <DatePicker
              id={`deadline-${step}`}
              format="DD/MM/YYYY"
              placeholder="ngày/tháng/năm"
              allowClear={false}
              value={dayjs(values[step])}
              onChange={(d) => d && setValues({ ...values, [step]: d.format('YYYY-MM-DD') })}
              style={{ width: '100%' }}
            />
          </Form.Item>
        );
      })}
      {errors.form && <Form.Item validateStatus="error" help={errors.form} />}
      <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button onClick={onClose} disabled={false}>
          Hủy
        </Button>
        <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
          Lưu thời hạn
        </Button>
      </Space>
    </Form>
  );
}
