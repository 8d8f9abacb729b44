// Columns of the member table, with the row actions.
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { compareVietnamese } from '../../main/common/vietnamese.js';
import type { Year, YearUnit } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useNotifyError } from '../common/actions';
import { orDash } from '../common/text';

interface Options {
  year: Year;
  locked: boolean;
  onEdit: (unit: YearUnit) => void;
}

export function memberColumns({ year, locked, onEdit }: Options): ColumnsType<YearUnit> {
  return [
    { title: 'STT', key: 'index', width: 52, align: 'center', render: (_, __, i) => i + 1 },
    {
      title: 'Tên đơn vị (tên viết tắt)',
      dataIndex: 'name',
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      render: (_, u) => (
        <>
          <Typography.Text strong>{u.name}</Typography.Text>
          {u.unitId === year.headUnitId && <Tag color="red" style={{ marginInlineStart: 8 }}>Trưởng khối</Tag>}
          {u.unitId === year.deputyUnitId && <Tag color="orange" style={{ marginInlineStart: 8 }}>Phó khối</Tag>}
          {u.shortName && (
            <div>
              <Typography.Text type="secondary">{u.shortName}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: 'Thủ trưởng',
      key: 'head',
      width: 170,
      render: (_, u) => (
        <>
          <div>{orDash(u.headName)}</div>
          {u.headPosition && <Typography.Text type="secondary">{u.headPosition}</Typography.Text>}
        </>
      ),
    },
    {
      title: 'Cấp phó ký thay',
      key: 'deputy',
      width: 140,
      render: (_, u) =>
        u.deputySigns ? (
          <>
            <Tag color="blue">KT.</Tag>
            <div>{u.deputyName}</div>
            <Typography.Text type="secondary">{u.deputyPosition}</Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">Không</Typography.Text>
        ),
    },
    {
      title: 'Liên hệ',
      key: 'contact',
      width: 190,
      render: (_, u) => {
        const lines = [u.address, u.phone, u.email].filter(Boolean);
        return lines.length ? lines.map((line) => <div key={line}>{line}</div>) : '—';
      },
    },
    { title: 'Cán bộ thi đua', dataIndex: 'officerName', width: 140, render: (v: string) => orDash(v) },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 136,
      fixed: 'right',
      render: (_, u) => <RowActions unit={u} year={year} locked={locked} onEdit={onEdit} />,
    },
  ];
}

function RowActions({ unit, year, locked, onEdit }: Options & { unit: YearUnit }) {
  const remove = useWrite('units.removeFromYear', 'Đã bỏ đơn vị khỏi năm thi đua');
  const retire = useWrite('units.retire', (u) => `“${u.name}” ngừng tham gia khối từ sau năm ${u.endYear ?? ''}`);
  const notifyError = useNotifyError();
  return (
    <Space orientation="vertical" size={0} align="start">
      <Button type="link" size="small" disabled={locked} onClick={() => onEdit(unit)} aria-label={`Sửa ${unit.name}`}>
        Sửa
      </Button>
      <Popconfirm
        title={`Bỏ “${unit.name}” khỏi năm ${year.year}?`}
        description="Đơn vị vẫn giữ nguyên trong các năm khác."
        okText="Bỏ khỏi năm"
        cancelText="Hủy"
        okButtonProps={{ danger: true }}
        disabled={locked}
        onConfirm={() => remove.mutateAsync({ yearId: year.id, unitId: unit.unitId }).catch(notifyError)}
      >
        <Button type="link" size="small" danger disabled={locked} aria-label={`Bỏ ${unit.name} khỏi năm ${year.year}`}>
          Bỏ khỏi năm
        </Button>
      </Popconfirm>
      <Popconfirm
        title={`“${unit.name}” ngừng tham gia khối?`}
        description={`Năm ${year.year} là năm cuối cùng của đơn vị; đơn vị được bỏ khỏi các năm sau. Các năm trước giữ nguyên.`}
        okText="Ngừng tham gia"
        cancelText="Hủy"
        okButtonProps={{ danger: true }}
        disabled={locked}
        onConfirm={() => retire.mutateAsync({ unitId: unit.unitId, lastYear: year.year }).catch(notifyError)}
      >
        <Button type="link" size="small" danger disabled={locked} aria-label={`${unit.name} ngừng tham gia từ sau năm ${year.year}`}>
          Ngừng tham gia
        </Button>
      </Popconfirm>
    </Space>
  );
}
