// The grid tab: the group filter, the grid, the active cell's panel and the unit's card. What a typed figure
// becomes is decided here: checked by the engine's own rule before it is sent, held for its reason when the
// bloc's figure differs from the unit's, then written with 'scoring.setScores'.
import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Flex, Popover, Segmented, Tag, Typography, type InputRef } from 'antd';
import type { ScaleDefinition, ScoreChange } from '../../../main/contract/index.js';
import type { Member } from '../../../main/scoring/index.js';
import { CellPanel } from './CellPanel';
import { ALL, filterOptions, gridColumns, visibleItems, type GroupFilter } from './columns';
import type { Waiting } from './GridRow';
import type { Cell } from './keys';
import { ScoreGrid, type Outcome, type ScoreGridHandle, type Target } from './ScoreGrid';
import { differs, entriesOf, figureProblem, lacksReason, normalizeFigure, sameFigure, withChanges } from './sheet';
import { UnitCard } from './UnitCard';
import type { ScoreSheet } from './useScoreSheet';

const itemName = (t: Target) => (t.item.role === 'criterion' ? `tiêu chí ${t.item.code}` : `“${t.item.name}”`);

const SHORTCUTS: [string, string][] = [
  ['Gõ số', 'nhập đè giá trị ô (dấu phẩy hoặc dấu chấm đều được)'],
  ['Enter / F2', 'sửa giá trị ô'],
  ['Enter', 'lưu và xuống ô dưới'],
  ['Tab / Shift+Tab', 'lưu và sang phải / trái'],
  ['Mũi tên', 'di chuyển'],
  ['Esc', 'bỏ giá trị đang gõ'],
  ['Delete', 'xóa giá trị ô'],
  ['Ctrl+V', 'dán một cột (hoặc nhiều cột) từ Excel, bắt đầu từ ô đang chọn'],
];

