// Báo cáo: section by section, or, with a meeting and no sections, the report on the meeting's results.
import { Button, Form, Input, Space } from 'antd';
import type { IssuedRequest } from '../../../../main/contract/index.js';
import { MeetingField, RecipientsField, errorAt, Item, linesOf, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface SectionDraft {
  heading: string;
  /** One paragraph a line; a line starting with "- " is a bullet. */
  content: string;
}

interface ReportDraft {
  meetingId: number | null;
  subject: string;
  /** "Kính gửi:", one a line. */
  addressee: string;
  intro: string;
  sections: SectionDraft[];
  closing: string;
  recipients: string;
}

type ReportContent = NonNullable<Extract<IssuedRequest, { type: 'report' }>['input']['sections']>[number]['content'][number];

const contentOf = (line: string): string | { bullet: string } =>
  /^[-+]\s+/.test(line) ? { bullet: line.replace(/^[-+]\s+/, '') } : line;

/** A content item as a line of its section's text area: the inverse of `contentOf`. */
const lineOf = (item: ReportContent): string[] => {
  if (typeof item === 'string') return [item];
  if ('bullet' in item) return [`- ${item.bullet}`];
  if ('subheading' in item) return [item.subheading];
  return []; // A table has no form on this screen.
};

function ReportForm({ draft, onChange, meetings, errors }: FormProps<ReportDraft>) {
  const set = (patch: Partial<ReportDraft>) => onChange({ ...draft, ...patch });
  const text = (key: 'subject' | 'addressee' | 'intro' | 'closing') => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set({ [key]: e.target.value }),
  });
  return (
    <>
      <MeetingField
        label="Hội nghị (để lập báo cáo kết quả hội nghị)"
        optional
        value={draft.meetingId}
        onChange={(meetingId) => set({ meetingId })}
        meetings={meetings}
        error={errorAt(errors, 'input.meetingId')}
      />
      <Item label="Trích yếu" error={errorAt(errors, 'input.subject')}>
        {(id) => <Input id={id} {...text('subject')} />}
      </Item>
      <Item label="Kính gửi" error={errorAt(errors, 'input.addressee')} extra="Mỗi dòng một nơi.">
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 6 }} {...text('addressee')} />}
      </Item>
      <Item label="Mở đầu" error={errorAt(errors, 'input.intro')} extra="Mỗi dòng một đoạn văn.">
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 8 }} {...text('intro')} />}
      </Item>
      <Sections sections={draft.sections} onChange={(sections) => set({ sections })} errors={errors} />
      <Item label="Kết thúc" error={errorAt(errors, 'input.closing')}>
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 4 }} {...text('closing')} />}
      </Item>
      <RecipientsField value={draft.recipients} onChange={(recipients) => set({ recipients })} errors={errors} />
    </>
  );
}

function Sections({ sections, onChange, errors }: { sections: SectionDraft[]; onChange: (s: SectionDraft[]) => void; errors: Record<string, string> }) {
  const update = (i: number, patch: Partial<SectionDraft>) => onChange(sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
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

export const reportForm: KindForm<'report', ReportDraft> = {
  empty: (meetingId) => ({ meetingId, subject: '', addressee: '', intro: '', sections: [], closing: '', recipients: '' }),
  Form: ReportForm,
  toRequest: (d) => {
    const sections = d.sections
      .filter((s) => s.heading.trim() || s.content.trim())
      .map((s) => ({ heading: s.heading, content: linesOf(s.content).map(contentOf) }));
    if (d.meetingId === null && sections.length === 0) {
      return { missing: 'Chọn hội nghị để lập báo cáo kết quả hội nghị, hoặc thêm mục nội dung của báo cáo.' };
    }
    return {
      meetingId: d.meetingId,
      subject: d.subject,
      addressee: optionalLines(d.addressee),
      intro: optionalLines(d.intro),
      sections: sections.length > 0 ? sections : undefined,
      closing: d.closing.trim() || undefined,
      recipients: optionalLines(d.recipients),
    };
  },
  fromRequest: (input) => ({
    meetingId: input.meetingId,
    subject: input.subject,
    addressee: textOf(input.addressee),
    intro: textOf(input.intro),
    sections: (input.sections ?? []).map((s) => ({ heading: s.heading, content: textOf(s.content.flatMap(lineOf)) })),
    closing: input.closing ?? '',
    recipients: textOf(input.recipients),
  }),
  meetingId: (d) => d.meetingId,
};
