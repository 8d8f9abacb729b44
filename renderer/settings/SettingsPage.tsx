// "Cài đặt văn bản" of the selected year: legal bases, default recipients, the bloc's signature,
// the archive entry and the body font size.
import { Alert, App, Button, Card, Col, Form, Radio, Row, Switch, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { contract, type Settings } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useRead, useWrite } from '../api/hooks';
import { useLeaveGuard } from '../app/leave-guard';
import { useSelection } from '../app/selection';
import { applyServerError, Field, FormShell, TextField } from '../common/form';
import { LinesField } from '../common/LinesField';
import { Signature } from '../documents/preview/Signatures';
import '../documents/preview/preview.css';

const schema = contract['settings.update'].input;
type SettingsForm = z.input<typeof schema>;
const FIELDS = ['legalBases', 'defaultRecipients', 'signature', 'archive', 'bodyFontSize'];
const known = (key: string) => FIELDS.some((f) => key === f || key.startsWith(`${f}.`));
const sample = { fontFamily: "'Times New Roman', 'Liberation Serif', serif", fontSize: '13pt', color: '#000', margin: '8px 0 16px' };

const formValuesOf = (yearId: number, settings: Settings): SettingsForm => ({
  yearId,
  legalBases: settings.legalBases,
  defaultRecipients: settings.defaultRecipients,
  signature: settings.signature,
  archive: settings.archive,
  bodyFontSize: settings.bodyFontSize,
});

export function SettingsPage() {
  const { year } = useSelection();
  const settings = useRead('settings.get', { yearId: year.id });
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Cài đặt văn bản năm {year.year}
      </Typography.Title>
      {settings.isError && <Alert type="error" showIcon title={settings.error.message} />}
      {settings.data && <SettingsFields key={JSON.stringify(settings.data)} settings={settings.data} />}
    </>
  );
}

function SettingsFields({ settings }: { settings: Settings }) {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const save = useWrite('settings.update', 'Đã lưu');
  const { control, handleSubmit, setError, reset, formState } = useForm<SettingsForm, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: formValuesOf(year.id, settings),
  });
  useLeaveGuard(formState.isDirty);
  const explicit = useWatch({ control, name: 'signature.explicit' });
  const prefix = useWatch({ control, name: 'signature.prefix' });

  const submit = handleSubmit(async (values) => {
    try {
      reset(formValuesOf(year.id, await save.mutateAsync(values)));
    } catch (error) {
      const fields = error instanceof ApiError ? Object.keys(error.fieldErrors).filter(known) : [];
      const text = applyServerError(error, setError, fields);
      if (text) void message.error(text);
    }
  });

  return (
    <FormShell onSubmit={submit} disabled={locked} label={`Cài đặt văn bản năm ${year.year}`}>
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: cài đặt chỉ để xem.`} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title="Căn cứ và nơi nhận" size="small">
            <LinesField
              control={control}
              name="legalBases"
              label="Căn cứ ban hành"
              noun="căn cứ"
              addLabel="Thêm căn cứ"
              max={20}
              disabled={locked}
              placeholder="Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
              extra="In nghiêng, mỗi căn cứ một dòng, theo thứ tự này."
            />
            <LinesField
              control={control}
              name="defaultRecipients"
              label="Nơi nhận mặc định"
              noun="nơi nhận"
              addLabel="Thêm nơi nhận"
              max={30}
              disabled={locked}
              placeholder="Ban Thi đua - Khen thưởng tỉnh"
              extra="Dòng “Lưu: …” được thêm tự động ở cuối."
            />
            <TextField
              control={control}
              name="archive"
              label="Nơi lưu"
              placeholder="VT, VP"
              extra="In sau “Lưu:” ở cuối nơi nhận: “VT,” và ký hiệu đơn vị soạn thảo (không phải ký hiệu của khối), ví dụ “VT, VP”."
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="Chữ ký của khối" size="small">
            <Field control={control} name="signature.explicit" label="Cách ký">
              {({ value, onChange, id }) => (
                <div>
                  <Switch id={id} checked={Boolean(value)} onChange={onChange} disabled={locked} />{' '}
                  <Typography.Text>{value ? 'Ghi rõ thẩm quyền ký' : 'Theo đơn vị Trưởng khối của năm'}</Typography.Text>
                </div>
              )}
            </Field>
            {explicit && (
              <>
                <Field control={control} name="signature.prefix" label="Thẩm quyền">
                  {({ value, onChange }) => (
                    <Radio.Group
                      aria-label="Thẩm quyền"
                      value={value ?? ''}
                      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
                      options={[
                        { value: '', label: 'Người đứng đầu ký' },
                        { value: 'TM.', label: 'TM. (thay mặt)' },
                        { value: 'KT.', label: 'KT. (ký thay)' },
                      ]}
                    />
                  )}
                </Field>
                <LinesField
                  control={control}
                  name="signature.authority"
                  label="Dòng thẩm quyền ký"
                  noun="dòng"
                  addLabel="Thêm dòng"
                  max={4}
                  disabled={locked}
                  placeholder="TRƯỞNG KHỐI"
                />
                {prefix === 'KT.' && (
                  <TextField control={control} name="signature.deputyPosition" label="Chức vụ cấp phó ký thay" placeholder="PHÓ GIÁM ĐỐC" />
                )}
                <TextField control={control} name="signature.name" label="Họ tên người ký" />
              </>
            )}
            <Typography.Text type="secondary">Giấy mời, công văn, chương trình ký như sau:</Typography.Text>
            <div className="kt-sheet-sample" style={sample} data-testid="signature-sample">
              <Signature block={settings.resolvedSignature} />
            </div>
            <Typography.Text type="secondary">Báo cáo, thông báo (khối gửi lên cấp trên hoặc công bố) ký thay mặt khối:</Typography.Text>
            <div className="kt-sheet-sample" style={sample} data-testid="collective-signature-sample">
              <Signature block={settings.collectiveSignature} />
            </div>
          </Card>
          <Card title="Trình bày" size="small" style={{ marginTop: 16 }}>
            <Field control={control} name="bodyFontSize" label="Cỡ chữ nội dung">
              {({ value, onChange }) => (
                <Radio.Group
                  aria-label="Cỡ chữ nội dung"
                  value={value}
                  onChange={(e) => onChange(e.target.value)}
                  options={[
                    { value: 13, label: '13' },
                    { value: 14, label: '14' },
                  ]}
                />
              )}
            </Field>
          </Card>
        </Col>
      </Row>
      <Form.Item style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending} disabled={locked}>
          Lưu cài đặt văn bản
        </Button>
      </Form.Item>
    </FormShell>
  );
}
