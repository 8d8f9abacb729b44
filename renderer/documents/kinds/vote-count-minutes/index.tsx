// Biên bản kiểm phiếu: the conference (the vote's own by default) and when it approved the minutes; the
// committee and the counts come from the year end.
import { Input } from 'antd';
import { MeetingField, RecipientsField, errorAt, Item, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface VoteCountDraft {
  /** null: the conference the vote's rules name. */
  meetingId: number | null;
  /** "16:30". */
  approvedAt: string;
  recipients: string;
}

function VoteCountForm({ draft, onChange, meetings, errors }: FormProps<VoteCountDraft>) {
  const set = (patch: Partial<VoteCountDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <MeetingField
        label="Hội nghị tổng kết (để trống: hội nghị đã chọn cho cuộc bỏ phiếu)"
        optional
        value={draft.meetingId}
        onChange={(meetingId) => set({ meetingId })}
        meetings={meetings.filter((m) => m.kind === 'yearEndReview')}
        error={errorAt(errors, 'input.meetingId')}
      />
      <Item label="Giờ thông qua biên bản" error={errorAt(errors, 'input.approvedAt')} extra="Giờ:phút, ví dụ 16:30.">
        {(id) => <Input id={id} value={draft.approvedAt} onChange={(e) => set({ approvedAt: e.target.value.trim() })} placeholder="16:30" style={{ maxWidth: 120 }} />}
      </Item>
      <RecipientsField value={draft.recipients} onChange={(recipients) => set({ recipients })} errors={errors} />
    </>
  );
}

export const voteCountMinutesForm: KindForm<'voteCountMinutes', VoteCountDraft> = {
  empty: (meetingId) => ({ meetingId, approvedAt: '', recipients: '' }),
  Form: VoteCountForm,
  toRequest: (d) => ({ meetingId: d.meetingId, approvedAt: d.approvedAt, recipients: optionalLines(d.recipients) }),
  fromRequest: (input) => ({ meetingId: input.meetingId, approvedAt: input.approvedAt, recipients: textOf(input.recipients) }),
  meetingId: (d) => d.meetingId,
};
