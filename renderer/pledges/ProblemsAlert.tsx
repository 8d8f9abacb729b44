// What to fix before printing the pledge (a missing name or position…), or that every block is complete.
// A closed year can no longer be fixed: nothing is listed (its screens say the year is closed).
import { Alert, Button } from 'antd';
import type { Pledge } from '../../main/contract/index.js';
import { useSelection } from '../app/selection';

export function ProblemsAlert({ pledge, onEditUnit }: { pledge: Pledge; onEditUnit?: (unitId: number) => void }) {
  const { locked } = useSelection();
  if (locked && pledge.problems.length > 0) return null;
  if (pledge.problems.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        title={`Đủ chức vụ và họ tên người ký của ${pledge.signatories.length} đơn vị: bản giao ước có thể in để ký.`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={`Cần sửa trước khi in bản giao ước (${pledge.problems.length}):`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label="Cần sửa trước khi in">
          {pledge.problems.map((p, i) => (
            <li key={i}>
              {p.message}
              {p.unitId !== null && onEditUnit && (
                <Button type="link" size="small" onClick={() => onEditUnit(p.unitId as number)}>
                  Sửa đơn vị
                </Button>
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}
