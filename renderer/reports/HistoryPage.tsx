// "Lịch sử các năm": the search across years on top, then a unit's history and the bloc's membership.
import { useState } from 'react';
import { Flex, Tabs, Typography } from 'antd';
import { numberParam, useRouteParams } from '../app/routes';
import { MembershipTab } from './MembershipTab';
import { UnitHistoryTab } from './UnitHistoryTab';
import { YearsSearch } from './YearsSearch';

export function HistoryPage() {
  const params = useRouteParams();
  const [tab, setTab] = useState(params.get('tab') === 'membership' ? 'membership' : 'unit');
  const [unitId, setUnitId] = useState(() => numberParam(params, 'unitId'));
  const showUnit = (id: number) => {
    setUnitId(id);
    setTab('unit');
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Lịch sử các năm
      </Typography.Title>
      <YearsSearch onHistory={showUnit} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'unit', label: 'Đơn vị qua các năm', children: <UnitHistoryTab unitId={unitId} onUnit={setUnitId} /> },
          { key: 'membership', label: 'Thành viên qua các năm', children: <MembershipTab /> },
        ]}
      />
    </Flex>
  );
}
