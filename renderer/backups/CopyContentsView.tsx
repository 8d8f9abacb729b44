// What a backup or a copy holds: each bloc with its years (closed or not, members, issued documents).
import { Flex, Table, Tag, Typography } from 'antd';
import type { CopyContents } from '../../main/contract/index.js';
import { totalsText } from './format';

type CopyYear = CopyContents['blocs'][number]['years'][number];

export function CopyContentsView({ contents, testId }: { contents: CopyContents; testId?: string }) {
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Typography.Text strong>Gồm: {totalsText(contents.totals)}</Typography.Text>
      {contents.blocs.length === 0 && <Typography.Text type="secondary">Bản này chưa có khối thi đua nào.</Typography.Text>}
      {contents.blocs.map((bloc, i) => (
        <Table<CopyYear>
          key={i}
          size="small"
          bordered
          rowKey="year"
          pagination={false}
          title={() => <Typography.Text strong>{bloc.name}</Typography.Text>}
          dataSource={bloc.years}
          locale={{ emptyText: 'Chưa có năm thi đua nào' }}
          columns={[
            { title: 'Năm thi đua', dataIndex: 'year', width: 120 },
            {
              title: 'Trạng thái',
              dataIndex: 'closed',
              width: 160,
              render: (closed: boolean) => (closed ? <Tag color="red">Đã khóa sổ</Tag> : <Tag color="green">Đang thực hiện</Tag>),
            },
            { title: 'Đơn vị tham gia', dataIndex: 'units', align: 'right' },
            { title: 'Văn bản trong sổ', dataIndex: 'documents', align: 'right' },
          ]}
        />
      ))}
    </Flex>
  );
}
