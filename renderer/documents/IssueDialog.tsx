// "Ban hành": the date (the kind's default: the meeting's date, the signing conference's…, inside the range
// the services allow), and a warning that a number is taken for good.
import { useState } from 'react';
import { Alert, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { Input, Output, RegisterEntry } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useSelection } from '../app/selection';
import { documentName } from './naming';

dayjs.extend(customParseFormat);

const FORMAT = 'DD/MM/YYYY';
const FIELD_ID = 'issue-date';

/**
 * The date as the field shows it: a date typed without Enter is not yet the picker's value, and issuing must
 * not quietly use the default instead. Null when empty, 'invalid' when it is not a day/month/year.
 */
function shownDate(): Dayjs | null | 'invalid' {
  const text = (document.getElementById(FIELD_ID) as HTMLInputElement | null)?.value.trim() ?? '';
  if (text === '') return null;
  const parsed = dayjs(text, FORMAT, true);
  return parsed.isValid() ? parsed : 'invalid';
}

interface Props {
  open: boolean;
  request: Input<'documents.prepare'>;
  replaces: RegisterEntry | null;
  /** False: issued without a number (a pledge may be); it is recorded in the register as "Không số". */
  numbered?: boolean;
  /** The default date and the range the services accept. */
  dates: Output<'documents.prepare'>['issueDate'];
  onClose: () => void;
  onIssued: (entry: RegisterEntry) => void;
}

export function IssueDialog({ open, request, replaces, numbered = true, dates, onClose, onIssued }: Props) {
  const { year } = useSelection();
  const issue = useWrite('documents.issue');
  const [date, setDate] = useState<Dayjs | null>(() => (dates.default ? dayjs(dates.default) : null));
  const [error, setError] = useState<string | null>(null);
  const outside = (d: Dayjs) => d.isBefore(dayjs(dates.earliest), 'day') || d.isAfter(dayjs(dates.latest), 'day');

  // The calendar opens on a click only: opened by typing, it would appear under the pointer (which has just
  // clicked "Ban hành") and the day hovered would replace the text being typed.
  const [calendar, setCalendar] = useState(false);

  const submit = async () => {
    const shown = shownDate();
    if (shown === 'invalid') return setError('Ngày ban hành phải có dạng ngày/tháng/năm, ví dụ 09/03/2018.');
    const chosen = shown ?? date;
    if (!chosen) return setError('Chưa chọn ngày ban hành.');
    setError(null);
    try {
      const entry = await issue.mutateAsync({ ...request, date: chosen.format('YYYY-MM-DD'), replacesDocumentId: replaces?.id ?? null });
      onIssued(entry);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Đã xảy ra lỗi ngoài dự kiến.');
    }
  };

  return (
    <Modal
      open={open}
      title="Ban hành văn bản"
      okText="Ban hành"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      // The dialog focuses itself once open (at once without animations): the date takes the focus back.
      afterOpenChange={(opened) => opened && document.getElementById(FIELD_ID)?.focus()}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      {numbered ? (
        <Typography.Paragraph>
          Văn bản sẽ được lấy <strong>số tiếp theo</strong> trong sổ văn bản năm {year.year} và ghi vào sổ cùng dữ liệu đã dùng để lập.
          Số đã lấy <strong>không bao giờ được dùng lại</strong>, kể cả khi văn bản bị thu hồi.
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph>
          Văn bản được ban hành <strong>không số</strong> (không có dòng “Số:”) và ghi vào sổ văn bản năm {year.year} là “Không số”,
          cùng dữ liệu đã dùng để lập. Số thứ tự của các văn bản khác không thay đổi.
        </Typography.Paragraph>
      )}
      {replaces && (
        <Typography.Paragraph>
          Văn bản này thay thế <strong>{documentName(replaces)}</strong>.
        </Typography.Paragraph>
      )}
      <Form layout="vertical" component="div">
        <Form.Item label="Ngày ban hành" htmlFor={FIELD_ID} required extra={dates.rule}>
          <DatePicker
            id={FIELD_ID}
            // The one thing to decide here: focus starts on it, not on the dialog's close button, its text
            // selected so that a date typed replaces the default instead of running into it.
            autoFocus
            onFocus={(event) => (event.target as HTMLInputElement).select()}
            open={calendar}
            onOpenChange={(next) => !next && setCalendar(false)}
            onMouseDown={() => setCalendar(true)}
            value={date}
            onChange={setDate}
            format={FORMAT}
            allowClear={false}
            disabledDate={outside}
            defaultPickerValue={dayjs(dates.default ?? dates.earliest)}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
