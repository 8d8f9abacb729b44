// "Đơn vị ký giao ước": every member unit of the year once, in the order they print (↑ ↓, the focus
// follows), with the position lines and the name exactly as printed, and "Để trống họ tên".
import { Button, Checkbox, Form, Space, Table, Tag, Typography } from 'antd';
import { Controller, type Control } from 'react-hook-form';
import { compareVietnamese } from '../../main/common/vietnamese.js';
import type { ResolvedSignatory, YearUnit } from '../../main/contract/index.js';
import { focusMoved, move } from '../common/OrderedList';
import { authorityLines } from '../documents/preview/Signatures';
import { messageOf, type PledgeForm, type PledgeValues, type SignatoryForm } from './form';

interface Props {
  control: Control<PledgeForm, unknown, PledgeValues>;
  /** The signatories as resolved by the server: unit name that year, position lines. */
  resolved: ResolvedSignatory[];
  members: YearUnit[];
  disabled?: boolean;
  onEditUnit: (unitId: number) => void;
}

interface Row extends SignatoryForm {
  index: number;
  info: ResolvedSignatory | undefined;
  member: YearUnit | undefined;
}

/** The name that prints under the signing space: the deputy's when a deputy signs. */
const signerName = (m: YearUnit | undefined): string => (m ? (m.deputySigns ? m.deputyName : m.headName).trim() : '');

export function SignatoriesField({ control, resolved, members, disabled, onEditUnit }: Props) {
  const byUnit = new Map(resolved.map((s) => [s.unitId, s]));
  const memberOf = new Map(members.map((m) => [m.unitId, m]));
  return (
    <Controller
      control={control}
      name="signatories"
      render={({ field, fieldState }) => {
        const list = field.value ?? [];
        const errors = (fieldState.error as unknown as unknown[] | undefined) ?? [];
        const nameOf = (unitId: number) => byUnit.get(unitId)?.unitName ?? memberOf.get(unitId)?.name ?? `Đơn vị ${unitId}`;
        const shift = (from: number, to: number) => {
          field.onChange(move(list, from, to));
          focusMoved(`${to < from ? 'Chuyển lên' : 'Chuyển xuống'} ${nameOf(list[from]?.unitId ?? 0)}`);
        };
        const defaultOrder = () =>
          field.onChange(
            [...list].sort(
              (a, b) =>
                Number(byUnit.get(b.unitId)?.isHeadUnit ?? false) - Number(byUnit.get(a.unitId)?.isHeadUnit ?? false) ||
                compareVietnamese(nameOf(a.unitId), nameOf(b.unitId)),
            ),
          );
        const rows: Row[] = list.map((s, index) => ({ ...s, index, info: byUnit.get(s.unitId), member: memberOf.get(s.unitId) }));
        const listError = messageOf(fieldState.error);
        return (
          <Form.Item validateStatus={listError ? 'error' : undefined} help={listError} data-field="signatories" style={{ marginBottom: 0 }}>
            <Space orientation="vertical" size="small" style={{ width: '100%' }}>
              <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text type="secondary">
                  {rows.length} đơn vị ký, in theo thứ tự này (từ trái sang phải, từ trên xuống dưới). Chức vụ và họ tên lấy từ mục Đơn vị
                  của năm; muốn cấp phó ký thay (KT.), sửa họ tên hay tự chọn chỗ xuống dòng của tên đơn vị khi in, bấm “Sửa đơn vị”.
                </Typography.Text>
                <Button size="small" disabled={disabled} onClick={defaultOrder}>
                  Xếp lại: Trưởng khối đầu tiên, các đơn vị theo tên
                </Button>
              </Space>
              <Table<Row>
                rowKey="unitId"
                size="small"
                pagination={false}
                dataSource={rows}
                aria-label="Đơn vị ký giao ước"
                scroll={{ x: 900 }}
                columns={[
                  { title: 'STT', key: 'index', width: 52, align: 'center', render: (_, r) => r.index + 1 },
                  {
                    title: 'Đơn vị (tên năm này)',
                    key: 'unit',
                    render: (_, r) => (
                      <>
                        <Typography.Text strong>{nameOf(r.unitId)}</Typography.Text>
                        {r.info?.isHeadUnit && (
                          <Tag color="red" style={{ marginInlineStart: 8 }}>
                            Trưởng khối
                          </Tag>
                        )}
                        {(messageOf((errors[r.index] as { unitId?: unknown } | undefined)?.unitId) ?? messageOf(errors[r.index])) && (
                          <div>
                            <Typography.Text type="danger">
                              {messageOf((errors[r.index] as { unitId?: unknown } | undefined)?.unitId) ?? messageOf(errors[r.index])}
                            </Typography.Text>
                          </div>
                        )}
                      </>
                    ),
                  },
                  {
                    title: 'Chức vụ khi in',
                    key: 'position',
                    width: 230,
                    render: (_, r) => {
                      const lines = r.info ? authorityLines({ ...r.info.block, unit: null }) : [];
                      return lines.length > 0 ? (
                        <div data-testid="signatory-position" style={{ fontWeight: 600 }}>
                          {lines.map((l) => (
                            <div key={l}>{l}</div>
                          ))}
                        </div>
                      ) : (
                        <Typography.Text type="danger">Chưa có chức vụ</Typography.Text>
                      );
                    },
                  },
                  {
                    title: 'Họ tên người ký',
                    key: 'name',
                    width: 200,
                    render: (_, r) => {
                      if (r.blankName) return <Typography.Text type="secondary">Để trống, ghi tay khi ký</Typography.Text>;
                      const name = signerName(r.member);
                      return name ? <Typography.Text strong>{name}</Typography.Text> : <Typography.Text type="danger">Chưa có họ tên</Typography.Text>;
                    },
                  },
                  {
                    title: 'Để trống họ tên',
                    key: 'blank',
                    width: 120,
                    align: 'center',
                    render: (_, r) => (
                      <Checkbox
                        aria-label={`Để trống họ tên ${nameOf(r.unitId)}`}
                        checked={Boolean(r.blankName)}
                        disabled={disabled}
                        onChange={(e) => field.onChange(list.map((s, j) => (j === r.index ? { ...s, blankName: e.target.checked } : s)))}
                      />
                    ),
                  },
                  {
                    title: 'Thứ tự',
                    key: 'order',
                    width: 92,
                    render: (_, r) => (
                      <Space.Compact>
                        <Button
                          size="small"
                          aria-label={`Chuyển lên ${nameOf(r.unitId)}`}
                          title="Chuyển lên"
                          disabled={disabled || r.index === 0}
                          onClick={() => shift(r.index, r.index - 1)}
                        >
                          ↑
                        </Button>
                        <Button
                          size="small"
                          aria-label={`Chuyển xuống ${nameOf(r.unitId)}`}
                          title="Chuyển xuống"
                          disabled={disabled || r.index === rows.length - 1}
                          onClick={() => shift(r.index, r.index + 1)}
                        >
                          ↓
                        </Button>
                      </Space.Compact>
                    ),
                  },
                  {
                    title: '',
                    key: 'edit',
                    width: 100,
                    render: (_, r) => (
                      <Button type="link" size="small" disabled={disabled} aria-label={`Sửa đơn vị ${nameOf(r.unitId)}`} onClick={() => onEditUnit(r.unitId)}>
                        Sửa đơn vị
                      </Button>
                    ),
                  },
                ]}
              />
            </Space>
          </Form.Item>
        );
      }}
    />
  );
}
