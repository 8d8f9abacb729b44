// "Chấm điểm" of the selected year: the score grid on the locked scale, and the self-scoring workbooks
// sent to the units and returned. Without a locked scale there is nothing to score yet; a closed year is
// shown read-only.
import { useMemo } from 'react';
import { Alert, Button, Spin, Tabs, Typography } from 'antd';
import type { Scale, ScaleDefinition, ScoreEntry, YearUnit } from '../../../main/contract/index.js';
import { useRead } from '../../api/hooks';
import { navigate } from '../../app/routes';
import { useSelection } from '../../app/selection';
import { GridTab } from './GridTab';
import { useScoreSheet } from './useScoreSheet';
import { WorkbooksTab } from './WorkbooksTab';

/** Why the year cannot be scored yet, or null when a version of its scale is locked. */
function notScorable(year: number, current: Scale | null, inForce: Scale | null): string | null {
  if (inForce) return null;
  if (current === null) return `Năm ${year} chưa có thang điểm. Hãy lập thang điểm (theo mẫu của khối hoặc của năm trước) và khóa lại trước khi chấm.`;
  return `Thang điểm năm ${year} còn là bản nháp. Hãy kiểm tra và khóa thang điểm để bắt đầu chấm.`;
}

export function ScoresPage() {
  const { year, locked } = useSelection();
  const scale = useRead('scoring.scale', { yearId: year.id });
  const members = useRead('units.list', { yearId: year.id });
  const scores = useRead('scoring.scores', { yearId: year.id });
  const error = scale.error ?? members.error ?? scores.error;
  const current = scale.data?.current ?? null;
  const inForce = scale.data?.inForce ?? null;
  const blocked = scale.data ? notScorable(year.year, current, inForce) : null;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Chấm điểm năm {year.year}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={error.message} />}
      {!error && (scale.isPending || members.isPending || scores.isPending) && <Spin description="Đang tải…" />}
      {blocked && (
        <Alert
          type="info"
          showIcon
          title={blocked}
          action={
            <Button type="primary" onClick={() => navigate('scale')}>
              Mở màn hình Thang điểm
            </Button>
          }
        />
      )}
      {inForce && current && current.id !== inForce.id && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Phiên bản ${current.version} của thang điểm đang được soạn; vẫn chấm theo phiên bản ${inForce.version} cho đến khi khóa phiên bản mới (điểm còn hợp lệ sẽ được chuyển sang).`}
        />
      )}
      {!blocked && inForce && members.data && scores.data && (
        <Workspace yearId={year.id} def={inForce.definition} units={members.data} entries={scores.data} readOnlyReason={locked ? `Năm ${year.year} đã khóa sổ: bảng điểm chỉ để xem.` : null} />
      )}
    </>
  );
}

function Workspace({ yearId, def, units, entries, readOnlyReason }: { yearId: number; def: ScaleDefinition; units: YearUnit[]; entries: ScoreEntry[]; readOnlyReason: string | null }) {
  const members = useMemo(() => units.map((u) => ({ unitId: u.unitId, unitName: u.name })), [units]);
  const sheet = useScoreSheet(yearId, def, members, entries);
  const readOnly = readOnlyReason !== null;
  if (members.length === 0) {
    return (
      <Alert
        type="info"
        showIcon
        title="Năm này chưa có đơn vị thành viên để chấm điểm."
        action={<Button onClick={() => navigate('units')}>Mở màn hình Đơn vị</Button>}
      />
    );
  }
  return (
    <>
      {readOnlyReason && <Alert type="warning" showIcon title={readOnlyReason} style={{ marginBottom: 12 }} />}
      <Tabs
        defaultActiveKey="grid"
        items={[
          {
            key: 'grid',
            label: 'Bảng chấm điểm',
            children: <GridTab yearId={yearId} def={def} members={members} scores={sheet} readOnly={readOnly} readOnlyReason={readOnlyReason ?? ''} />,
          },
          {
            key: 'workbooks',
            label: 'Bảng tự chấm (Excel)',
            children: <WorkbooksTab yearId={yearId} members={members} standings={sheet.standings} readOnly={readOnly} />,
          },
        ]}
      />
    </>
  );
}
