// A unit's card: how its total comes about, line by line (Standing.lines), with its rank, classification,
// how a tie was broken, and why it is out of the running when it is.
import { Alert, Descriptions, Drawer, Flex, Table, Tag, Typography } from 'antd';
import type { Standing } from '../../../main/contract/index.js';
import { formatPoints } from '../../../main/scoring/index.js';
import { UnitWorkbookButton } from './UnitWorkbookButton';

function rankText(standing: Standing): string {
  if (standing.disqualified) return 'Không xét xếp hạng';
  if (standing.rank === null) return '—';
  return standing.revoteWith.length > 0 ? `${standing.rank} (bằng điểm, bỏ phiếu lại)` : String(standing.rank);
}

export function UnitCard({ yearId, standing, names, onClose }: { yearId: number; standing: Standing | null; names: ReadonlyMap<number, string>; onClose: () => void }) {
  return (
    <Drawer open={standing !== null} onClose={onClose} size={640} title={standing ? `Thẻ điểm: ${standing.unitName}` : ''} destroyOnHidden>
      {standing && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            bordered
            layout="vertical"
            column={3}
            items={[
              { key: 'total', label: 'Tổng điểm', children: <Typography.Text strong>{formatPoints(standing.total)}</Typography.Text> },
              { key: 'rank', label: 'Xếp hạng', children: rankText(standing) },
              { key: 'class', label: 'Xếp loại', children: standing.classification ?? '—' },
              { key: 'self', label: 'Tổng điểm tự chấm', children: formatPoints(standing.selfTotal) },
              { key: 'missing', label: 'Mục chưa chấm', children: standing.missing },
              { key: 'reasons', label: 'Khối chấm chưa có lý do', children: standing.missingReasons > 0 ? <Tag color="red">{standing.missingReasons}</Tag> : 0 },
            ]}
          />
          {standing.disqualified && <Alert type="error" showIcon title={`Không xét xếp hạng (vẫn giữ điểm): ${standing.disqualified.reason}`} />}
          {standing.revoteWith.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`Bằng điểm với ${standing.revoteWith.map((id) => names.get(id) ?? '').join(', ')} sau mọi tiêu chí phụ: Khối bỏ phiếu lại.`}
            />
          )}
          {standing.tieBreakNote && <Alert type="info" showIcon title={`Phân định khi bằng điểm: ${standing.tieBreakNote}`} />}
          <Table
            size="small"
            pagination={false}
            rowKey={(line) => line.label}
            dataSource={standing.lines}
            columns={[
              {
                title: 'Khoản',
                key: 'label',
                render: (_, line) => (
                  <Flex vertical>
                    <Typography.Text strong>{line.label}</Typography.Text>
                    {line.detail && <Typography.Text type="secondary">{line.detail}</Typography.Text>}
                  </Flex>
                ),
              },
              { title: 'Điểm', dataIndex: 'points', key: 'points', align: 'right', width: 90 },
            ]}
          />
          <div>
            <UnitWorkbookButton yearId={yearId} unitId={standing.unitId} unitName={standing.unitName} />
          </div>
        </Flex>
      )}
    </Drawer>
  );
}
