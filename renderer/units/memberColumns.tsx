// Columns of the member table, with the row actions.
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { compareVietnamese } from '../../main/common/vietnamese.js';
import type { IssuedPledgeStatus, Year, YearUnit } from '../../main/contract/index.js';
import { useWrite } from '../api/hooks';
import { useNotifyError } from '../common/actions';
import { orDash } from '../common/text';
import { pledgeWarning } from './pledgeWarning';

interface Options {
  year: Year;
  locked: boolean;
  /** The bloc's issued pledges, to warn before a unit leaves a year whose pledge lists it. */
  pledges: IssuedPledgeStatus[] | undefined;
  onEdit: (unit: YearUnit) => void;
}

export function memberColumns({ year, locked, pledges, onEdit }: Options): ColumnsType<YearUnit> {
  return [
    { title: 'STT', key: 'index', width: 48, align: 'center', render: (_, __, i) => i + 1 },
    {
      title: 'Tên đơn vị',
      dataIndex: 'name',
      ellipsis: true,
      sorter: (a, b) => compareVietnamese(a.name, b.name),
      // The role first: a long name is cut at the column's end, the role stays in sight.
      render: (_, u) => (
        <span title={u.name}>
          {u.unitId === year.headUnitId && <Tag color="red" style={{ marginInlineEnd: 6 }}>Trưởng khối</Tag>}
          {u.unitId === year.deputyUnitId && <Tag color="orange" style={{ marginInlineEnd: 6 }}>Phó khối</Tag>}
          <Typography.Text strong>{u.name}</Typography.Text>
        </span>
      ),
    },
    { title: 'Viết tắt', dataIndex: 'shortName', width: 110, ellipsis: true, render: (v: string) => orDash(v) },
    {
      // Who signs the pledge for the unit: the head, or the deputy for the head (KT.). The rest is in the drawer.
      title: 'Người ký',
      key: 'signer',
      width: 280,
      ellipsis: true,
      render: (_, u) =>
        u.deputySigns ? (
          <>
            <Tag color="blue">KT.</Tag>
            {u.deputyName} <Typography.Text type="secondary">{u.deputyPosition}</Typography.Text>
          </>
        ) : (
          <>
            {orDash(u.headName)} {u.headPosition && <Typography.Text type="secondary">{u.headPosition}</Typography.Text>}
          </>
        ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 270,
      className: 'no-print',
      render: (_, u) => <RowActions unit={u} year={year} locked={locked} pledges={pledges} onEdit={onEdit} />,
    },
  ];
}

/** Link buttons as tall as the text: a row stays one line high. */
const COMPACT = { height: 22, paddingBlock: 0 };

function RowActions({ unit, year, locked, pledges, onEdit }: Options & { unit: YearUnit }) {
  const remove = useWrite('units.removeFromYear', 'Đã bỏ đơn vị khỏi năm thi đua');
  const retire = useWrite('units.retire', (u) => `“${u.name}” ngừng tham gia khối từ sau năm ${u.endYear ?? ''}`);
  const notifyError = useNotifyError();
  // Removing leaves this year; retiring after this year leaves the later ones.
  const removeWarning = pledgeWarning(pledges, [unit.unitId], (y) => y === year.year);
  const retireWarning = pledgeWarning(pledges, [unit.unitId], (y) => y > year.year);
  return (
    <Space size={0}>
      <Button type="link" size="small" style={COMPACT} disabled={locked} onClick={() => onEdit(unit)} aria-label={`Sửa ${unit.name}`}>
        Sửa
      </Button>
      <Popconfirm
        title={`Bỏ “${unit.name}” khỏi năm ${year.year}?`}
        description={<Warned text="Đơn vị vẫn giữ nguyên trong các năm khác." warning={removeWarning} />}
        okText="Bỏ khỏi năm"
        cancelText="Hủy"
        okButtonProps={{ danger: true }}
        disabled={locked}
        onConfirm={() => remove.mutateAsync({ yearId: year.id, unitId: unit.unitId }).catch(notifyError)}
      >
        <Button type="link" size="small" style={COMPACT} danger disabled={locked} aria-label={`Bỏ ${unit.name} khỏi năm ${year.year}`}>
          Bỏ khỏi năm
        </Button>
      </Popconfirm>
      <Popconfirm
        title={`“${unit.name}” ngừng tham gia khối?`}
        description={
          <Warned
            text={`Năm ${year.year} là năm cuối cùng của đơn vị; đơn vị được bỏ khỏi các năm sau. Các năm trước giữ nguyên.`}
            warning={retireWarning}
          />
        }
        okText="Ngừng tham gia"
        cancelText="Hủy"
        okButtonProps={{ danger: true }}
        disabled={locked}
        onConfirm={() => retire.mutateAsync({ unitId: unit.unitId, lastYear: year.year }).catch(notifyError)}
      >
        <Button type="link" size="small" style={COMPACT} danger disabled={locked} aria-label={`${unit.name} ngừng tham gia từ sau năm ${year.year}`}>
          Ngừng tham gia
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** A confirmation's text, and the issued pledge that will no longer match, when there is one. */
function Warned({ text, warning }: { text: string; warning: string | null }) {
  return (
    <div style={{ maxWidth: 420 }}>
      <div>{text}</div>
      {warning && (
        <Typography.Text type="warning" strong data-testid="pledge-warning">
          {warning}
        </Typography.Text>
      )}
    </div>
  );
}
