// How a criterion is scored (domain.md §3), with the figures its kind needs: points per occurrence for a
// count, the target and its unit for a quantitative criterion.
import { Input, Select, Space, Typography } from 'antd';
import type { DraftKind } from './draft';
import { At, PointsInput } from './fields';

const kindLabels: Record<DraftKind['type'], string> = {
  judgement: 'Chấm theo mức độ (0 – tối đa)',
  passFail: 'Đạt / không đạt',
  count: 'Đếm số lần × điểm',
  target: 'So với chỉ tiêu',
};

const kindHelp: Record<DraftKind['type'], string> = {
  judgement: 'Khối chấm từ 0 đến điểm tối đa.',
  passFail: 'Đạt: điểm tối đa; không đạt: 0.',
  count: 'Số lần × điểm mỗi lần, không quá điểm tối đa.',
  target: 'Đạt chỉ tiêu: nửa điểm tối đa; cao nhất khối: điểm tối đa; dưới chỉ tiêu: theo tỷ lệ.',
};

const fresh = (type: DraftKind['type']): DraftKind => {
  if (type === 'count') return { type, pointsEach: 1 };
  if (type === 'target') return { type, target: null, unit: '' };
  return { type };
};

export function KindField({ path, name, kind, onChange }: { path: string; name: string; kind: DraftKind; onChange: (kind: DraftKind) => void }) {
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <At path={`${path}.type`}>
        <Select
          aria-label={`Cách chấm ${name}`}
          value={kind.type}
          onChange={(type) => onChange(fresh(type))}
          options={Object.entries(kindLabels).map(([value, label]) => ({ value, label, title: kindHelp[value as DraftKind['type']] }))}
          popupMatchSelectWidth={false}
          style={{ width: '100%' }}
        />
      </At>
      {kind.type === 'count' && (
        <Space size={4} align="center">
          <Typography.Text type="secondary">Mỗi lần</Typography.Text>
          <PointsInput
            path={`${path}.pointsEach`}
            label={`Điểm mỗi lần ${name}`}
            value={kind.pointsEach}
            onChange={(pointsEach) => onChange({ ...kind, pointsEach })}
            width={72}
          />
          <Typography.Text type="secondary">điểm</Typography.Text>
        </Space>
      )}
      {kind.type === 'target' && (
        <Space size={4} align="start">
          <PointsInput path={`${path}.target`} label={`Chỉ tiêu ${name}`} value={kind.target} onChange={(target) => onChange({ ...kind, target })} width={90} unbounded />
          <At path={`${path}.unit`}>
            <Input
              aria-label={`Đơn vị tính ${name}`}
              placeholder="%, hồ sơ…"
              value={kind.unit}
              onChange={(e) => onChange({ ...kind, unit: e.target.value })}
              style={{ width: 96 }}
            />
          </At>
        </Space>
      )}
    </Space>
  );
}
