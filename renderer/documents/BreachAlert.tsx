import { Alert } from 'antd';

/** The format check of the document (Decree 30), shown before issuing. */
export function BreachAlert({ breaches }: { breaches: { code: string; message: string }[] }) {
  if (breaches.length === 0) return <Alert type="success" showIcon title="Văn bản đạt thể thức" />;
  return (
    <Alert
      type="warning"
      showIcon
      title={`Văn bản chưa đạt thể thức (${breaches.length} lỗi), sửa trước khi ban hành:`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {breaches.map((b) => (
            <li key={b.code + b.message}>{b.message}</li>
          ))}
        </ul>
      }
    />
  );
}