export function GridTab({ yearId, def, members, scores, readOnly, readOnlyReason }: {
  yearId: number;
  def: ScaleDefinition;
  members: Member[];
  scores: ScoreSheet;
  readOnly: boolean;
  readOnlyReason: string;
}) {
  const { message } = App.useApp();
  const { sheet, standings, apply, saving } = scores;
  const [filter, setFilter] = useState<GroupFilter>(ALL);
  const items = useMemo(() => visibleItems(def, filter), [def, filter]);
  const columns = useMemo(() => gridColumns(items), [items]);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [cardUnit, setCardUnit] = useState<number | null>(null);
  const grid = useRef<ScoreGridHandle>(null);
  const reason = useRef<InputRef>(null);

  const targetOf = (cell: Cell): Target | null => {
    const member = members[cell.row];
    const column = columns[cell.col];
    return member && column ? { member, item: column.item, side: column.side } : null;
  };
  const target = targetOf(active);
  const entryOf = (t: Target) => entriesOf(sheet, t.member.unitId).get(t.item.key);

  useEffect(() => {
    if (waiting) reason.current?.focus();
  }, [waiting]);

  const moveTo = (cell: Cell) => {
    const t = targetOf(cell);
    if (waiting && (t?.member.unitId !== waiting.unitId || t.item.key !== waiting.itemKey || t.side !== 'bloc')) {
      void message.warning(`Chưa lưu điểm Khối chấm ${waiting.bloc.replace('.', ',')} vì chưa có lý do.`);
      setWaiting(null);
    }
    setActive(cell);
  };

  const onCommit = (t: Target, text: string): Outcome => {
    const value = normalizeFigure(text);
    const problem = figureProblem(t.item, value);
    if (problem) {
      void message.error(`${t.member.unitName}: ${problem}`);
      return 'refused';
    }
    const entry = entryOf(t);
    const { unitId } = t.member;
    const itemKey = t.item.key;
    if (t.side === 'self') {
      if (!sameFigure(value, entry?.self ?? null)) void apply([{ unitId, itemKey, self: value ?? '' }]);
      return 'saved';
    }
    if (value !== null && differs(entry?.self ?? null, value) && !entry?.reason.trim()) {
      setWaiting({ unitId, itemKey, bloc: value });
      return 'needsReason';
    }
    setWaiting(null);
    if (!sameFigure(value, entry?.bloc ?? null)) void apply([{ unitId, itemKey, bloc: value ?? '' }]);
    return 'saved';
  };

  const onPaste = (cells: { target: Target; text: string }[], outside: number) => {
    const changes: ScoreChange[] = [];
    const problems: string[] = [];
    for (const { target: t, text } of cells) {
      const value = normalizeFigure(text);
      const problem = figureProblem(t.item, value);
      if (problem) problems.push(`${t.member.unitName}: ${problem}`);
      changes.push({ unitId: t.member.unitId, itemKey: t.item.key, [t.side]: value ?? '' });
    }
    // The service refuses a differing bloc figure without a reason, and then the whole paste.
    const after = withChanges(sheet, changes);
    for (const { target: t } of cells) {
      if (t.side === 'bloc' && lacksReason(entriesOf(after, t.member.unitId).get(t.item.key))) {
        problems.push(`${t.member.unitName}, ${itemName(t)}: điểm Khối chấm khác điểm tự chấm, cần ghi lý do (nhập ô này và ghi lý do ở khung dưới bảng).`);
      }
    }
    if (problems.length > 0) {
      void message.error(`Chưa dán gì: ${problems[0]}${problems.length > 1 ? ` (và ${problems.length - 1} ô khác)` : ''}`);
      return;
    }
    if (outside > 0) void message.warning(`${outside} giá trị nằm ngoài bảng nên không được dán.`);
    void apply(changes).then((ok) => ok && void message.success(`Đã dán ${changes.length} ô.`));
  };

  const onSaveReason = (text: string, viaEnter: boolean) => {
    if (!target) return;
    if (waiting) {
      if (text.trim() === '') {
        void message.error('Cần ghi lý do vì điểm Khối chấm khác điểm tự chấm.');
        return;
      }
      void apply([{ unitId: waiting.unitId, itemKey: waiting.itemKey, bloc: waiting.bloc, reason: text }]);
      setWaiting(null);
    } else {
      void apply([{ unitId: target.member.unitId, itemKey: target.item.key, reason: text }]);
    }
    if (viaEnter) grid.current?.focus();
  };

  const onSaveNote = (text: string, viaEnter: boolean) => {
    if (!target) return;
    void apply([{ unitId: target.member.unitId, itemKey: target.item.key, note: text }]);
    if (viaEnter) grid.current?.focus();
  };

  const missingReasons = [...standings.values()].reduce((n, s) => n + s.missingReasons, 0);
  const card = cardUnit === null ? null : (standings.get(cardUnit) ?? null);
  const names = useMemo(() => new Map(members.map((m) => [m.unitId, m.unitName])), [members]);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Segmented
          aria-label="Lọc theo nhóm"
          value={filter}
          options={filterOptions(def)}
          onChange={(value) => {
            setFilter(value);
            moveTo({ row: active.row, col: 0 });
          }}
        />
        <Flex gap={12} align="center">
          {missingReasons > 0 && <Tag color="red">{missingReasons} điểm Khối chấm chưa có lý do</Tag>}
          <Typography.Text type="secondary" aria-live="polite">
            {readOnly ? 'Chỉ xem' : saving ? 'Đang lưu…' : 'Đã lưu mọi thay đổi'}
          </Typography.Text>
          <Popover
            title="Dùng bàn phím như bảng tính"
            content={
              <table>
                <tbody>
                  {SHORTCUTS.map(([key, what]) => (
                    <tr key={key + what}>
                      <td style={{ paddingRight: 12, whiteSpace: 'nowrap' }}>
                        <Typography.Text keyboard>{key}</Typography.Text>
                      </td>
                      <td>{what}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <Typography.Link>Phím tắt</Typography.Link>
          </Popover>
        </Flex>
      </Flex>
      <ScoreGrid
        ref={grid}
        def={def}
        items={items}
        columns={columns}
        members={members}
        sheet={sheet}
        standings={standings}
        readOnly={readOnly}
        active={active}
        onActive={moveTo}
        waiting={waiting}
        onCommit={onCommit}
        onPaste={onPaste}
        onOpenCard={setCardUnit}
        onReadOnly={() => void message.info({ content: readOnlyReason, key: 'score-grid-read-only' })}
      />
      {target && (
        <CellPanel
          yearId={yearId}
          def={def}
          target={target}
          entry={entryOf(target)}
          waiting={waiting?.unitId === target.member.unitId && waiting.itemKey === target.item.key ? waiting : null}
          readOnly={readOnly}
          reasonRef={reason}
          onSaveReason={onSaveReason}
          onCancelWaiting={() => {
            setWaiting(null);
            grid.current?.focus();
          }}
          onSaveNote={onSaveNote}
          onOpenCard={setCardUnit}
        />
      )}
      <UnitCard yearId={yearId} standing={card} names={names} onClose={() => setCardUnit(null)} />
    </Flex>
  );
}
