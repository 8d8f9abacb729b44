// The form of a kind drawn from a meeting alone (agenda, minutes): the meeting and the recipients.
import { MeetingField, RecipientsField, errorAt, optionalLines, textOf } from './fields';
import type { FormProps, KindForm } from './kind';

export interface MeetingDraft {
  meetingId: number | null;
  recipients: string;
}

function MeetingDraftForm({ draft, onChange, meetings, errors }: FormProps<MeetingDraft>) {
  return (
    <>
      <MeetingField
        value={draft.meetingId}
        onChange={(meetingId) => onChange({ ...draft, meetingId })}
        meetings={meetings}
        error={errorAt(errors, 'input.meetingId')}
      />
      <RecipientsField value={draft.recipients} onChange={(recipients) => onChange({ ...draft, recipients })} errors={errors} />
    </>
  );
}

/** The form of a kind whose request is a meeting and, optionally, its recipients. */
export const meetingDraftForm = (): KindForm<'agenda', MeetingDraft> & KindForm<'minutes', MeetingDraft> => ({
  empty: (meetingId) => ({ meetingId, recipients: '' }),
  Form: MeetingDraftForm,
  toRequest: (d) =>
    d.meetingId === null
      ? { missing: 'Chọn hội nghị để xem trước văn bản.' }
      : { meetingId: d.meetingId, recipients: optionalLines(d.recipients) },
  fromRequest: (input) => ({ meetingId: input.meetingId, recipients: textOf(input.recipients) }),
  meetingId: (d) => d.meetingId,
});
