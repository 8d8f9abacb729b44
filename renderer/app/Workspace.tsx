// The open bloc: its years, the selected year (default the latest), the layout.
import { useState } from 'react';
import { Alert, Result } from 'antd';
import type { Bloc, Year } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { AppLayout } from './AppLayout';
import { Loading } from './Root';
import { SelectionProvider } from './selection';

// The switcher lists them in order and the latest is the default.
const byYear = (years: Year[]) => years.toSorted((a, b) => a.year - b.year);

export function Workspace({ bloc, blocs, onSelectBloc }: { bloc: Bloc; blocs: Bloc[]; onSelectBloc: (id: number) => void }) {
  const years = useRead('years.list', { blocId: bloc.id }, { select: byYear });
  const [yearId, setYearId] = useState<number | null>(null);

  if (years.isPending) return <Loading />;
  if (years.isError) return <Alert type="error" showIcon title="Không tải được các năm thi đua" description={years.error.message} />;
  const year = years.data.find((y) => y.id === yearId) ?? years.data.at(-1);
  if (!year) return <Result status="warning" title="Khối thi đua chưa có năm nào" />;

  return (
    <SelectionProvider
      value={{ bloc, years: years.data, year, selectYear: setYearId, selectBloc: onSelectBloc, locked: year.status === 'closed' }}
    >
      <AppLayout blocs={blocs} onSelectBloc={onSelectBloc} />
    </SelectionProvider>
  );
}
