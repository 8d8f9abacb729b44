// A register entry: its document rebuilt from the snapshot, with print and DOCX.
import { Alert, Spin } from 'antd';
import { useRead } from '../api/hooks';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentPreview } from './preview/DocumentPreview';
import { entryRef } from './naming';

export function IssuedView({ documentId }: { documentId: number }) {
  const issued = useRead('documents.get', { documentId });
  if (issued.isPending) return <Spin description="Đang dựng lại văn bản…" />;
  if (issued.isError) return <Alert type="error" showIcon title={issued.error.message} />;
  const { entry, model } = issued.data;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <DocumentToolbar source={{ documentId: entry.id }} />
      <DocumentPreview doc={model} label={`Văn bản ${entryRef(entry)}`} />
    </div>
  );
}
