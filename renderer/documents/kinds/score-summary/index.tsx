// Bảng tổng hợp kết quả chấm điểm: the table comes from the year's scores; the form asks only who prepared
// it and which minutes it is attached to.
import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import { errorAt, Item } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface ScoreSummaryDraft {
  preparerName: string;
  minutesNumber: string;
  /** yyyy-mm-dd, or empty. */
  minutesDate: string;
}

function ScoreSummaryForm({ draft, onChange, errors }: FormProps<ScoreSummaryDraft>) {
  const set = (patch: Partial<ScoreSummaryDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <Item label="Người lập biểu" error={errorAt(errors, 'input.preparerName')} extra="Để trống thì in chỗ trống để ghi tay.">
        {(id) => <Input id={id} value={draft.preparerName} onChange={(e) => set({ preparerName: e.target.value })} placeholder="Họ và tên" />}
      </Item>
      <Item
        label="Kèm theo Biên bản số"
        error={errorAt(errors, 'input.minutesNumber')}
        extra="Biên bản hội nghị tổng kết: nhập số (ví dụ 12, in thành 12/BB-…) hoặc cả số, ký hiệu. Để trống nếu chưa có."
      >
        {(id) => <Input id={id} value={draft.minutesNumber} onChange={(e) => set({ minutesNumber: e.target.value })} style={{ maxWidth: 240 }} />}
      </Item>
      <Item label="Ngày biên bản" error={errorAt(errors, 'input.minutesDate')}>
        {(id) => (
          <DatePicker
            id={id}
            format="DD/MM/YYYY"
            placeholder="ngày/tháng/năm"
            value={draft.minutesDate ? dayjs(draft.minutesDate) : null}
            onChange={(d) => set({ minutesDate: d ? d.format('YYYY-MM-DD') : '' })}
            style={{ width: 200 }}
          />
        )}
      </Item>
    </>
  );
}

export const scoreSummaryForm: KindForm<'scoreSummary', ScoreSummaryDraft> = {
  empty: () => ({ preparerName: '', minutesNumber: '', minutesDate: '' }),
  Form: ScoreSummaryForm,
  toRequest: (d) => ({ preparerName: d.preparerName, minutesNumber: d.minutesNumber, minutesDate: d.minutesDate || null }),
  fromRequest: (input) => ({ preparerName: input.preparerName, minutesNumber: input.minutesNumber, minutesDate: input.minutesDate ?? '' }),
  meetingId: () => null,
};
