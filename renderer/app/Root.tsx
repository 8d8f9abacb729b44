// First run (no bloc) → welcome; otherwise the open bloc's workspace.
import { useState } from 'react';
import { Alert, Spin } from 'antd';
import { useRead } from '../api/hooks';
import { WelcomePage } from '../blocs/WelcomePage';
import { confirmLeave } from './leave-guard';
import { rememberBloc, rememberedBloc } from './remembered';
import { navigate } from './routes';
import { Workspace } from './Workspace';

export function Root() {
  const blocs = useRead('blocs.list', {});
  // Kept across reloads, like each bloc's year; a bloc gone since falls back to the first.
  const [blocId, setBlocId] = useState<number | null>(rememberedBloc);
  const open = (id: number) => {
    rememberBloc(id);
    setBlocId(id);
  };

  if (blocs.isPending) return <Loading />;
  if (blocs.isError) return <Alert type="error" showIcon title="Không tải được dữ liệu" description={blocs.error.message} />;
  const bloc = blocs.data.find((b) => b.id === blocId) ?? blocs.data[0];
  if (!bloc) {
    return (
      <WelcomePage
        onOpened={(id) => {
          open(id);
          navigate('dashboard');
        }}
      />
    );
  }
  return <Workspace key={bloc.id} bloc={bloc} blocs={blocs.data} onSelectBloc={(id) => confirmLeave(() => open(id))} />;
}

export function Loading() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" description="Đang tải…" />
    </div>
  );
}
