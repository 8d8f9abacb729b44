// The input of the chosen document type; errors from the server show under their fields.
import { useId, type ReactNode } from 'react';
import { Button, Form, Input, Radio, Select, Space } from 'antd';
import { formatShortDate } from '../../main/documents/format.js';
import type { Meeting } from '../../main/contract/index.js';
import { PledgeDraftNote } from '../pledges/PledgeDraftNote';
import { meetingTypes, type Draft, type ReportSectionDraft } from './draft';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  meetings: Meeting[];
  /** Field errors of the last preview, keyed as the contract names them ("input.subject"). */
  errors: Record<string, string>;
}

/** The first error whose key is the name or lies under it. */
const errorAt = (errors: Record<string, string>, name: string): string | undefined =>
  Object.entries(errors).find(([key]) => key === name || key.startsWith(`${name}.`))?.[1];

function Item({ label, error, extra, children }: { label: string; error?: string; extra?: ReactNode; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id} extra={extra} validateStatus={error ? 'error' : undefined} help={error}>
      {children(id)}
    </Form.Item>
  );
}

export function DraftForm({ draft, onChange, meetings, errors }: Props) {
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const text = (key: 'subject' | 'recipients' | 'addressee' | 'paragraphs' | 'intro' | 'closing') => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.target.value),
  });
  const needsMeeting = meetingTypes.includes(draft.type);
  const meetingOptions = meetings.map((m) => ({ value: m.id, label: m.date ? `${m.name} (${formatShortDate(m.date)})` : m.name }));

  if (draft.type === 'pledge') {
    return <PledgeDraftNote />;
  }
  return (
    <Form layout="vertical" component="div">
      {draft.type !== 'letter' && (
        <Item label={needsMeeting ? 'Hội nghị' : 'Hội nghị (để lập báo cáo kết quả hội nghị)'} error={errorAt(errors, 'input.meetingId')}>
          {(id) => (
            <Select
              id={id}
              value={draft.meetingId ?? undefined}
              onChange={(v: number | undefined) => set('meetingId', v ?? null)}
              options={meetingOptions}
              allowClear={!needsMeeting}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={meetings.length ? 'Chọn hội nghị' : 'Năm này chưa có hội nghị'}
            />
          )}
        </Item>
      )}
      {draft.type === 'invitation' && (
        <Item label="Mời các đơn vị thành viên">
          {() => (
            <Radio.Group
              value={draft.inviteUnits}
              onChange={(e) => set('inviteUnits', e.target.value as Draft['inviteUnits'])}
              options={[
                { value: 'collective', label: 'Một dòng chung cho thủ trưởng các đơn vị' },
                { value: 'each', label: 'Mỗi đơn vị một dòng' },
              ]}
            />
          )}
        </Item>
      )}
      {draft.type === 'letter' && (
        <Item label="Loại">
          {() => (
            <Radio.Group
              value={draft.letterKind}
              onChange={(e) => set('letterKind', e.target.value as Draft['letterKind'])}
              options={[
                { value: 'officialLetter', label: 'Công văn' },
                { value: 'notice', label: 'Thông báo' },
              ]}
            />
          )}
        </Item>
      )}
      {(draft.type === 'invitation' || draft.type === 'report' || draft.type === 'letter') && (
        <Item
          label="Trích yếu"
          error={errorAt(errors, 'input.subject')}
          extra={draft.type === 'invitation' ? 'Để trống: “Dự <tên hội nghị>”.' : draft.type === 'letter' ? 'In sau “V/v” dưới số văn bản.' : undefined}
        >
          {(id) => <Input id={id} {...text('subject')} />}
        </Item>
      )}
      {(draft.type === 'report' || draft.type === 'letter') && (
        <Item label="Kính gửi" error={errorAt(errors, 'input.addressee')} extra="Mỗi dòng một nơi.">
          {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 6 }} {...text('addressee')} />}
        </Item>
      )}
      {draft.type === 'letter' && (
        <Item label="Nội dung" error={errorAt(errors, 'input.paragraphs')} extra="Mỗi dòng một đoạn văn.">
          {(id) => <Input.TextArea id={id} autoSize={{ minRows: 4, maxRows: 16 }} {...text('paragraphs')} />}
        </Item>
      )}
      {draft.type === 'report' && (
        <>
          <Item label="Mở đầu" error={errorAt(errors, 'input.intro')} extra="Mỗi dòng một đoạn văn.">
            {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 8 }} {...text('intro')} />}
          </Item>
          <Sections sections={draft.sections} onChange={(s) => set('sections', s)} errors={errors} />
          <Item label="Kết thúc" error={errorAt(errors, 'input.closing')}>
            {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 4 }} {...text('closing')} />}
          </Item>
        </>
      )}
      <Item label="Nơi nhận" error={errorAt(errors, 'input.recipients')} extra="Mỗi dòng một nơi; để trống thì dùng nơi nhận mặc định của năm. “Lưu: VT, …” được thêm tự động.">
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 8 }} {...text('recipients')} />}
      </Item>
    </Form>
  );
}

function Sections({ sections, onChange, errors }: { sections: ReportSectionDraft[]; onChange: (s: ReportSectionDraft[]) => void; errors: Record<string, string> }) {
  const update = (i: number, patch: Partial<ReportSectionDraft>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
      <legend style={{ fontSize: 14, marginBottom: 8 }}>Các mục của báo cáo (có hội nghị và không có mục nào thì báo cáo được lập từ hội nghị)</legend>
      {sections.map((s, i) => (
        <div key={i} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 12px 0', marginBottom: 8 }}>
          <Item label={`Tiêu đề mục ${i + 1}`} error={errorAt(errors, `input.sections.${i}.heading`)}>
            {(id) => <Input id={id} value={s.heading} onChange={(e) => update(i, { heading: e.target.value })} placeholder="I. KẾT QUẢ ĐẠT ĐƯỢC" />}
          </Item>
          <Item label={`Nội dung mục ${i + 1}`} extra="Mỗi dòng một đoạn; dòng bắt đầu bằng “- ” là gạch đầu dòng.">
            {(id) => <Input.TextArea id={id} autoSize={{ minRows: 2, maxRows: 12 }} value={s.content} onChange={(e) => update(i, { content: e.target.value })} />}
          </Item>
          <Form.Item>
            <Button danger size="small" onClick={() => onChange(sections.filter((_, j) => j !== i))}>
              Xóa mục {i + 1}
            </Button>
          </Form.Item>
        </div>
      ))}
      <Space>
        <Button onClick={() => onChange([...sections, { heading: '', content: '' }])}>Thêm mục</Button>
      </Space>
    </fieldset>
  );
}
