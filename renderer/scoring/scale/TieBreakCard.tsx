// The tie-break chain: when two units have the same total, the first step that separates them decides
// (the points of a chosen group, the number of bonus items), and a re-vote of the bloc closes the chain.
import { Card, Select, Typography } from 'antd';
import type { TieBreak } from '../../../main/contract/index.js';
import { OrderedList } from '../../common/OrderedList';
import type { Draft } from './draft';
import { At } from './fields';

const valueOf = (t: TieBreak): string => (t.type === 'group' ? `group:${t.groupKey}` : t.type);
const fromValue = (value: string): TieBreak =>
  value.startsWith('group:') ? { type: 'group', groupKey: value.slice('group:'.length) } : { type: value as 'bonusCount' | 'revote' };

export function TieBreakCard({ draft, readOnly, update }: { draft: Draft; readOnly: boolean; update: (change: (d: Draft) => Draft) => void }) {
  const options = [
    ...draft.groups.map((g) => ({ value: `group:${g.key}`, label: `Điểm nhóm ${g.code}${g.name ? ` (${g.name})` : ''}` })),
    { value: 'bonusCount', label: 'Số mục điểm thưởng' },
    { value: 'revote', label: 'Bỏ phiếu lại' },
  ];
  const known = new Set(options.map((o) => o.value));
  return (
    <Card size="small" title="Thứ tự ưu tiên khi bằng điểm" data-path="tieBreaks">
      <Typography.Paragraph type="secondary">
        Hai đơn vị bằng tổng điểm thì xét lần lượt từng bước dưới đây; bước đầu tiên phân biệt được sẽ quyết định thứ hạng. Bỏ phiếu lại là bước cuối cùng.
      </Typography.Paragraph>
      {readOnly ? (
        <ol style={{ margin: 0 }}>
          {draft.tieBreaks.map((t, i) => (
            <li key={i}>{options.find((o) => o.value === valueOf(t))?.label ?? 'Nhóm đã bị xóa khỏi thang điểm'}</li>
          ))}
        </ol>
      ) : (
        <OrderedList<TieBreak>
          items={draft.tieBreaks}
          onChange={(tieBreaks) => update((d) => ({ ...d, tieBreaks }))}
          noun="bước"
          addLabel="+ Thêm bước"
          max={10}
          draggable
          newItem={() => ({ type: 'bonusCount' })}
          renderItem={(t, i, change) => (
            <At path={`tieBreaks.${i}`}>
              <Select
                aria-label={`Bước ${i + 1} khi bằng điểm`}
                value={valueOf(t)}
                onChange={(value: string) => change(fromValue(value))}
                options={known.has(valueOf(t)) ? options : [...options, { value: valueOf(t), label: 'Nhóm đã bị xóa khỏi thang điểm' }]}
                style={{ width: '100%' }}
              />
            </At>
          )}
        />
      )}
    </Card>
  );
}
