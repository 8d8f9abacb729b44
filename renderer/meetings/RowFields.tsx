// Guests, agenda items, views and directions of a meeting: editable rows in an ordered list, errors under
// each input.
import { AutoComplete, Col, Form, Input, Row } from 'antd';
import { matchesSearch } from '../../main/common/vietnamese.js';
import { Controller, type Control } from 'react-hook-form';
import { OrderedList } from '../common/OrderedList';
import type { MeetingForm, MeetingOutput } from './MeetingForm';

type RowErrors<K extends string> = ({ [key in K]?: { message?: string } } | undefined)[] | undefined;

export function GuestsField({ control, disabled }: { control: Control<MeetingForm, unknown, MeetingOutput>; disabled: boolean }) {
  const columns = [
    { key: 'name', label: 'Họ tên', span: 5 },
    { key: 'position', label: 'Chức vụ', span: 7 },
    { key: 'organisation', label: 'Cơ quan', span: 6 },
    { key: 'role', label: 'Vai trò', span: 6 },
  ] as const;
  type Guest = { name?: string; position?: string; organisation?: string; role?: string };
  return (
    <Controller
      control={control}
      name="guests"
      render={({ field, fieldState }) => {
        const errors = fieldState.error as unknown as RowErrors<(typeof columns)[number]['key']>;
        return (
          <div role="group" aria-label="Khách mời">
            <OrderedList<Guest>
              items={(field.value as Guest[] | undefined) ?? []}
              onChange={field.onChange}
              noun="khách mời"
              addLabel="Thêm khách mời"
              disabled={disabled}
              max={50}
              newItem={() => ({ name: '', position: '', organisation: '', role: '' })}
              renderItem={(guest, i, update) => (
                <Row gutter={8}>
                  {columns.map((c) => {
                    const error = Array.isArray(errors) ? errors[i]?.[c.key]?.message : undefined;
                    return (
                      <Col span={c.span} key={c.key}>
                        <Form.Item style={{ marginBottom: 0 }} validateStatus={error ? 'error' : undefined} help={error}>
                          <Input
                            aria-label={`${c.label} khách mời ${i + 1}`}
                            placeholder={c.label}
                            value={guest[c.key] ?? ''}
                            onChange={(e) => update({ ...guest, [c.key]: e.target.value })}
                          />
                        </Form.Item>
                      </Col>
                    );
                  })}
                </Row>
              )}
            />
          </div>
        );
      }}
    />
  );
}

export function AgendaField({ control, disabled }: { control: Control<MeetingForm, unknown, MeetingOutput>; disabled: boolean }) {
  type Item = { title: string; summary?: string };
  return (
    <Controller
      control={control}
      name="agenda"
      render={({ field, fieldState }) => {
        const errors = fieldState.error as unknown as RowErrors<'title' | 'summary'>;
        return (
          <div role="group" aria-label="Chương trình">
            <OrderedList<Item>
              items={(field.value as Item[] | undefined) ?? []}
              onChange={field.onChange}
              noun="nội dung"
              addLabel="Thêm nội dung chương trình"
              disabled={disabled}
              max={30}
              newItem={() => ({ title: '', summary: '' })}
              renderItem={(item, i, update) => {
                const titleError = Array.isArray(errors) ? errors[i]?.title?.message : undefined;
                return (
                  <>
                    <Form.Item style={{ marginBottom: 4 }} validateStatus={titleError ? 'error' : undefined} help={titleError}>
                      <Input
                        aria-label={`Nội dung chương trình ${i + 1}`}
                        placeholder="Nội dung chương trình"
                        value={item.title}
                        onChange={(e) => update({ ...item, title: e.target.value })}
                      />
                    </Form.Item>
                    <Input.TextArea
                      aria-label={`Tóm tắt nội dung ${i + 1}`}
                      placeholder="Tóm tắt diễn biến (cho biên bản)"
                      autoSize={{ minRows: 1, maxRows: 6 }}
                      value={item.summary ?? ''}
                      onChange={(e) => update({ ...item, summary: e.target.value })}
                    />
                  </>
                );
              }}
            />
          </div>
        );
      }}
    />
  );
}

/**
 * Views of the discussion or directions of the leaders: each with its speaker (chosen among the guests,
 * the chair and the units' heads, or typed), as minutes say whose every view is.
 */
export function SpeechesField({
  control,
  name,
  label,
  noun,
  speakers,
  disabled,
}: {
  control: Control<MeetingForm, unknown, MeetingOutput>;
  name: 'views' | 'directions';
  label: string;
  noun: string;
  speakers: string[];
  disabled: boolean;
}) {
  type Item = { speaker?: string; content: string };
  const options = speakers.map((value) => ({ value }));
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const errors = fieldState.error as unknown as RowErrors<'speaker' | 'content'>;
        return (
          <div role="group" aria-label={label}>
            <OrderedList<Item>
              items={(field.value as Item[] | undefined) ?? []}
              onChange={field.onChange}
              noun={noun}
              addLabel={`Thêm ${noun}`}
              disabled={disabled}
              newItem={() => ({ speaker: '', content: '' })}
              renderItem={(item, i, update) => {
                const contentError = Array.isArray(errors) ? errors[i]?.content?.message : undefined;
                return (
                  <>
                    <Form.Item style={{ marginBottom: 4 }}>
                      <AutoComplete
                        aria-label={`Người phát biểu ${noun} ${i + 1}`}
                        placeholder="Đồng chí … - chức vụ, cơ quan"
                        options={options}
                        filterOption={(input, option) => matchesSearch(input, option?.value ?? '')}
                        value={item.speaker ?? ''}
                        onChange={(speaker: string) => update({ ...item, speaker })}
                      />
                    </Form.Item>
                    <Form.Item style={{ marginBottom: 0 }} validateStatus={contentError ? 'error' : undefined} help={contentError}>
                      <Input.TextArea
                        aria-label={`Nội dung ${noun} ${i + 1}`}
                        placeholder="Nội dung phát biểu"
                        autoSize={{ minRows: 1, maxRows: 8 }}
                        value={item.content}
                        onChange={(e) => update({ ...item, content: e.target.value })}
                      />
                    </Form.Item>
                  </>
                );
              }}
            />
          </div>
        );
      }}
    />
  );
}
