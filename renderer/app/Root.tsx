// First run (no bloc) → welcome; otherwise the open bloc's workspace.
import { useState } from 'react';
import { Alert, Spin } from 'antd';
import { useRead } from '../api/hooks';
import { WelcomePage } from '../blocs/WelcomePage';
import { Workspace } from './Workspace';
import { navigate } from './routes';

export function Root() {
  const blocs = useRead('blocs.list', {});
  const [blocId, setBlocId] = useState<number | null>(null);

  if (blocs.isPending) return <Loading />;
  if (blocs.isError) return <Alert type="error" showIcon title="Không tải được dữ liệu" description={blocs.error.message} />;
  const bloc = blocs.data.find((b) => b.id === blocId) ?? blocs.data[0];
  if (!bloc) {
    return (
      <WelcomePage
        onOpened={(id) => {
          setBlocId(id);
          navigate('dashboard');
        }}
      />
    );
  }
  return <Workspace key={bloc.id} bloc={bloc} blocs={blocs.data} onSelectBloc={setBlocId} />;
}

export function Loading() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" description="Đang tải…" />
    </div>
  );
}
