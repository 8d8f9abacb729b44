// The open bloc: its years, the selected year (the one chosen last, else the latest), the layout.
import { useEffect, useState } from 'react';
import { Alert, Result } from 'antd';
import type { Bloc, Year } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { AppLayout } from './AppLayout';
import { confirmLeave } from './leave-guard';
import { rememberedYear, rememberYear } from './remembered';
import { Loading } from './Root';
import { SelectionProvider } from './selection';

// The switcher lists them in order and the latest is the default.
const byYear = (years: Year[]) => years.toSorted((a, b) => a.year - b.year);

export function Workspace({ bloc, blocs, onSelectBloc }: { bloc: Bloc; blocs: Bloc[]; onSelectBloc: (id: number) => void }) {
  const years = useRead('years.list', { blocId: bloc.id }, { select: byYear });
  // Kept across reloads; a year deleted since falls back to the latest.
  const [yearId, setYearId] = useState<number | null>(() => rememberedYear(bloc.id));
  const shownId = (years.data?.find((y) => y.id === yearId) ?? years.data?.at(-1))?.id ?? null;
  // Pin the default year once shown, so a year created meanwhile (e.g. from the year end) does not move the
  // officer to it. A chosen year not (yet) in the list is left alone: it may be one just created.
  useEffect(() => {
    if (yearId === null && shownId !== null) setYearId(shownId);
  }, [shownId, yearId]);

  if (years.isPending) return <Loading />;
  if (years.isError) return <Alert type="error" showIcon title="Không tải được các năm thi đua" description={years.error.message} />;
  const year = years.data.find((y) => y.id === yearId) ?? years.data.at(-1);
  if (!year) return <Result status="warning" title="Khối thi đua chưa có năm nào" />;

  const selectYear = (id: number) => {
    if (id === year.id) return;
    confirmLeave(() => {
      rememberYear(bloc.id, id);
      setYearId(id);
    });
  };
  const selectBloc = (id: number) => {
    if (id !== bloc.id) onSelectBloc(id);
  };

  return (
    <SelectionProvider value={{ bloc, years: years.data, year, selectYear, selectBloc, locked: year.status === 'closed' }}>
      <AppLayout blocs={blocs} onSelectBloc={selectBloc} />
    </SelectionProvider>
  );
}
