// Create or edit a meeting: kind, name, date and time, place, host, chair, secretary, guests, agenda,
// the views and directions with their speakers, and the conclusions.
import { App, Button, Card, Col, DatePicker, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, type Meeting, type YearUnit } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useWrite } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { applyServerError, Field, FormShell, TextField } from '../common/form';
import { kindOptions } from './labels';
import { AgendaField, GuestsField, SpeechesField } from './RowFields';
import { useSpeakers } from './speakers';

const schema = contract['meetings.create'].input;
export type MeetingForm = z.input<typeof schema>;
export type MeetingOutput = z.output<typeof schema>;

const FIELDS = [
  'kind', 'name', 'date', 'startTime', 'endTime', 'partOfDay', 'place', 'hostUnitId', 'chair', 'secretary',
  'guests', 'agenda', 'views', 'conclusions', 'directions', 'notes',
];
const known = (key: string) => FIELDS.some((f) => key === f || key.startsWith(`${f}.`));

const valuesOf = (yearId: number, m: Meeting | null): MeetingForm => ({
  yearId,
  kind: m?.kind ?? 'signing',
  name: m?.name ?? '',
  date: m?.date ?? '',
  startTime: m?.startTime ?? '',
  endTime: m?.endTime ?? '',
  partOfDay: m?.partOfDay ?? '',
  place: m?.place ?? '',
  hostUnitId: m?.hostUnitId ?? null,
  chair: m?.chair ?? '',
  secretary: m?.secretary ?? '',
  guests: m?.guests ?? [],
  agenda: m?.agenda ?? [],
  views: m?.views ?? [],
  conclusions: m?.conclusions ?? '',
  directions: m?.directions ?? [],
  notes: m?.notes ?? '',
});

export function MeetingFormCard({ meeting, members }: { meeting: Meeting | null; members: YearUnit[] }) {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const create = useWrite('meetings.create', (m) => `Đã thêm “${m.name}”`);
  const update = useWrite('meetings.update', 'Đã lưu');
  const { control, handleSubmit, setError } = useForm<MeetingForm, unknown, MeetingOutput>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(year.id, meeting),
  });

  const submit = handleSubmit(async ({ yearId, ...fields }) => {
    try {
      if (meeting) await update.mutateAsync({ ...fields, meetingId: meeting.id });
      else navigate('meeting', { id: (await create.mutateAsync({ ...fields, yearId })).id });
    } catch (error) {
      const names = error instanceof ApiError ? Object.keys(error.fieldErrors).filter(known) : [];
      const text = applyServerError(error, setError, names);
      if (text) void message.error(text);
    }
  });

  const speakers = useSpeakers(control, members);
  const textArea = (name: 'conclusions' | 'notes', label: string, extra?: string) => (
    <Field control={control} name={name} label={label} extra={extra}>
      {({ value, ...field }) => <Input.TextArea {...field} value={(value as string) ?? ''} autoSize={{ minRows: 2, maxRows: 12 }} />}
    </Field>
  );

  return (
    <FormShell onSubmit={submit} disabled={locked} label={meeting ? 'Sửa hội nghị' : 'Thêm hội nghị'}>
      <Card title="Thông tin chung" size="small">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Field control={control} name="kind" label="Loại hội nghị" required>
              {({ value, onChange, id, ref: _ref, ...field }) => (
                <Select {...field} id={id} value={value} onChange={onChange} options={kindOptions} />
              )}
            </Field>
          </Col>
          <Col xs={24} md={16}>
            <TextField control={control} name="name" label="Tên hội nghị" required placeholder="Hội nghị ký kết giao ước thi đua năm …" />
          </Col>
          <Col xs={24} md={6}>
            <Field control={control} name="date" label="Ngày họp">
              {({ value, onChange, id, ref: _ref, ...field }) => (
                <DatePicker
                  {...field}
                  id={id}
                  format="DD/MM/YYYY"
                  placeholder="ngày/tháng/năm"
                  value={value ? dayjs(value as string) : null}
                  onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
                  // Enter confirms the typed date; it must not submit the whole form.
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.preventDefault();
                  }}
                  style={{ width: '100%' }}
                />
              )}
            </Field>
          </Col>
          <Col xs={12} md={4}>
            <TextField control={control} name="startTime" label="Giờ bắt đầu" placeholder="14:00" />
          </Col>
          <Col xs={12} md={4}>
            <TextField control={control} name="endTime" label="Giờ kết thúc" placeholder="17:00" />
          </Col>
          <Col xs={24} md={4}>
            <Field control={control} name="partOfDay" label="Buổi">
              {({ value, onChange, id, ref: _ref, ...field }) => (
                <Select
                  {...field}
                  id={id}
                  value={value ?? ''}
                  onChange={onChange}
                  options={[
                    { value: '', label: '—' },
                    { value: 'sáng', label: 'Sáng' },
                    { value: 'chiều', label: 'Chiều' },
                    { value: 'tối', label: 'Tối' },
                  ]}
                />
              )}
            </Field>
          </Col>
          <Col xs={24} md={6}>
            <Field control={control} name="hostUnitId" label="Đơn vị đăng cai">
              {({ value, onChange, id, ref: _ref, ...field }) => (
                <Select
                  {...field}
                  id={id}
                  value={(value as number | null) ?? undefined}
                  onChange={(v: number | undefined) => onChange(v ?? null)}
                  options={members.map((m) => ({ value: m.unitId, label: m.name }))}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="Chọn đơn vị"
                />
              )}
            </Field>
          </Col>
          <Col xs={24}>
            <TextField control={control} name="place" label="Địa điểm" placeholder="Hội trường …" />
          </Col>
          <Col xs={24} md={12}>
            <TextField control={control} name="chair" label="Chủ trì" placeholder="Họ tên - Chức vụ, Trưởng khối" />
          </Col>
          <Col xs={24} md={12}>
            <TextField control={control} name="secretary" label="Thư ký" placeholder="Họ tên - Chức vụ" />
          </Col>
        </Row>
      </Card>
      <Card title="Khách mời" size="small" style={{ marginTop: 16 }}>
        <GuestsField control={control} disabled={locked} />
      </Card>
      <Card title="Chương trình" size="small" style={{ marginTop: 16 }}>
        <AgendaField control={control} disabled={locked} />
      </Card>
      <Card title="Ý kiến thảo luận" size="small" style={{ marginTop: 16 }} extra="Mỗi ý kiến ghi rõ người phát biểu">
        <SpeechesField control={control} name="views" label="Ý kiến thảo luận" noun="ý kiến" speakers={speakers} disabled={locked} />
      </Card>
      <Card title="Ý kiến chỉ đạo" size="small" style={{ marginTop: 16 }} extra="Của lãnh đạo dự và chỉ đạo hội nghị">
        <SpeechesField control={control} name="directions" label="Ý kiến chỉ đạo" noun="ý kiến chỉ đạo" speakers={speakers} disabled={locked} />
      </Card>
      <Card title="Kết luận" size="small" style={{ marginTop: 16 }}>
        {textArea('conclusions', 'Kết luận của hội nghị')}
        {textArea('notes', 'Ghi chú (in ở giấy mời)')}
      </Card>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} disabled={locked}>
          {meeting ? 'Lưu hội nghị' : 'Thêm hội nghị'}
        </Button>
        <Button onClick={() => navigate('meetings')}>Về danh sách</Button>
      </Space>
    </FormShell>
  );
}
