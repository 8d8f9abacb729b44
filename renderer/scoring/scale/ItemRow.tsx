// One criterion or sub-criterion: code, name (with its guidance and, for a criterion, "Thêm tiêu chí
// con" under it), maximum, how it is scored, and its actions. It moves with ↑ ↓, with Alt+↑ / Alt+↓
// anywhere in the row, or by dragging its handle.
import { useState } from 'react';
import { Button, Input, InputNumber, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { useRowDrag, type RowRef } from './drag';
import type { DraftSub } from './draft';
import { At, GuidanceToggle, keepFocus, PointsInput, TextInput } from './fields';
import { KindField } from './KindField';

/** Handle, code, name, maximum, kind, actions: the criteria table's columns, shared by its header. */
export const ROW_COLUMNS = '20px 96px minmax(0, 1fr) 100px 250px 76px';

interface Props {
  path: string;
  row: RowRef;
  item: DraftSub;
  /** "tiêu chí 1.2", "tiêu chí con 1.2.a": how the buttons and fields are named. */
  name: string;
  /** A criterion with sub-criteria: its maximum is theirs added up and it is scored through them. */
  parent?: boolean;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  onChange: (patch: Partial<DraftSub>) => void;
  onMove: (delta: -1 | 1) => void;
  onCopy: () => void;
  onRemove: () => void;
  onAddSub?: () => void;
}

export function ItemRow({ path, row, item, name, parent, first, last, readOnly, onChange, onMove, onCopy, onRemove, onAddSub }: Props) {
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const drag = useRowDrag(row, readOnly);
  const shift = (delta: -1 | 1) => {
    if ((delta < 0 && first) || (delta > 0 && last)) return;
    keepFocus();
    onMove(delta);
  };
  const line = '2px solid #1677ff';
  return (
    <div
      data-row
      data-path={path}
      role="group"
      aria-label={name.charAt(0).toUpperCase() + name.slice(1)}
      aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
      tabIndex={-1}
      onKeyDownCapture={(e) => {
        // Alt+arrows move the row, before a number field or a list takes them.
        if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        e.stopPropagation();
        shift(e.key === 'ArrowUp' ? -1 : 1);
      }}
      {...drag.target}
      style={{
        display: 'grid',
        gridTemplateColumns: ROW_COLUMNS,
        gap: 8,
        alignItems: 'start',
        padding: '6px 4px',
        marginLeft: row.type === 'sub' ? 28 : 0,
        borderTop: drag.line === 'top' ? line : '2px solid transparent',
        borderBottom: drag.line === 'bottom' ? line : '1px solid #f0f0f0',
        background: row.type === 'sub' ? '#fafafa' : undefined,
        opacity: drag.dragged ? 0.4 : 1,
        outline: 'none',
      }}
    >
      <span
        {...drag.handle}
        aria-hidden
        title={readOnly ? undefined : 'Kéo để đổi thứ tự (hoặc Alt+↑ / Alt+↓)'}
        style={{ cursor: readOnly ? 'default' : 'grab', color: readOnly ? 'transparent' : '#999', paddingTop: 5, userSelect: 'none' }}
      >
        ⠿
      </span>
      <At path={`${path}.code`}>
        <Input aria-label={`Mã ${name}`} value={item.code} onChange={(e) => onChange({ code: e.target.value })} />
      </At>
      <div style={{ minWidth: 0 }}>
        <TextInput path={`${path}.name`} label={`Tên ${name}`} value={item.name} onChange={(v) => onChange({ name: v })} multiline />
        <Space size={16} wrap>
          {(!readOnly || item.guidance.trim() !== '') && (
            <GuidanceToggle open={guidanceOpen} onToggle={() => setGuidanceOpen(!guidanceOpen)} guidance={item.guidance} label="Hướng dẫn chấm" />
          )}
          {!readOnly && (
            <>
              {onAddSub && (
                <Button type="link" size="small" onClick={onAddSub} style={{ paddingInline: 0 }} aria-label={`Thêm tiêu chí con cho ${name}`}>
                  + Thêm tiêu chí con
                </Button>
              )}
              <Button type="link" size="small" onClick={onCopy} style={{ paddingInline: 0 }} aria-label={`Sao chép ${name}`} title="Thêm một bản sao ngay dưới">
                Sao chép
              </Button>
              {parent ? (
                <Popconfirm title={`Xóa ${name} cùng các tiêu chí con?`} okText="Xóa" cancelText="Hủy" okButtonProps={{ danger: true }} onConfirm={onRemove}>
                  <Button type="link" size="small" danger style={{ paddingInline: 0 }} aria-label={`Xóa ${name}`}>
                    Xóa
                  </Button>
                </Popconfirm>
              ) : (
                <Button type="link" size="small" danger onClick={onRemove} style={{ paddingInline: 0 }} aria-label={`Xóa ${name}`} title="Xóa (có thể hoàn tác)">
                  Xóa
                </Button>
              )}
            </>
          )}
        </Space>
        {guidanceOpen && (
          <TextInput
            path={`${path}.guidance`}
            label={`Hướng dẫn chấm ${name}`}
            value={item.guidance}
            onChange={(v) => onChange({ guidance: v })}
            placeholder="Cách chấm, minh chứng cần nộp…"
            multiline
          />
        )}
      </div>
      {parent ? (
        <At path={`${path}.max`}>
          <Tooltip title="Bằng tổng điểm tối đa của các tiêu chí con">
            <InputNumber aria-label={`Điểm tối đa ${name}`} value={item.max} readOnly decimalSeparator="," style={{ width: '100%', background: '#fafafa' }} />
          </Tooltip>
        </At>
      ) : (
        <PointsInput path={`${path}.max`} label={`Điểm tối đa ${name}`} value={item.max} onChange={(max) => onChange({ max })} />
      )}
      {parent ? (
        <Typography.Text type="secondary" style={{ paddingTop: 5 }}>
          Chấm theo các tiêu chí con
        </Typography.Text>
      ) : (
        <KindField path={`${path}.kind`} name={name} kind={item.kind} onChange={(kind) => onChange({ kind })} />
      )}
      {readOnly ? (
        <span />
      ) : (
        <Space.Compact>
          <Button aria-label={`Chuyển lên ${name}`} title="Chuyển lên (Alt+↑)" disabled={first} onClick={() => shift(-1)}>
            ↑
          </Button>
          <Button aria-label={`Chuyển xuống ${name}`} title="Chuyển xuống (Alt+↓)" disabled={last} onClick={() => shift(1)}>
            ↓
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}
