// Create or edit a meeting: kind, name, date and time, place, host, chair, secretary, guests, agenda,
// the views and directions with their speakers, and the conclusions.
import { App, Button, Card, Col, DatePicker, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, meetingDateProblem, meetingDates, type Meeting, type MeetingKind, type YearUnit } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useRead, useWrite } from '../api/hooks';
import { leaveWithoutAsking, useLeaveGuard } from '../app/leave-guard';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { applyServerError, Field, FormShell, TextField } from '../common/form';
import { vietnameseSearch } from '../common/search';
import { kindOptions } from './labels';
import { AgendaField, GuestsField, SpeechesField } from './RowFields';
import { useSpeakers } from './speakers';
import { newMeeting } from '../guide/meeting-defaults';

const schema = contract['meetings.create'].input;
export type MeetingForm = z.input<typeof schema>;
export type MeetingOutput = z.output<typeof schema>;

const FIELDS = [
  'kind', 'name', 'date', 'startTime', 'endTime', 'partOfDay', 'place', 'hostUnitId', 'chair', 'secretary',
  'guests', 'agenda', 'views', 'conclusions', 'directions', 'notes',
];
const known = (key: string) => FIELDS.some((f) => key === f || key.startsWith(`${f}.`));

/** "Thêm hội nghị" from the list: a signing conference by default, nothing else filled in. */
const blankMeeting: ReturnType<typeof newMeeting> = { kind: 'signing', name: '', chair: '', hostUnitId: null, agenda: [] };

const valuesOf = (yearId: number, m: Meeting | null, fresh: ReturnType<typeof newMeeting>): MeetingForm => ({
  yearId,
  kind: m?.kind ?? fresh.kind,
  name: m?.name ?? fresh.name,
  date: m?.date ?? '',
  startTime: m?.startTime ?? '',
  endTime: m?.endTime ?? '',
  partOfDay: m?.partOfDay ?? '',
  place: m?.place ?? '',
  hostUnitId: m ? m.hostUnitId : fresh.hostUnitId,
  chair: m?.chair ?? fresh.chair,
  secretary: m?.secretary ?? '',
  guests: m?.guests ?? [],
  agenda: m?.agenda ?? fresh.agenda,
  views: m?.views ?? [],
  conclusions: m?.conclusions ?? '',
  directions: m?.directions ?? [],
  notes: m?.notes ?? '',
});

/** `kind`: the home screen asked for a meeting of that kind, which starts from that kind's usual contents. */
export function MeetingFormCard({ meeting, members, kind }: { meeting: Meeting | null; members: YearUnit[]; kind?: MeetingKind }) {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const create = useWrite('meetings.create', (m) => `Đã thêm “${m.name}”`);
  const update = useWrite('meetings.update', 'Đã lưu');
  const { control, handleSubmit, setError, watch, formState } = useForm<MeetingForm, unknown, MeetingOutput>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(year.id, meeting, kind ? newMeeting(kind, year.year, members.find((u) => u.unitId === year.headUnitId)) : blankMeeting),
  });
  // Saving remounts the card with the saved meeting (MeetingPage's key), which clears the flag.
  useLeaveGuard(!locked && formState.isDirty);
  const dates = meetingDates(watch('kind'), year.year);

  const submit = handleSubmit(async ({ yearId, ...fields }) => {
    // The service's rule, said before the round trip.
    const dateProblem = fields.date ? meetingDateProblem(fields.kind, fields.date, year.year) : null;
    if (dateProblem) return setError('date', { message: dateProblem });
    try {
      if (meeting) await update.mutateAsync({ ...fields, meetingId: meeting.id });
      else {
        const created = await create.mutateAsync({ ...fields, yearId });
        leaveWithoutAsking(() => navigate('meeting', { id: created.id }));
      }
    } catch (error) {
      const names = error instanceof ApiError ? Object.keys(error.fieldErrors).filter(known) : [];
      const text = applyServerError(error, setError, names);
      if (text) void message.error(text);
    }
  });

  const speakers = useSpeakers(control, members);
  const hosts = useHostOptions(meeting, members);
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
            <Field
              control={control}
              name="date"
              label="Ngày họp"
              extra={`Từ ${dayjs(dates.earliest).format('DD/MM/YYYY')} đến ${dayjs(dates.latest).format('DD/MM/YYYY')}`}
            >
              {({ value, onChange, id, ref: _ref, ...field }) => (
                <DatePicker
                  {...field}
                  id={id}
                  format="DD/MM/YYYY"
                  placeholder="ngày/tháng/năm"
                  value={value ? dayjs(value as string) : null}
                  // A new meeting's calendar opens in its year, not today's.
                  defaultPickerValue={dayjs(dates.earliest)}
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
                  options={hosts}
                  allowClear
                  showSearch={vietnameseSearch}
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

/** The year's members; and a saved host that has left the year since (merged, removed), named, not as its id. */
function useHostOptions(meeting: Meeting | null, members: YearUnit[]): { value: number; label: string }[] {
  const { year } = useSelection();
  const host = meeting?.hostUnitId ?? null;
  const former = host !== null && !members.some((m) => m.unitId === host);
  const units = useRead('units.listAll', former ? { blocId: year.blocId } : null);
  const options = members.map((m) => ({ value: m.unitId, label: m.name }));
  if (!former) return options;
  const name = units.data?.find((u) => u.id === host)?.name ?? '…';
  return [...options, { value: host, label: `${name} (nay không còn trong khối năm ${year.year})` }];
}
