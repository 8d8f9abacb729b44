// One unit's row: its name, a plain cell per item and side, and its computed totals. The figures and the
// totals are separate memoized parts, so an edit re-renders the edited row's cells and, where a total or a
// rank moved, only those rows' computed cells.
import { memo } from 'react';
import type { ScaleGroup, Standing } from '../../../main/contract/index.js';
import { formatPoints, type Member } from '../../../main/scoring/index.js';
import { CellEditor, type EditorDone, type Editing } from './CellEditor';
import type { GridColumn } from './columns';
import type { Cell } from './keys';
import { figureText, lacksReason, type UnitEntries } from './sheet';

/** A bloc figure typed but not saved yet: it waits for its reason. */
export interface Waiting {
  unitId: number;
  itemKey: string;
  bloc: string;
}

interface RowProps {
  member: Member;
  row: number;
  entries: UnitEntries;
  standing: Standing | undefined;
  columns: GridColumn[];
  groups: ScaleGroup[];
  /** The active cell's column when it is in this row, else -1. */
  activeCol: number;
  /** The cell being typed in, when it is in this row. */
  editing: (Editing & Cell) | null;
  /** The item key of this row's bloc figure waiting for a reason. */
  waiting: Waiting | null;
  onEditorDone: EditorDone;
}

export const GridRow = memo(function GridRow(props: RowProps) {
  const { member, row, standing, activeCol } = props;
  return (
    <tr data-row={row} className={activeCol >= 0 ? 'sg-active-row' : undefined}>
      <th scope="row" className="sg-unit">
        <div className="sg-unit-inner">
          <button type="button" tabIndex={-1} className="sg-unit-name" data-card={member.unitId} title={`${member.unitName}: xem thẻ điểm`}>
            {member.unitName}
          </button>
          {standing && standing.missingReasons > 0 && (
            <span className="sg-flag" title={`${standing.missingReasons} điểm Khối chấm khác điểm tự chấm chưa có lý do`}>
              !
            </span>
          )}
        </div>
      </th>
      <EntryCells
        member={member}
        entries={props.entries}
        columns={props.columns}
        activeCol={activeCol}
        editing={props.editing}
        waiting={props.waiting}
        onEditorDone={props.onEditorDone}
      />
      <ComputedCells unitId={member.unitId} standing={standing} groups={props.groups} />
    </tr>
  );
});

type EntryProps = Pick<RowProps, 'member' | 'entries' | 'columns' | 'activeCol' | 'editing' | 'waiting' | 'onEditorDone'>;

const EntryCells = memo(function EntryCells({ member, entries, columns, activeCol, editing, waiting, onEditorDone }: EntryProps) {
  return columns.map(({ item, side }, col) => {
    const entry = entries.get(item.key);
    const held = side === 'bloc' && waiting?.itemKey === item.key ? waiting : null;
    const active = col === activeCol;
    const classes = ['sg-cell'];
    if (side === 'bloc') classes.push('sg-bloc');
    if (active) classes.push('sg-active');
    if (held || (side === 'bloc' && lacksReason(entry))) classes.push('sg-needs-reason');
    return (
      <td
        key={`${item.key}/${side}`}
        id={active ? 'score-grid-active' : undefined}
        className={classes.join(' ')}
        data-col={col}
        data-unit-id={member.unitId}
        data-item-key={item.key}
        data-side={side}
        aria-selected={active}
      >
        {editing?.col === col ? (
          <CellEditor editing={editing} label={`${member.unitName}, ${item.role === 'criterion' ? item.code : item.name}`} onDone={onEditorDone} />
        ) : held ? (
          <span className="sg-waiting" title="Chưa lưu: cần ghi lý do">
            {figureText(held.bloc)}
          </span>
        ) : (
          figureText(entry?.[side])
        )}
      </td>
    );
  });
});

function rankTitle(standing: Standing): string | undefined {
  if (standing.disqualified) return `Không xét xếp hạng: ${standing.disqualified.reason}`;
  if (standing.revoteWith.length > 0) return 'Bằng điểm, tiêu chí phụ không phân định được: Khối bỏ phiếu lại';
  return standing.tieBreakNote ?? undefined;
}

const ComputedCells = memo(function ComputedCells({ unitId, standing, groups }: { unitId: number; standing: Standing | undefined; groups: ScaleGroup[] }) {
  if (!standing) return null;
  const out = standing.disqualified;
  return (
    <>
      {groups.map((g) => {
        const points = standing.groups.find((x) => x.key === g.key)?.final;
        return (
          <td key={g.key} className="sg-computed">
            {points === undefined ? '' : formatPoints(points)}
          </td>
        );
      })}
      <td className="sg-computed">{formatPoints(standing.bonus)}</td>
      <td className="sg-computed">{formatPoints(standing.deductions)}</td>
      <td className="sg-total" data-testid={`total-${unitId}`}>
        {formatPoints(standing.total)}
      </td>
      <td className={`sg-rank${out ? ' sg-out' : ''}`} data-testid={`rank-${unitId}`} title={rankTitle(standing)}>
        {out ? 'Loại' : standing.rank === null ? '' : `${standing.rank}${standing.revoteWith.length > 0 ? '*' : ''}`}
      </td>
      <td className="sg-computed sg-class">{out ? 'Không xét' : (standing.classification ?? '')}</td>
    </>
  );
});
