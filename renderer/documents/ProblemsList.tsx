import { Alert } from 'antd';

/** What must still be filled in before the document can be issued (the services refuse it until then). */
export function ProblemsList({ problems }: { problems: { field: string; message: string }[] }) {
  if (problems.length === 0) return null;
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
