// The steps of the year in order: status, what is still missing in words, and the deadline ("Quá hạn" in red
// once it has passed and the step is not done).
import { Table, Tag, Typography } from 'antd';
import type { GuideStep } from '../../main/contract/index.js';
import { shortDate, statusTags } from './format';

export function StepsTable({ steps }: { steps: GuideStep[] }) {
  return (
    <Table<GuideStep>
      aria-label="Các bước trong năm"
      rowKey="key"
      size="small"
      pagination={false}
      // Fixed: a long list of missing items is cut to one line (the tooltip has it all), never widening the page.
      tableLayout="fixed"
      dataSource={steps}
      columns={[
        { key: 'no', title: 'TT', width: 44, render: (_, __, i) => i + 1 },
        {
          key: 'step',
          title: 'Bước',
          render: (_, s) => (
            <>
              <Typography.Text strong>{s.title}</Typography.Text>
              {s.missing.length > 0 && (
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 1, tooltip: s.missing.join('; ') }}>
                  {s.missing.join('; ')}
                </Typography.Paragraph>
              )}
            </>
          ),
        },
        {
          key: 'status',
          title: 'Tình trạng',
          width: 120,
          render: (_, s) => <Tag color={statusTags[s.status].color}>{statusTags[s.status].label}</Tag>,
        },
        {
          key: 'deadline',
          title: 'Thời hạn',
          width: 180,
          render: (_, s) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {shortDate(s.deadline)} {s.overdue && <Tag color="red">Quá hạn</Tag>}
            </span>
          ),
        },
      ]}
    />
  );
}
