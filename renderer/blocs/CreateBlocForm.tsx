// "Tạo khối thi đua mới": the profile lines and the first year.
import { useEffect } from 'react';
import { App, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { newBloc } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { applyServerError, FormShell, YearField } from '../common/form';
import { profileFieldNames, ProfileFields, suggestSymbol } from './ProfileFields';

type NewBlocForm = z.input<typeof newBloc>;
const fieldNames = [...profileFieldNames, 'firstYear'];

export function CreateBlocForm({ onCreated, onCancel }: { onCreated: (blocId: number) => void; onCancel: () => void }) {
  const { message } = App.useApp();
  const create = useWrite('blocs.create', 'Đã tạo khối thi đua');
  const { control, handleSubmit, setError, setValue, getFieldState, clearErrors } = useForm<
    NewBlocForm,
    unknown,
    z.output<typeof newBloc>
  >({
    resolver: zodResolver(newBloc),
    defaultValues: {
      blocName: '',
      governingBody: '',
      issuingBody: '',
      symbol: '',
      place: '',
      provincialBoard: '',
      firstYear: new Date().getFullYear(),
    },
  });

  // Until the officer types them, the issuing body and symbol follow the bloc's name.
  const blocName = useWatch({ control, name: 'blocName' });
  useEffect(() => {
    const follow = (name: 'issuingBody' | 'symbol', value: string) => {
      if (getFieldState(name).isDirty) return;
      setValue(name, value);
      if (value) clearErrors(name);
    };
    follow('issuingBody', blocName.toLocaleUpperCase('vi'));
    follow('symbol', suggestSymbol(blocName));
  }, [blocName, getFieldState, setValue, clearErrors]);

  const submit = handleSubmit(async (values) => {
    try {
      const opened = await create.mutateAsync(values);
      onCreated(opened.blocId);
    } catch (error) {
      const text = applyServerError(error, setError, fieldNames);
      if (text) void message.error(text);
    }
  });

  return (
    <Card title="Tạo khối thi đua mới" style={{ maxWidth: 880, margin: '0 auto' }}>
      <Typography.Paragraph type="secondary">
        Các dòng dưới đây in trên tiêu đề mọi văn bản của khối. Có thể sửa lại cho từng năm trong mục Hồ sơ khối.
      </Typography.Paragraph>
      <FormShell onSubmit={submit} label="Tạo khối thi đua mới">
        <ProfileFields control={control} autoFocus />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <YearField control={control} name="firstYear" label="Năm thi đua đầu tiên" required />
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            Tạo khối thi đua
          </Button>
          <Button onClick={onCancel}>Quay lại</Button>
        </Space>
      </FormShell>
    </Card>
  );
}
