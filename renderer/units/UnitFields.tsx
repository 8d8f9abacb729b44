// Every membership field of a unit in one year (add, edit, merge into a new unit).
import { AutoComplete, Col, Divider, Input, Row, Switch } from 'antd';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { MembershipFields } from '../../main/contract/index.js';
import { Field, TextField } from '../common/form';
import { vietnameseSearch } from '../common/search';

export const membershipFieldNames = [
  'name',
  'shortName',
  'headName',
  'headPosition',
  'deputySigns',
  'deputyName',
  'deputyPosition',
  'address',
  'phone',
  'email',
  'officerName',
  'printedName',
] as const;

const headPositions = ['GIÁM ĐỐC', 'HIỆU TRƯỞNG', 'TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG', 'TỔNG BIÊN TẬP'];
const deputyPositions = ['PHÓ GIÁM ĐỐC', 'PHÓ HIỆU TRƯỞNG', 'PHÓ TRƯỞNG BAN', 'PHÓ CHÁNH VĂN PHÒNG'];

export function UnitFields<T extends MembershipFields & FieldValues, O extends FieldValues>({
  control,
}: {
  control: Control<T, unknown, O>;
}) {
  const f = (name: keyof MembershipFields) => name as Path<T>;
  const deputySigns = useWatch({ control, name: f('deputySigns') }) as boolean | undefined;
  const position = (name: keyof MembershipFields, label: string, suggestions: string[]) => (
    <Field control={control} name={f(name)} label={label}>
      {({ value, onChange, ...field }) => (
        <AutoComplete
          {...field}
          value={(value as string | undefined) ?? ''}
          onChange={(v: string) => onChange(v)}
          options={suggestions.map((s) => ({ value: s }))}
          showSearch={vietnameseSearch}
          placeholder={suggestions[0] ? `Ví dụ: ${suggestions[0]}` : undefined}
        />
      )}
    </Field>
  );

  return (
    <>
      <TextField control={control} name={f('name')} label="Tên đơn vị" required autoFocus placeholder="Ví dụ: Sở Y tế" />
      <TextField control={control} name={f('shortName')} label="Tên viết tắt" placeholder="Ví dụ: Sở Y tế, BHXH tỉnh" />
      <Divider titlePlacement="start" plain>
        Thủ trưởng đơn vị (ký giao ước)
      </Divider>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          {position('headPosition', 'Chức vụ thủ trưởng', headPositions)}
        </Col>
        <Col xs={24} sm={12}>
          <TextField control={control} name={f('headName')} label="Họ tên thủ trưởng" placeholder="Không ghi học hàm, học vị" />
        </Col>
      </Row>
      <Field control={control} name={f('deputySigns')} label="Cấp phó ký thay (KT.)">
        {({ value, onChange, ...field }) => (
          <Switch
            {...field}
            checked={Boolean(value)}
            onChange={(checked) => onChange(checked)}
            checkedChildren="Có"
            unCheckedChildren="Không"
          />
        )}
      </Field>
      {deputySigns && (
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            {position('deputyPosition', 'Chức vụ cấp phó', deputyPositions)}
          </Col>
          <Col xs={24} sm={12}>
            <TextField control={control} name={f('deputyName')} label="Họ tên cấp phó" />
          </Col>
        </Row>
      )}
      <Divider titlePlacement="start" plain>
        Liên hệ
      </Divider>
      <TextField control={control} name={f('address')} label="Địa chỉ" />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <TextField control={control} name={f('phone')} label="Số điện thoại" />
        </Col>
        <Col xs={24} sm={12}>
          <TextField control={control} name={f('email')} label="Email" />
        </Col>
      </Row>
      <TextField control={control} name={f('officerName')} label="Cán bộ làm công tác thi đua" placeholder="Họ tên" />
      <Divider titlePlacement="start" plain>
        Tên in ở ô chữ ký
      </Divider>
      <Field
        control={control}
        name={f('printedName')}
        label="Các dòng của tên khi in"
        extra="Để trống thì phần mềm tự ngắt dòng. Muốn tự chọn chỗ xuống dòng: gõ lại tên đơn vị, mỗi dòng một phần, không thêm bớt chữ."
      >
        {({ value, ...field }) => (
          <Input.TextArea
            {...field}
            value={(value as string | undefined) ?? ''}
            autoSize={{ minRows: 1, maxRows: 6 }}
            placeholder={'Ví dụ:\nSở Lao động -\nThương binh và Xã hội'}
          />
        )}
      </Field>
    </>
  );
}
