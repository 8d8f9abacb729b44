// The selected year's member units: search, add (one, or many pasted or from a workbook), edit, remove,
// retire, merge, export and print. A compact table the keyboard walks: arrows move, Enter edits.
import { useState, type KeyboardEvent } from 'react';
import { Alert, Button, Flex, Space, Table, Typography } from 'antd';
import { matchesSearch, sortVietnamese } from '../../main/common/vietnamese.js';
import type { YearUnit } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { navigate, numberParam, useRouteParams } from '../app/routes';
import { useSelection } from '../app/selection';
import { SearchBox } from '../common/SearchBox';
import { AddExistingModal } from './AddExistingModal';
import { BulkTools } from './BulkTools';
import { MergeModal } from './MergeModal';
import { memberColumns } from './memberColumns';
import { UnitDrawer } from './UnitDrawer';

type Dialog = { kind: 'edit'; unit: YearUnit | null } | { kind: 'existing' } | { kind: 'merge' } | null;

export function MembersTab() {
  const { bloc, year, locked } = useSelection();
  const members = useRead('units.list', { yearId: year.id });
  const all = useRead('units.listAll', { blocId: bloc.id });
  const pledges = useRead('units.issuedPledges', { blocId: bloc.id });
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<number[]>([]);
  // "#/units?edit=<unitId>&from=pledges": another screen (the pledge's signatories) asks to edit a unit.
  const params = useRouteParams();
  const [toEdit, setToEdit] = useState(() => numberParam(params, 'edit'));
  const fromPledges = params.get('from') === 'pledges';
  if (toEdit !== null && members.data) {
    const unit = members.data.find((u) => u.unitId === toEdit);
    setToEdit(null);
    if (unit && !locked) setDialog({ kind: 'edit', unit });
  }

  if (members.isError) return <Alert type="error" showIcon title={members.error.message} />;
  const rows = sortVietnamese(members.data ?? [], (u) => u.name);
  const shown = rows.filter((u) =>
    matchesSearch(query, u.name, u.shortName, u.headName, u.headPosition, u.deputyName, u.officerName),
  );
  const memberIds = new Set(rows.map((u) => u.unitId));
  const candidates = (all.data ?? []).filter((u) => !memberIds.has(u.id) && (u.endYear === null || u.endYear >= year.year));
  const toMerge = rows.filter((u) => selected.includes(u.unitId));
  const edit = (unit: YearUnit | null) => !locked && setDialog({ kind: 'edit', unit });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {locked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: danh sách đơn vị chỉ để xem.`} />}
      {fromPledges && (
        <Alert
          type="info"
          showIcon
          title="Chức vụ, họ tên thủ trưởng và cấp phó ký thay sửa ở đây được dùng cho bản giao ước thi đua."
          action={
            <Button size="small" type="primary" onClick={() => navigate('pledges')}>
              Quay lại Giao ước thi đua
            </Button>
          }
        />
      )}
      {/* Search and what the table holds on one line, the actions on the next: room for 12 rows at 768 pixels. */}
      <Flex wrap gap={16} align="center">
        <SearchBox
          label="Tìm đơn vị"
          value={query}
          onChange={setQuery}
          placeholder="Tìm đơn vị, thủ trưởng (gõ không dấu cũng được)"
        />
        <Typography.Text type="secondary">
          {query
            ? `Tìm thấy ${shown.length} trên ${rows.length} đơn vị`
            : `Năm ${year.year} có ${rows.length} đơn vị thành viên. Đánh dấu từ hai đơn vị trở lên để hợp nhất.`}
        </Typography.Text>
      </Flex>
      <Flex wrap gap={8} className="no-print">
        <Button type="primary" disabled={locked} onClick={() => edit(null)}>
          Thêm đơn vị
        </Button>
        <Button disabled={locked} onClick={() => setDialog({ kind: 'existing' })}>
          Thêm đơn vị đã có
        </Button>
        <Button disabled={locked || toMerge.length < 2} onClick={() => setDialog({ kind: 'merge' })}>
          Hợp nhất đơn vị{toMerge.length ? ` (${toMerge.length})` : ''}
        </Button>
        <BulkTools />
      </Flex>
      <Table<YearUnit>
        rowKey="unitId"
        size="small"
        loading={members.isPending}
        dataSource={shown}
        pagination={false}
        rowSelection={
          locked
            ? undefined
            : {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(Number)),
                columnWidth: 48,
                getCheckboxProps: (u) => ({ 'aria-label': `Chọn ${u.name}` }),
                getTitleCheckboxProps: () => ({ 'aria-label': 'Chọn tất cả đơn vị' }),
              }
        }
        onRow={(unit) => ({
          tabIndex: 0,
          'aria-label': unit.name,
          onKeyDown: (event) => onRowKey(event, () => edit(unit)),
        })}
        locale={{
          emptyText: query ? 'Không có đơn vị nào khớp với từ khóa' : `Năm ${year.year} chưa có đơn vị thành viên`,
        }}
        columns={memberColumns({ year, locked, pledges: pledges.data, onEdit: edit })}
      />
      <UnitDrawer open={dialog?.kind === 'edit'} unit={dialog?.kind === 'edit' ? dialog.unit : null} onClose={() => setDialog(null)} />
      <AddExistingModal open={dialog?.kind === 'existing'} candidates={candidates} onClose={() => setDialog(null)} />
      <MergeModal
        open={dialog?.kind === 'merge'}
        units={toMerge}
        pledges={pledges.data}
        onClose={() => {
          setDialog(null);
          setSelected([]);
        }}
      />
    </Space>
  );
}

/**
 * A focused row: arrow Up/Down move to the row above or below, Enter opens it for editing. Only keys on the row
 * itself: a button inside it (or a confirmation opened from it) keeps its own keys. Enter's default is
 * prevented, or its keypress would reach the drawer's first field as it takes the focus and submit the form.
 */
function onRowKey(event: KeyboardEvent<HTMLElement>, edit: () => void) {
  if (event.target !== event.currentTarget) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    edit();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const sibling = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
    if (sibling instanceof HTMLElement && sibling.tabIndex >= 0) sibling.focus();
  }
}
