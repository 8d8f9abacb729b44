import { Alert } from 'antd';
import { useSelection } from '../app/selection';

/**
 * What must still be filled in before the document can be issued (the services refuse it until then). A closed
 * year issues nothing more, so it lists nothing to fill: a neutral note says why the document stays a draft.
 */
export function ProblemsList({ problems }: { problems: { field: string; message: string }[] }) {
  const { year, locked } = useSelection();
  if (problems.length === 0) return null;
  if (locked) return <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: văn bản này chỉ xem được dưới dạng bản nháp, không ban hành thêm.`} />;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={`Cần bổ sung trước khi ban hành (${problems.length}):`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label="Cần bổ sung trước khi ban hành">
          {problems.map((p) => (
            <li key={p.field + p.message}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}
