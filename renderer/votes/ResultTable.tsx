// A counted round's result: each candidate's votes over the base, the arithmetic as the minutes print it,
// whether it passed the threshold and whether it is elected within the quota.
import { Table, Tag, Typography } from 'antd';
import type { CandidateResult, RoundResult } from '../../main/contract/index.js';

export function ResultTable({ result }: { result: RoundResult }) {
  return (
    <div>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text strong>Kết quả: </Typography.Text>
        trúng cử khi {result.ruleText}.
      </Typography.Paragraph>
      <Table<CandidateResult>
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={result.candidates}
        data-testid="result-table"
        columns={[
          { key: 'no', title: 'STT', width: 56, align: 'center', render: (_, __, i) => i + 1 },
          { key: 'name', title: 'Tên đơn vị', dataIndex: 'unitName' },
          { key: 'votes', title: 'Số phiếu', width: 90, align: 'right', dataIndex: 'votes' },
          { key: 'percent', title: 'Tỷ lệ', width: 90, align: 'right', dataIndex: 'percent' },
          { key: 'arithmetic', title: 'Cách tính', width: 220, render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{c.arithmetic}</span> },
          { key: 'passed', title: 'Đạt tỷ lệ', width: 110, render: (_, c) => (c.passed ? <Tag color="green">Đạt</Tag> : <Tag>Không đạt</Tag>) },
          {
            key: 'elected',
            title: 'Trúng cử',
            width: 130,
            render: (_, c) => (c.elected ? <Tag color="red">Trúng cử</Tag> : c.tied ? <Tag color="orange">Bầu lại</Tag> : null),
          },
        ]}
      />
    </div>
  );
}
