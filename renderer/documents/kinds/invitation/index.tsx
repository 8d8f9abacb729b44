// Giấy mời: the meeting, how the member units are invited, the subject and the recipients.
import { Input, Radio } from 'antd';
import { MeetingField, RecipientsField, errorAt, Item, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface InvitationDraft {
  meetingId: number | null;
  subject: string;
  /** One line for all member units' heads, or a line per unit. */
  inviteUnits: 'collective' | 'each';
  /** Whom to call; empty: the head unit's emulation officer and phone. */
  contact: string;
  recipients: string;
}

function InvitationForm({ draft, onChange, meetings, errors }: FormProps<InvitationDraft>) {
  const set = (patch: Partial<InvitationDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <MeetingField value={draft.meetingId} onChange={(meetingId) => set({ meetingId })} meetings={meetings} error={errorAt(errors, 'input.meetingId')} />
      <Item label="Mời các đơn vị thành viên">
        {() => (
          <Radio.Group
            value={draft.inviteUnits}
            onChange={(e) => set({ inviteUnits: e.target.value as InvitationDraft['inviteUnits'] })}
            options={[
              { value: 'collective', label: 'Một dòng chung cho thủ trưởng các đơn vị' },
              { value: 'each', label: 'Mỗi đơn vị một dòng' },
            ]}
          />
        )}
      </Item>
      <Item label="Trích yếu" error={errorAt(errors, 'input.subject')} extra="Để trống: “Dự <tên hội nghị>”.">
        {(id) => <Input id={id} value={draft.subject} onChange={(e) => set({ subject: e.target.value })} />}
      </Item>
      <Item
        label="Người liên hệ"
        error={errorAt(errors, 'input.contact')}
        extra="Để trống: cán bộ thi đua và số điện thoại của đơn vị Trưởng khối (mục Đơn vị)."
      >
        {(id) => (
          <Input id={id} value={draft.contact} onChange={(e) => set({ contact: e.target.value })} placeholder="đồng chí Hà Thị Q, Văn phòng Sở Y tế, điện thoại: 0209 3870 123" />
        )}
      </Item>
      <RecipientsField value={draft.recipients} onChange={(recipients) => set({ recipients })} errors={errors} />
    </>
  );
}

export const invitationForm: KindForm<'invitation', InvitationDraft> = {
  empty: (meetingId) => ({ meetingId, subject: '', inviteUnits: 'collective', contact: '', recipients: '' }),
  Form: InvitationForm,
  toRequest: (d) =>
    d.meetingId === null
      ? { missing: 'Chọn hội nghị để xem trước văn bản.' }
      : { meetingId: d.meetingId, subject: d.subject, inviteUnits: d.inviteUnits, contact: d.contact, recipients: optionalLines(d.recipients) },
  fromRequest: (input) => ({
    meetingId: input.meetingId,
    subject: input.subject,
    inviteUnits: input.inviteUnits,
    contact: input.contact,
    recipients: textOf(input.recipients),
  }),
  meetingId: (d) => d.meetingId,
};
