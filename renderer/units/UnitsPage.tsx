// "Đơn vị": this year's member units, and every unit the bloc has had.
import { Tabs } from 'antd';
import { useSelection } from '../app/selection';
import { AllUnitsTab } from './AllUnitsTab';
import { MembersTab } from './MembersTab';

export function UnitsPage() {
  const { year } = useSelection();
  return (
    <Tabs
      defaultActiveKey="members"
      items={[
        { key: 'members', label: `Đơn vị năm ${year.year}`, children: <MembersTab /> },
        { key: 'all', label: 'Tất cả đơn vị', children: <AllUnitsTab /> },
      ]}
    />
  );
}
