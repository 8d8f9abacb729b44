// Báo cáo tổng kết năm: part by part. An empty part prints the draft made from the year's data; "Lấy nội
// dung dự thảo" puts that draft in the field for the officer to rewrite. The results table is never typed:
// it comes from the year's scores.
import { Button, Input } from 'antd';
import { PART_KEYS, sectionHeading, type PartKey } from '../../../../main/documents/kinds/annual-report/wording.js';
import { toRoman } from '../../../../main/documents/format.js';
import { useRead } from '../../../api/hooks';
import { useSelection } from '../../../app/selection';
import { RecipientsField, errorAt, Item, optionalLines, textOf } from '../fields';
import type { FormProps, KindForm } from '../kind';

interface AnnualReportDraft {
  parts: Record<PartKey, string>;
  recipients: string;
}

const emptyParts = (): Record<PartKey, string> => Object.fromEntries(PART_KEYS.map((k) => [k, ''])) as Record<PartKey, string>;

/** "Mở đầu", "I. Đặc điểm tình hình" … as the report numbers them. */
const partLabel = (key: PartKey, year: number) => (key === 'intro' ? 'Mở đầu' : `${toRoman(PART_KEYS.indexOf(key))}. ${sectionHeading(key, year)}`);

const HINTS: Partial<Record<PartKey, string>> = {
  achievements: 'Ghi thêm các phong trào thi đua, hoạt động của Khối trong năm.',
  assessment: 'Bắt buộc: ghi ưu điểm, hạn chế và nguyên nhân dưới các tiêu đề dự thảo.',
  scoring: 'Bảng kết quả chấm điểm được lập tự động từ điểm của năm và in trước nội dung này.',
  proposals: 'Bắt buộc: ghi kiến nghị, đề xuất của Khối.',
};

function AnnualReportForm({ draft, onChange, errors }: FormProps<AnnualReportDraft>) {
  const { year } = useSelection();
  // The drafts: what the report says with every part left empty.
  const drafted = useRead('documents.prepare', { yearId: year.id, type: 'annualReport', input: {} });
  const drafts = (drafted.data?.data as { parts?: Record<PartKey, string> } | undefined)?.parts;
  const setPart = (key: PartKey, text: string) => onChange({ ...draft, parts: { ...draft.parts, [key]: text } });
  return (
    <>
      {PART_KEYS.map((key) => (
        <Item
          key={key}
          label={partLabel(key, year.year)}
          error={errorAt(errors, `input.parts.${key}`)}
          extra={
            <>
              {HINTS[key] ? `${HINTS[key]} ` : ''}Để trống thì in nội dung dự thảo từ dữ liệu của năm. Mỗi dòng một đoạn; dòng bắt đầu bằng “- ” là gạch
              đầu dòng, dòng “1. …” là tiêu đề nhỏ.{' '}
              <Button size="small" type="link" disabled={!drafts?.[key]} onClick={() => setPart(key, drafts?.[key] ?? '')}>
                Lấy nội dung dự thảo
              </Button>
            </>
          }
        >
          {(id) => (
            <Input.TextArea
              id={id}
              autoSize={{ minRows: 2, maxRows: 14 }}
              value={draft.parts[key]}
              onChange={(e) => setPart(key, e.target.value)}
              placeholder={drafts?.[key] ? 'Đang dùng nội dung dự thảo (xem bản xem trước)' : undefined}
            />
          )}
        </Item>
      ))}
      <RecipientsField value={draft.recipients} onChange={(recipients) => onChange({ ...draft, recipients })} errors={errors} />
    </>
  );
}

export const annualReportForm: KindForm<'annualReport', AnnualReportDraft> = {
  empty: () => ({ parts: emptyParts(), recipients: '' }),
  Form: AnnualReportForm,
  toRequest: (d) => ({ parts: d.parts, recipients: optionalLines(d.recipients) }),
  fromRequest: (input) => ({ parts: { ...emptyParts(), ...input.parts }, recipients: textOf(input.recipients) }),
  meetingId: () => null,
};
