// Always in the header: which year every screen shows.
import { Select, Space, Tag, Typography } from 'antd';
import { useSelection } from './selection';

export function YearSwitcher() {
  const { years, year, selectYear, locked } = useSelection();
  return (
    <Space size="small" align="center">
      <Typography.Text strong id="year-switcher-label">
        Năm thi đua:
      </Typography.Text>
      <Select
        aria-labelledby="year-switcher-label"
        data-testid="year-switcher"
        value={year.id}
        onChange={selectYear}
        style={{ width: 120 }}
        options={[...years].reverse().map((y) => ({ value: y.id, label: `Năm ${y.year}` }))}
      />
      {locked ? <Tag color="red">Đã khóa sổ</Tag> : <Tag color="green">Đang thực hiện</Tag>}
    </Space>
  );
}
