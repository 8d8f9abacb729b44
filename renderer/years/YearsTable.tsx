import { Button, Card, Table } from 'antd';
import { useQueries } from '@tanstack/react-query';
import type { Year } from '../../main/contract/index.js';
import { readQuery } from '../api/hooks';
import { useSelection } from '../app/selection';
import { DeleteYearButton } from './DeleteYearButton';
import { StatusTag, unitName } from './status';

export function YearsTable() {
  const { years, year: selected, selectYear } = useSelection();
  // Every year's members at once, for the head and deputy names as they were that year.
  const members = useQueries({ queries: years.map((y) => readQuery('units.list', { yearId: y.id })) });
  const membersOf = (y: Year) => members[years.indexOf(y)]?.data;
  // The year the bloc was created with (its first id) stays, as the service says.
  const firstId = Math.min(...years.map((y) => y.id));

  return (
    <Card title="Các năm thi đua">
      <Table<Year>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={[...years].reverse()}
        rowClassName={(y) => (y.id === selected.id ? 'ant-table-row-selected' : '')}
        onRow={(y) => ({ onDoubleClick: () => selectYear(y.id) })}
        columns={[
          {
            title: 'Năm',
            dataIndex: 'year',
            width: 110,
            render: (_, y) =>
              y.id === selected.id ? (
                <strong>{y.year}</strong>
              ) : (
                <Button type="link" style={{ padding: 0 }} onClick={() => selectYear(y.id)} aria-label={`Xem năm ${y.year}`}>
                  {y.year}
                </Button>
              ),
          },
          { title: 'Trạng thái', dataIndex: 'status', width: 150, render: (_, y) => <StatusTag status={y.status} /> },
          { title: 'Trưởng khối', key: 'head', render: (_, y) => unitName(membersOf(y), y.headUnitId) },
          { title: 'Phó khối', key: 'deputy', render: (_, y) => unitName(membersOf(y), y.deputyUnitId) },
          { title: 'Số đơn vị', dataIndex: 'memberCount', width: 110, align: 'right' },
          {
            title: 'Xóa năm tạo nhầm',
            key: 'delete',
            width: 150,
            render: (_, y) => (y.status === 'open' && y.id !== firstId ? <DeleteYearButton year={y} /> : null),
          },
        ]}
      />
    </Card>
  );
}
