// The bloc's profile lines (stored per year), shared by "create bloc" and "Hồ sơ khối".
import { Col, Row } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import type { z } from 'zod';
import type { yearProfile } from '../../main/contract/index.js';
import { TextField } from '../common/form';

export const profileFieldNames = ['blocName', 'governingBody', 'issuingBody', 'symbol', 'place', 'provincialBoard'] as const;

type ProfileForm = z.input<typeof yearProfile>;

export function ProfileFields<T extends ProfileForm & FieldValues, O extends FieldValues>({
  control,
  autoFocus,
}: {
  control: Control<T, unknown, O>;
  autoFocus?: boolean;
}) {
  const f = (name: keyof ProfileForm) => name as Path<T>;
  return (
    <>
      <TextField
        control={control}
        name={f('blocName')}
        label="Tên khối thi đua"
        required
        autoFocus={autoFocus}
        placeholder="Ví dụ: Khối thi đua Văn hóa - Xã hội"
      />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <TextField
            control={control}
            name={f('governingBody')}
            label="Cơ quan chủ quản (dòng trên của tiêu đề văn bản)"
            required
            placeholder="Ví dụ: UBND TỈNH BẮC KẠN"
          />
        </Col>
        <Col xs={24} md={12}>
          <TextField
            control={control}
            name={f('issuingBody')}
            label="Tên cơ quan ban hành (dòng dưới, in đậm)"
            required
            placeholder="Ví dụ: KHỐI THI ĐUA VĂN HÓA - XÃ HỘI"
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <TextField
            control={control}
            name={f('symbol')}
            label="Ký hiệu văn bản"
            required
            placeholder="Ví dụ: KTĐVHXH"
            extra="Dùng trong số văn bản, ví dụ: Số: 05/BB-KTĐVHXH"
          />
        </Col>
        <Col xs={24} md={12}>
          <TextField
            control={control}
            name={f('place')}
            label="Địa danh"
            required
            placeholder="Ví dụ: Bắc Kạn"
            extra="Dùng trong dòng ngày tháng: Bắc Kạn, ngày … tháng … năm …"
          />
        </Col>
      </Row>
      <TextField
        control={control}
        name={f('provincialBoard')}
        label="Cơ quan thường trực cấp tỉnh"
        placeholder="Ví dụ: Ban Thi đua - Khen thưởng tỉnh Bắc Kạn (Sở Nội vụ)"
      />
    </>
  );
}

/** "Khối thi đua Văn hóa - Xã hội" → "KTĐVHXH": the initials, as blocs usually sign. */
export function suggestSymbol(blocName: string): string {
  return blocName
    .normalize('NFC')
    .split(/[\s-]+/)
    .map((word) => word.match(/\p{L}/u)?.[0] ?? '')
    .join('')
    .toLocaleUpperCase('vi');
}
