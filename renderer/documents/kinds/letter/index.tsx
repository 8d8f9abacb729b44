// Công văn or thông báo: subject, addressees, paragraphs, recipients.
import { Input, Radio } from 'antd';
import { MeetingField, RecipientsField, errorAt, Item, linesOf, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface LetterDraft {
  kind: 'officialLetter' | 'notice';
  /** A notice with a meeting and no paragraphs reports the meeting's results. */
  meetingId: number | null;
  subject: string;
  /** "Kính gửi:", one a line. */
  addressee: string;
  /** One paragraph a line. */
  paragraphs: string;
  recipients: string;
}

/** A notice of a meeting's results is written by the services from the meeting. */
const fromMeeting = (d: LetterDraft) => d.kind === 'notice' && d.meetingId !== null && linesOf(d.paragraphs).length === 0;

function LetterForm({ draft, onChange, meetings, errors }: FormProps<LetterDraft>) {
  const set = (patch: Partial<LetterDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <Item label="Loại">
        {() => (
          <Radio.Group
            aria-label="Công văn hay thông báo"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as LetterDraft['kind'] })}
            options={[
              { value: 'officialLetter', label: 'Công văn' },
              { value: 'notice', label: 'Thông báo' },
            ]}
          />
        )}
      </Item>
      {draft.kind === 'notice' && (
        <MeetingField
          label="Hội nghị (để thông báo kết quả hội nghị)"
          optional
          value={draft.meetingId}
          onChange={(meetingId) => set({ meetingId })}
          meetings={meetings}
          error={errorAt(errors, 'input.meetingId')}
        />
      )}
      <Item
        label="Trích yếu"
        error={errorAt(errors, 'input.subject')}
        extra={draft.kind === 'notice' ? 'Có hội nghị và để trống: “Kết quả <tên hội nghị>”.' : 'In sau “V/v” dưới số văn bản.'}
      >
        {(id) => <Input id={id} value={draft.subject} onChange={(e) => set({ subject: e.target.value })} />}
      </Item>
      <Item label="Kính gửi" error={errorAt(errors, 'input.addressee')} extra="Mỗi dòng một nơi.">
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 6 }} value={draft.addressee} onChange={(e) => set({ addressee: e.target.value })} />}
      </Item>
      <Item
        label="Nội dung"
        error={errorAt(errors, 'input.paragraphs')}
        extra={draft.kind === 'notice' ? 'Mỗi dòng một đoạn văn. Có hội nghị và để trống: lập từ kết quả, kết luận và ý kiến chỉ đạo của hội nghị.' : 'Mỗi dòng một đoạn văn.'}
      >
        {(id) => (
          <Input.TextArea id={id} autoSize={{ minRows: 4, maxRows: 16 }} value={draft.paragraphs} onChange={(e) => set({ paragraphs: e.target.value })} />
        )}
      </Item>
      <RecipientsField value={draft.recipients} onChange={(recipients) => set({ recipients })} errors={errors} />
    </>
  );
}

export const letterForm: KindForm<'letter', LetterDraft> = {
  empty: (meetingId) => ({ kind: 'officialLetter', meetingId, subject: '', addressee: '', paragraphs: '', recipients: '' }),
  Form: LetterForm,
  toRequest: (d) =>
    !fromMeeting(d) && (!d.subject.trim() || linesOf(d.paragraphs).length === 0)
      ? { missing: 'Nhập trích yếu và nội dung để xem trước văn bản.' }
      : {
          kind: d.kind,
          meetingId: d.kind === 'notice' ? d.meetingId : null,
          subject: d.subject,
          addressee: linesOf(d.addressee),
          paragraphs: linesOf(d.paragraphs),
          recipients: optionalLines(d.recipients),
        },
  fromRequest: (input) => ({
    kind: input.kind,
    meetingId: input.meetingId,
    subject: input.subject,
    addressee: textOf(input.addressee),
    paragraphs: textOf(input.paragraphs),
    recipients: textOf(input.recipients),
  }),
  meetingId: (d) => (d.kind === 'notice' ? d.meetingId : null),
};
