// Tờ trình đề nghị khen thưởng: the units come from the counted vote; the form asks whom it is addressed
// to and, when they differ from the year's, the legal bases and recipients.
import { Input } from 'antd';
import { useSelection } from '../../../app/selection';
import { defaultAddressee } from '../../../../main/documents/kinds/proposal/index.js';
import { RecipientsField, errorAt, Item, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface ProposalDraft {
  /** "Kính gửi:", one a line; empty takes the council through the year's provincial board. */
  addressee: string;
  /** One a line; empty takes the year's. */
  legalBases: string;
  recipients: string;
}

function ProposalForm({ draft, onChange, errors }: FormProps<ProposalDraft>) {
  const { year } = useSelection();
  const set = (patch: Partial<ProposalDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <Item label="Kính gửi" error={errorAt(errors, 'input.addressee')} extra="Mỗi dòng một nơi; để trống thì gửi Hội đồng Thi đua - Khen thưởng tỉnh qua cơ quan thường trực của năm.">
        {(id) => (
          <Input.TextArea
            id={id}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={draft.addressee}
            placeholder={defaultAddressee(year.provincialBoard)}
            onChange={(e) => set({ addressee: e.target.value })}
          />
        )}
      </Item>
      <Item label="Căn cứ" error={errorAt(errors, 'input.legalBases')} extra="Mỗi dòng một căn cứ; để trống thì dùng các căn cứ của năm (như giao ước thi đua).">
        {(id) => <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 8 }} value={draft.legalBases} onChange={(e) => set({ legalBases: e.target.value })} />}
      </Item>
      <RecipientsField value={draft.recipients} onChange={(recipients) => set({ recipients })} errors={errors} />
    </>
  );
}

export const proposalForm: KindForm<'proposal', ProposalDraft> = {
  empty: () => ({ addressee: '', legalBases: '', recipients: '' }),
  Form: ProposalForm,
  toRequest: (d) => ({ addressee: optionalLines(d.addressee), legalBases: optionalLines(d.legalBases), recipients: optionalLines(d.recipients) }),
  fromRequest: (input) => ({ addressee: textOf(input.addressee), legalBases: textOf(input.legalBases), recipients: textOf(input.recipients) }),
  meetingId: () => null,
};
