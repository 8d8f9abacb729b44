// The pledge items in their groups: items are numbered 1, 2 … across the groups, as they print.
// Items and groups move with ↑ ↓ (the focus follows) or by dragging an item's handle; deleting asks first.
import { Button, Card, Form, Input, Popconfirm, Space } from 'antd';
import { Controller, type Control } from 'react-hook-form';
import { toRoman } from '../../main/documents/format.js';
import { focusMoved, move, OrderedList } from '../common/OrderedList';
import { messageOf, type PledgeForm, type PledgeGroupForm, type PledgeValues } from './form';

const MAX_GROUPS = 20;
const MAX_ITEMS = 60;

export function GroupsField({ control, disabled }: { control: Control<PledgeForm, unknown, PledgeValues>; disabled?: boolean }) {
  return (
    <Controller
      control={control}
      name="groups"
      render={({ field, fieldState }) => {
        const groups = field.value;
        const errors = (fieldState.error as unknown as unknown[] | undefined) ?? [];
        const groupError = (i: number) => (Array.isArray(errors) ? (errors[i] as Record<string, unknown> | undefined) : undefined);
        const set = (next: PledgeGroupForm[]) => field.onChange(next);
        const shift = (from: number, to: number) => {
          set(move(groups, from, to));
          focusMoved(`${to < from ? 'Chuyển lên' : 'Chuyển xuống'} nhóm ${to + 1}`);
        };
        const starts = groups.reduce<number[]>((acc, g, i) => [...acc, (acc[i] ?? 1) + g.items.length], [1]);
        const titled = groups.length > 1 || groups.some((g) => g.title?.trim());
        return (
          <Form.Item
            label="Các nội dung giao ước"
            validateStatus={messageOf(fieldState.error) ? 'error' : undefined}
            help={messageOf(fieldState.error)}
            extra="Các nội dung được đánh số liên tục 1, 2, 3… khi in. Đổi thứ tự bằng nút ↑ ↓ hoặc kéo biểu tượng ⠿."
            data-field="groups"
          >
            <div role="group" aria-label="Các nội dung giao ước" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              {groups.map((group, gi) => {
                const err = groupError(gi);
                const itemErrors = (err?.items as unknown[] | undefined) ?? [];
                const update = (patch: Partial<PledgeGroupForm>) => set(groups.map((g, j) => (j === gi ? { ...g, ...patch } : g)));
                return (
                  <Card
                    key={gi}
                    size="small"
                    type="inner"
                    title={titled ? `Nhóm ${toRoman(gi + 1)}` : 'Nội dung'}
                    extra={
                      groups.length > 1 && (
                        <Space.Compact>
                          <Button size="small" aria-label={`Chuyển lên nhóm ${gi + 1}`} title="Chuyển nhóm lên" disabled={disabled || gi === 0} onClick={() => shift(gi, gi - 1)}>
                            ↑
                          </Button>
                          <Button
                            size="small"
                            aria-label={`Chuyển xuống nhóm ${gi + 1}`}
                            title="Chuyển nhóm xuống"
                            disabled={disabled || gi === groups.length - 1}
                            onClick={() => shift(gi, gi + 1)}
                          >
                            ↓
                          </Button>
                          <Popconfirm
                            title={`Xóa nhóm ${toRoman(gi + 1)} cùng ${group.items.length} nội dung của nhóm?`}
                            okText="Xóa nhóm"
                            cancelText="Hủy"
                            okButtonProps={{ danger: true }}
                            disabled={disabled}
                            onConfirm={() => set(groups.filter((_, j) => j !== gi))}
                          >
                            <Button size="small" danger aria-label={`Xóa nhóm ${gi + 1}`} disabled={disabled}>
                              Xóa nhóm
                            </Button>
                          </Popconfirm>
                        </Space.Compact>
                      )
                    }
                  >
                    <Form.Item
                      style={{ marginBottom: 12 }}
                      validateStatus={messageOf(err?.title) ? 'error' : undefined}
                      help={messageOf(err?.title)}
                    >
                      <Input
                        aria-label={`Tên nhóm ${gi + 1}`}
                        value={group.title ?? ''}
                        onChange={(e) => update({ title: e.target.value })}
                        placeholder="Tên nhóm (không bắt buộc), ví dụ: Thực hiện nhiệm vụ chính trị"
                      />
                    </Form.Item>
                    <Form.Item
                      style={{ marginBottom: 0 }}
                      validateStatus={messageOf(err?.items) ? 'error' : undefined}
                      help={messageOf(err?.items)}
                    >
                      <OrderedList<{ text: string }>
                        items={group.items}
                        onChange={(items) => update({ items })}
                        noun="nội dung"
                        start={starts[gi] ?? 1}
                        addLabel="Thêm nội dung giao ước"
                        max={MAX_ITEMS}
                        disabled={disabled}
                        draggable
                        confirmDelete={(i) => `Xóa nội dung ${i + (starts[gi] ?? 1)}?`}
                        newItem={() => ({ text: '' })}
                        renderItem={(item, i, change) => {
                          const error = messageOf((itemErrors[i] as { text?: unknown } | undefined)?.text) ?? messageOf(itemErrors[i]);
                          return (
                            <Form.Item style={{ marginBottom: 0 }} validateStatus={error ? 'error' : undefined} help={error}>
                              <Input.TextArea
                                aria-label={`Nội dung giao ước ${i + (starts[gi] ?? 1)}`}
                                autoSize={{ minRows: 1, maxRows: 6 }}
                                value={item.text}
                                onChange={(e) => change({ text: e.target.value })}
                              />
                            </Form.Item>
                          );
                        }}
                      />
                    </Form.Item>
                  </Card>
                );
              })}
              <div>
                <Button disabled={disabled || groups.length >= MAX_GROUPS} onClick={() => set([...groups, { title: '', items: [{ text: '' }] }])}>
                  Thêm nhóm nội dung
                </Button>
              </div>
            </div>
          </Form.Item>
        );
      }}
    />
  );
}
