// The bar under the editor: the declared base, each group's criteria against its maximum, the bonus cap,
// and whether the draft is saved.
import { Fragment } from 'react';
import { Button, Typography } from 'antd';
import { addPoints, type Draft } from './draft';
import { shown } from './fields';
import { StickyBar } from '../../common/StickyBar';

export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'readOnly';

const saveText: Record<Exclude<SaveState, 'readOnly'>, { text: string; type: 'success' | 'secondary' | 'warning' }> = {
  saved: { text: 'Đã lưu', type: 'success' },
  pending: { text: 'Có thay đổi, đang chờ tự lưu…', type: 'secondary' },
  saving: { text: 'Đang lưu…', type: 'secondary' },
  invalid: { text: 'Chưa lưu: sửa các ô báo đỏ để lưu', type: 'warning' },
};

export function SummaryBar({ draft, groupSums, state, onSave }: { draft: Draft; groupSums: string[]; state: SaveState; onSave: () => void }) {
  const groupsTotal = addPoints(draft.groups.map((g) => g.max));
  const baseMatches = shown(groupsTotal) === shown(draft.base);
  return (
    <StickyBar role="status" aria-label="Tổng hợp thang điểm" style={{ gap: 16 }}>
      <Typography.Text data-testid="scale-summary" style={{ flex: 1, minWidth: 320 }}>
        <Typography.Text strong type={baseMatches ? undefined : 'danger'}>
          Tổng điểm chuẩn {shown(draft.base)}
          {baseMatches ? '' : ` (các nhóm cộng lại ${shown(groupsTotal)})`}
        </Typography.Text>
        {draft.groups.map((g, i) => {
          const sum = groupSums[i] ?? '0';
          const ok = shown(sum) === shown(g.max);
          return (
            <Fragment key={g.key}>
              {' · '}
              <Typography.Text type={ok ? undefined : 'danger'}>
                {i === 0 ? 'Nhóm ' : ''}
                {g.code} {shown(sum)}/{shown(g.max)}
              </Typography.Text>
            </Fragment>
          );
        })}
        {' · '}Thưởng tối đa {shown(draft.bonusCap)}
      </Typography.Text>
      {state !== 'readOnly' && (
        <>
          <Typography.Text type={saveText[state].type}>{saveText[state].text}</Typography.Text>
          <Button type="primary" onClick={onSave} loading={state === 'saving'} disabled={state === 'saved'}>
            Lưu
          </Button>
        </>
      )}
    </StickyBar>
  );
}
