// A group of the scale (I, II…): its code, name, maximum and guidance, what its criteria add up to against
// that maximum, and its criteria with their sub-criteria.
import { useState } from 'react';
import { Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import type { Draft, DraftGroup } from './draft';
import { At, GuidanceToggle, PointsInput, shown, TextInput } from './fields';
import { ItemRow, ROW_COLUMNS } from './ItemRow';
import {
  addCriterion,
  addSub,
  copyCriterion,
  copySub,
  moveCriterion,
  moveSub,
  patchCriterion,
  patchGroup,
  patchSub,
  removeCriterion,
  removeSub,
  restoreCriterion,
  restoreSub,
} from './ops';

const MAX_CRITERIA = 200;
const MAX_CHILDREN = 30;
const GROUP_COLUMNS = '96px minmax(0, 1fr) 140px';

interface Props {
  group: DraftGroup;
  gi: number;
  groups: number;
  /** What the group's criteria add up to (the engine's plain decimal). */
  sum: string;
  readOnly: boolean;
  update: (change: (d: Draft) => Draft) => void;
  /** Says what was deleted, with "Hoàn tác". */
  removed: (what: string, undo: () => void) => void;
  onMoveGroup: (delta: -1 | 1) => void;
  onRemoveGroup: () => void;
}

export function GroupCard({ group, gi, groups, sum, readOnly, update, removed, onMoveGroup, onRemoveGroup }: Props) {
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const path = `groups.${gi}`;
  const label = `nhóm ${group.code || gi + 1}`;
  const balanced = shown(sum) === shown(group.max);
  return (
    <div data-path={path}>
      <Card
        size="small"
        title={`Nhóm ${group.code}${group.name ? `. ${group.name}` : ''}`}
        extra={
          !readOnly && (
            <Space.Compact>
              <Button size="small" aria-label={`Chuyển lên ${label}`} title="Chuyển nhóm lên" disabled={gi === 0} onClick={() => onMoveGroup(-1)}>
                ↑
              </Button>
              <Button size="small" aria-label={`Chuyển xuống ${label}`} title="Chuyển nhóm xuống" disabled={gi === groups - 1} onClick={() => onMoveGroup(1)}>
                ↓
              </Button>
              <Popconfirm
                title={`Xóa ${label} cùng ${group.criteria.length} tiêu chí của nhóm?`}
                okText="Xóa nhóm"
                cancelText="Hủy"
                okButtonProps={{ danger: true }}
                onConfirm={onRemoveGroup}
              >
                <Button size="small" danger aria-label={`Xóa ${label}`}>
                  Xóa nhóm
                </Button>
              </Popconfirm>
            </Space.Compact>
          )
        }
      >
        <div style={{ display: 'grid', gridTemplateColumns: GROUP_COLUMNS, gap: 8, color: '#888', fontSize: 12, marginBottom: 2 }} aria-hidden>
          <span>Mã nhóm</span>
          <span>Tên nhóm</span>
          <span>Điểm tối đa của nhóm</span>
        </div>
        <div style={{ display: 'grid', gridTemplateColumns: GROUP_COLUMNS, gap: 8, alignItems: 'start' }}>
          <At path={`${path}.code`}>
            <Input aria-label={`Mã ${label}`} value={group.code} onChange={(e) => update((d) => patchGroup(d, gi, { code: e.target.value }))} />
          </At>
          <TextInput
            path={`${path}.name`}
            label={`Tên ${label}`}
            value={group.name}
            placeholder="Tên nhóm tiêu chí, ví dụ: Thực hiện nhiệm vụ chính trị, chuyên môn"
            onChange={(name) => update((d) => patchGroup(d, gi, { name }))}
            multiline
          />
          <PointsInput path={`${path}.max`} label={`Điểm tối đa ${label}`} value={group.max} onChange={(max) => update((d) => patchGroup(d, gi, { max }))} />
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, alignItems: 'baseline', margin: '4px 0 8px' }}>
          {readOnly && group.guidance.trim() === '' ? (
            <span />
          ) : (
            <GuidanceToggle open={guidanceOpen} onToggle={() => setGuidanceOpen(!guidanceOpen)} guidance={group.guidance} label="Hướng dẫn chấm của nhóm" />
          )}
          <Typography.Text type={balanced ? 'success' : 'danger'} strong data-testid="group-sum">
            Tổng tối đa các tiêu chí: {shown(sum)}/{shown(group.max)}
            {balanced ? ' ✓' : ' — chưa khớp'}
          </Typography.Text>
        </div>
        {guidanceOpen && (
          <div style={{ marginBottom: 8 }}>
            <TextInput
              path={`${path}.guidance`}
              label={`Hướng dẫn chấm ${label}`}
              value={group.guidance}
              onChange={(guidance) => update((d) => patchGroup(d, gi, { guidance }))}
              multiline
            />
          </div>
        )}
        <div data-path={`${path}.criteria`}>
          {group.criteria.length > 0 && (
            <div
              aria-hidden
              style={{ display: 'grid', gridTemplateColumns: ROW_COLUMNS, gap: 8, padding: '4px', color: '#888', fontSize: 12, borderBottom: '1px solid #f0f0f0' }}
            >
              <span />
              <span>Mã</span>
              <span>Tên tiêu chí</span>
              <span>Điểm tối đa</span>
              <span>Cách chấm</span>
              <span />
            </div>
          )}
          {group.criteria.map((c, ci) => {
            const at = `${path}.criteria.${ci}`;
            const name = `tiêu chí ${c.code || `mới ${ci + 1}`}`;
            return (
              <div key={c.key}>
                <ItemRow
                  path={at}
                  row={{ type: 'criterion', gi, ci }}
                  item={c}
                  name={name}
                  parent={c.children.length > 0}
                  first={ci === 0}
                  last={ci === group.criteria.length - 1}
                  readOnly={readOnly}
                  onChange={(patch) => update((d) => patchCriterion(d, gi, ci, patch))}
                  onMove={(delta) => update((d) => moveCriterion(d, gi, ci, gi, ci + delta))}
                  onCopy={() => update((d) => copyCriterion(d, gi, ci))}
                  onRemove={() => {
                    update((d) => removeCriterion(d, gi, ci));
                    removed(name, () => update((d) => restoreCriterion(d, group.key, ci, c)));
                  }}
                  onAddSub={c.children.length < MAX_CHILDREN ? () => update((d) => addSub(d, gi, ci)) : undefined}
                />
                {c.children.map((s, si) => {
                  const subName = `tiêu chí con ${s.code || `mới ${si + 1}`}`;
                  return (
                    <ItemRow
                      key={s.key}
                      path={`${at}.children.${si}`}
                      row={{ type: 'sub', gi, ci, si }}
                      item={s}
                      name={subName}
                      first={si === 0}
                      last={si === c.children.length - 1}
                      readOnly={readOnly}
                      onChange={(patch) => update((d) => patchSub(d, gi, ci, si, patch))}
                      onMove={(delta) => update((d) => moveSub(d, gi, ci, si, si + delta))}
                      onCopy={() => update((d) => copySub(d, gi, ci, si))}
                      onRemove={() => {
                        update((d) => removeSub(d, gi, ci, si));
                        removed(subName, () => update((d) => restoreSub(d, c.key, si, s)));
                      }}
                    />
                  );
                })}
              </div>
            );
          })}
          {group.criteria.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
              Nhóm chưa có tiêu chí nào.
            </Typography.Paragraph>
          )}
        </div>
        {!readOnly && (
          <Button style={{ marginTop: 8 }} disabled={group.criteria.length >= MAX_CRITERIA} onClick={() => update((d) => addCriterion(d, gi))}>
            + Thêm tiêu chí vào {label}
          </Button>
        )}
      </Card>
    </div>
  );
}
