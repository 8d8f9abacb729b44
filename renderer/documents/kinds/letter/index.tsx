// Công văn or thông báo: subject, addressees, paragraphs, recipients.
import { Input, Radio } from 'antd';
import { RecipientsField, errorAt, Item, linesOf, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface LetterDraft {
  kind: 'officialLetter' | 'notice';
  subject: string;
  /** "Kính gửi:", one a line. */
  addressee: string;
  /** One paragraph a line. */
  paragraphs: string;
  recipients: string;
}

function LetterForm({ draft, onChange, errors }: FormProps<LetterDraft>) {
  const set = (patch: Partial<LetterDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <Item label="Loại">
        {() => (
          <Radio.Group
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as LetterDraft['kind'] })}
            options={[
              { value: 'officialLetter', label: 'Công văn' },
              { value: 'notice', label: 'Thông báo' },
            ]}
          />
        )}
      </Item>
      <Item label="Trích yếu" error={errorAt(errors, 'input.subject')} extra="In sau “V/v” dưới số văn bản.">
        {(id) => <Input id={id} value={draft.subject} onChange={(e) => set({ subject: e.target.value })} />}
      </Item>
      <Item label="Kính gửi" error={errorAt(errors, 'input.addressee')} extra="Mỗi dòng một nơi.">
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 6 }} value={draft.addressee} onChange={(e) => set({ addressee: e.target.value })} />}
      </Item>
      <Item label="Nội dung" error={errorAt(errors, 'input.paragraphs')} extra="Mỗi dòng một đoạn văn.">
        {(id) => (
          <Input.TextArea id={id} autoSize={{ minRows: 4, maxRows: 16 }} value={draft.paragraphs} onChange={(e) => set({ paragraphs: e.target.value })} />
        )}
      </Item>
      <RecipientsField value={draft.recipients} onChange={(recipients) => set({ recipients })} errors={errors} />
    </>
  );
}

export const letterForm: KindForm<'letter', LetterDraft> = {
  empty: () => ({ kind: 'officialLetter', subject: '', addressee: '', paragraphs: '', recipients: '' }),
  Form: LetterForm,
  toRequest: (d) =>
    !d.subject.trim() || linesOf(d.paragraphs).length === 0
      ? { missing: 'Nhập trích yếu và nội dung để xem trước văn bản.' }
      : {
          kind: d.kind,
          subject: d.subject,
          addressee: linesOf(d.addressee),
          paragraphs: linesOf(d.paragraphs),
          recipients: optionalLines(d.recipients),
        },
  fromRequest: (input) => ({
    kind: input.kind,
    subject: input.subject,
    addressee: textOf(input.addressee),
    paragraphs: textOf(input.paragraphs),
    recipients: textOf(input.recipients),
  }),
  meetingId: () => null,
};
