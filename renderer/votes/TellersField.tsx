// The tellers' committee: its head (Trưởng ban) and members (Ủy viên) sign the vote-count minutes.
import { Button, Form, Input, Select, Table, Typography } from 'antd';
import type { Teller } from '../../main/contract/index.js';

const roleOptions = [
  { value: 'head', label: 'Trưởng ban' },
  { value: 'member', label: 'Ủy viên' },
];

export function TellersField({
  tellers,
  onChange,
  errors,
  locked,
}: {
  tellers: Teller[];
  onChange: (tellers: Teller[]) => void;
  errors: Record<string, string>;
  locked: boolean;
}) {
  const rows = tellers.map((teller, index) => ({ ...teller, index }));
  const update = (index: number, patch: Partial<Teller>) => onChange(tellers.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  const cellError = (index: number, key: keyof Teller) => errors[`tellers.${index}.${key}`];
  const cell = (error: string | undefined, children: React.ReactNode) => (
    <Form.Item style={{ margin: 0 }} validateStatus={error ? 'error' : undefined} help={error}>
      {children}
    </Form.Item>
  );
  return (
    <Form.Item label="Ban kiểm phiếu" validateStatus={errors.tellers ? 'error' : undefined} help={errors.tellers}>
      {tellers.length > 0 && (
        <Table
          rowKey="index"
          size="small"
          pagination={false}
          dataSource={rows}
          style={{ marginBottom: 8 }}
          columns={[
            { key: 'no', title: 'TT', width: 44, render: (_, r) => r.index + 1 },
            {
              key: 'name',
              title: 'Họ tên',
              width: 260,
              render: (_, r) =>
                cell(cellError(r.index, 'name'), <Input aria-label={`Họ tên thành viên ${r.index + 1}`} value={r.name} onChange={(e) => update(r.index, { name: e.target.value })} />),
            },
            {
              key: 'position',
              title: 'Chức vụ, đơn vị',
              render: (_, r) =>
                cell(
                  cellError(r.index, 'position'),
                  <Input aria-label={`Chức vụ thành viên ${r.index + 1}`} value={r.position} onChange={(e) => update(r.index, { position: e.target.value })} />,
                ),
            },
            {
              key: 'role',
              title: 'Nhiệm vụ',
              width: 160,
              render: (_, r) =>
                cell(
                  cellError(r.index, 'role'),
                  <Select aria-label={`Nhiệm vụ thành viên ${r.index + 1}`} value={r.role} onChange={(role) => update(r.index, { role })} options={roleOptions} style={{ width: '100%' }} />,
                ),
            },
            {
              key: 'remove',
              width: 60,
              render: (_, r) => (
                <Button type="link" danger aria-label={`Bỏ thành viên ${r.index + 1}`} onClick={() => onChange(tellers.filter((_, i) => i !== r.index))}>
                  Bỏ
                </Button>
              ),
            },
          ]}
        />
      )}
      {tellers.length === 0 && <Typography.Paragraph type="secondary">Chưa có ai trong Ban kiểm phiếu.</Typography.Paragraph>}
      <Button
        disabled={locked}
        onClick={() => onChange([...tellers, { name: '', position: '', role: tellers.some((t) => t.role === 'head') ? 'member' : 'head' }])}
      >
        Thêm thành viên Ban kiểm phiếu
      </Button>
    </Form.Item>
  );
}
