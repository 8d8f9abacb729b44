// Every unit the bloc has had: the years it took part, merges and retirements.
import { useState } from 'react';
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { compareVietnamese, matchesSearch } from '../../main/common/vietnamese.js';
import type { Unit } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { SearchBox } from '../common/SearchBox';
import { orDash } from '../common/text';

export function unitHistory(u: Unit): string {
  if (u.successorName !== null) return `Đã hợp nhất vào “${u.successorName}” từ năm ${(u.endYear ?? 0) + 1}`;
  if (u.endYear !== null) return `Ngừng từ sau năm ${u.endYear}`;
  return 'Đang tham gia';
}

export function AllUnitsTab() {
  const { bloc } = useSelection();
  const units = useRead('units.listAll', { blocId: bloc.id });
  const [query, setQuery] = useState('');
  if (units.isError) return <Alert type="error" showIcon title={units.error.message} />;
  const shown = (units.data ?? []).filter((u) => matchesSearch(query, u.name, u.shortName, u.successorName ?? ''));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SearchBox label="Tìm trong tất cả đơn vị" value={query} onChange={setQuery} />
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={units.isPending}
        dataSource={shown}
        pagination={false}
        locale={{ emptyText: query ? 'Không có đơn vị nào khớp với từ khóa' : 'Khối chưa có đơn vị nào' }}
        columns={[
          { title: 'STT', key: 'index', width: 60, align: 'center', render: (_, __, i) => i + 1 },
          {
            title: 'Tên đơn vị',
            dataIndex: 'name',
            sorter: (a, b) => compareVietnamese(a.name, b.name),
            render: (_, u) => <Typography.Text strong>{u.name}</Typography.Text>,
          },
          { title: 'Tên viết tắt', dataIndex: 'shortName', width: 160, render: (v: string) => orDash(v) },
          {
            title: 'Các năm tham gia',
            key: 'years',
            width: 220,
            render: (_, u) =>
              u.years.length ? u.years.map((y) => <Tag key={y}>{y}</Tag>) : <Typography.Text type="secondary">Chưa tham gia năm nào</Typography.Text>,
          },
          {
            title: 'Tình trạng',
            key: 'history',
            width: 300,
            render: (_, u) => (
              <Typography.Text type={u.endYear === null ? 'success' : 'secondary'}>{unitHistory(u)}</Typography.Text>
            ),
          },
        ]}
      />
    </Space>
  );
}
