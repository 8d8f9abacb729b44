// The pledge's form: start from last year or the template, the contents, the units that sign, the
// layout; saved as a whole. A closed year shows it read-only.
import { Alert, App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Pledge, YearUnit } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useWrite } from '../api/hooks';
import { leaveWithoutAsking, useLeaveGuard } from '../app/leave-guard';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { applyServerError, Field, FormShell, TextField } from '../common/form';
import { LinesField } from '../common/LinesField';
import { formValuesOf, isFormField, pledgeSchema, type PledgeForm as FormValues, type PledgeValues } from './form';
import { GroupsField } from './GroupsField';
import { ProblemsAlert } from './ProblemsAlert';
import { SignatoriesField } from './SignatoriesField';
import { StickyBar } from '../common/StickyBar';

/** Brings the first field with an error into view (the list may be long). */
const showFirstError = () =>
  requestAnimationFrame(() => document.querySelector('.ant-form-item-has-error')?.scrollIntoView({ block: 'center' }));

export function PledgeForm({ pledge, members }: { pledge: Pledge; members: YearUnit[] }) {
  const { year, locked } = useSelection();
  const { message, modal } = App.useApp();
  const save = useWrite('pledges.save', 'Đã lưu');
  const startFrom = useWrite('pledges.startFrom', 'Đã thay nội dung giao ước');
  const { control, handleSubmit, setError, formState, reset } = useForm<FormValues, unknown, PledgeValues>({
    resolver: zodResolver(pledgeSchema),
    defaultValues: formValuesOf(pledge),
  });
  const numbered = useWatch({ control, name: 'numbered' });
  const dirty = formState.isDirty;
  useLeaveGuard(dirty && !locked);

  /** Saves; resolves true when saved, false when a field needs fixing. */
  const saveNow = () =>
    new Promise<boolean>((resolve) => {
      void handleSubmit(
        async (values) => {
          try {
            reset(formValuesOf(await save.mutateAsync(values)));
            resolve(true);
          } catch (error) {
            const fields = error instanceof ApiError ? Object.keys(error.fieldErrors).filter(isFormField) : [];
            const text = applyServerError(error, setError, fields);
            if (text) void message.error(text);
            else showFirstError();
            resolve(false);
          }
        },
        () => {
          showFirstError();
          resolve(false);
        },
      )();
    });

  /** Leaves for another screen; unsaved changes are saved first, or the officer stays. */
  const leave = (go: () => void, saveFirst = dirty) => {
    if (locked || !saveFirst) return go();
    modal.confirm({
      title: 'Lưu giao ước trước khi chuyển?',
      content: 'Giao ước có thay đổi chưa lưu. Lưu rồi chuyển, hoặc ở lại để xem lại.',
      okText: 'Lưu và chuyển',
      cancelText: 'Ở lại',
      onOk: async () => {
        if (await saveNow()) leaveWithoutAsking(go);
      },
    });
  };
  const editUnit = (unitId: number) => leave(() => navigate('units', { edit: unitId, from: 'pledges' }));
  const preview = () => {
    if (locked || (!dirty && pledge.saved)) return navigate('documents', { type: 'pledge' });
    void saveNow().then((ok) => ok && leaveWithoutAsking(() => navigate('documents', { type: 'pledge' })));
  };

  const confirmStart = (source: 'lastYear' | 'template') =>
    modal.confirm({
      title: source === 'lastYear' ? `Bắt đầu từ giao ước của năm trước?` : 'Dùng mẫu giao ước của khối?',
      content: `Toàn bộ nội dung, thứ tự ký và cách trình bày hiện có của giao ước năm ${year.year} sẽ được thay bằng ${
        source === 'lastYear' ? 'bản của năm trước (năm trong tiêu đề và lời mở đầu được đổi thành ' + year.year + ')' : 'mẫu của khối'
      }. Không thể hoàn tác.`,
      okText: 'Thay nội dung',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () =>
        startFrom.mutateAsync({ yearId: year.id, source }).catch((error: unknown) => {
          void message.error(error instanceof Error ? error.message : 'Không thay được nội dung giao ước.');
        }),
    });

  const submit = () => void saveNow();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: giao ước chỉ để xem và in lại.`} />}
      {!pledge.saved && !locked && (
        <Alert
          type="warning"
          showIcon
          title="Bản nháp theo mẫu của khối, chưa được lưu"
          description="Đây là nội dung gợi ý từ mẫu giao ước của khối. Sửa cho phù hợp rồi bấm “Lưu giao ước”."
        />
      )}
      <Space wrap>
        <Button disabled={locked} onClick={() => confirmStart('lastYear')}>
          Bắt đầu từ năm trước
        </Button>
        <Button disabled={locked} onClick={() => confirmStart('template')}>
          Dùng mẫu của khối
        </Button>
        <Button type="primary" onClick={preview} loading={save.isPending}>
          {locked || (!dirty && pledge.saved) ? 'Xem trước, in và ban hành' : 'Lưu và xem trước'}
        </Button>
      </Space>
      <ProblemsAlert pledge={pledge} onEditUnit={locked ? undefined : editUnit} />
      <FormShell onSubmit={submit} disabled={locked} label={`Giao ước thi đua năm ${year.year}`}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card title="Nội dung giao ước" size="small">
            <TextField control={control} name="title" label="Tên văn bản" required />
            <TextField control={control} name="subject" label="Dòng dưới tên văn bản" placeholder={year.blocName} />
            <LinesField
              control={control}
              name="legalBases"
              label="Căn cứ"
              noun="căn cứ"
              addLabel="Thêm căn cứ"
              max={20}
              disabled={locked}
              extra="In nghiêng, mỗi căn cứ một dòng, theo thứ tự này."
              placeholder="Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
            />
            <Field control={control} name="preamble" label="Lời mở đầu">
              {({ value, ...field }) => <Input.TextArea {...field} value={(value as string | undefined) ?? ''} autoSize={{ minRows: 2, maxRows: 6 }} />}
            </Field>
            <GroupsField control={control} disabled={locked} />
            <LinesField
              control={control}
              name="implementation"
              label="Tổ chức thực hiện"
              noun="đoạn"
              addLabel="Thêm đoạn"
              max={10}
              disabled={locked}
              extra="Mỗi ô một đoạn văn, in sau các nội dung giao ước."
            />
          </Card>
          <Card title="Đơn vị ký giao ước" size="small">
            <SignatoriesField control={control} resolved={pledge.signatories} members={members} disabled={locked} onEditUnit={editUnit} />
          </Card>
          <Card title="Trình bày" size="small">
            <Field control={control} name="perRow" label="Số ô chữ ký mỗi hàng">
              {({ value, onChange }) => (
                <Radio.Group
                  aria-label="Số ô chữ ký mỗi hàng"
                  value={value}
                  onChange={(e) => onChange(e.target.value)}
                  options={[
                    { value: 3, label: '3 ô một hàng (11 đơn vị vừa một trang)' },
                    { value: 2, label: '2 ô một hàng (tên đơn vị dài có thêm chỗ)' },
                  ]}
                />
              )}
            </Field>
            <Field control={control} name="numbered" label="Số văn bản">
              {({ value, onChange }) => (
                <Radio.Group
                  aria-label="Số văn bản"
                  value={Boolean(value)}
                  onChange={(e) => onChange(e.target.value)}
                  options={[
                    { value: false, label: 'Không số (không có dòng “Số:”)' },
                    { value: true, label: 'Có số: lấy số tiếp theo trong sổ văn bản khi ban hành' },
                  ]}
                />
              )}
            </Field>
            {numbered && (
              <Controller
                control={control}
                name="typeCode"
                render={({ field, fieldState }) => (
                  <Form.Item
                    label="Ký hiệu loại văn bản của khối"
                    htmlFor="pledge-type-code"
                    validateStatus={fieldState.error ? 'error' : undefined}
                    help={fieldState.error?.message}
                    extra={`Giao ước không có ký hiệu chính thức. Để trống: “Số: 01/${year.symbol}”; nhập GƯ: “Số: 01/GƯ-${year.symbol}”.`}
                  >
                    <Input id="pledge-type-code" {...field} value={field.value ?? ''} style={{ width: 200 }} placeholder="GƯ" />
                  </Form.Item>
                )}
              />
            )}
            <LinesField
              control={control}
              name="recipients"
              label="Nơi nhận"
              noun="nơi nhận"
              addLabel="Thêm nơi nhận"
              max={30}
              disabled={locked}
              extra="Thường để trống: mỗi đơn vị giữ một bản đã ký. Có nơi nhận thì “Lưu: …” được thêm tự động."
            />
          </Card>
          <StickyBar>
            <Button type="primary" htmlType="submit" loading={save.isPending} disabled={locked}>
              Lưu giao ước
            </Button>
            {dirty && !locked && <Typography.Text type="warning">Có thay đổi chưa lưu</Typography.Text>}
          </StickyBar>
        </Space>
      </FormShell>
    </Space>
  );
}
