// Side menu, header (bloc name, year switcher), and the current screen.
import { Layout, Menu, Select, Typography } from 'antd';
import type { Bloc } from '../../main/contract/index.js';
import { BackupsPage } from '../backups/BackupsPage';
import { ProfilePage } from '../blocs/ProfilePage';
import { DocumentPage } from '../documents/DocumentPage';
import { RegisterPage } from '../documents/register/RegisterPage';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { PledgePage } from '../pledges/PledgePage';
import { HistoryPage } from '../reports/HistoryPage';
import { RankingPage } from '../scoring/ranking/RankingPage';
import { ScalePage } from '../scoring/scale/ScalePage';
import { ScoresPage } from '../scoring/scores/ScoresPage';
import { HandoverPage } from '../handover/HandoverPage';
import { SettingsPage } from '../settings/SettingsPage';
import { UnitsPage } from '../units/UnitsPage';
import { YearEndPage } from '../votes/YearEndPage';
import { DashboardPage } from '../years/DashboardPage';
import { YearsPage } from '../years/YearsPage';
import { menuOf, navigate, routes, useRoute, useRouteParams, type MenuRoute, type Route } from './routes';
import { useSelection } from './selection';
import { YearSwitcher } from './YearSwitcher';

const pages: Record<Route, () => React.JSX.Element> = {
  dashboard: DashboardPage,
  profile: ProfilePage,
  years: YearsPage,
  units: UnitsPage,
  pledges: PledgePage,
  scale: ScalePage,
  scores: ScoresPage,
  ranking: RankingPage,
  yearEnd: YearEndPage,
  meetings: MeetingsPage,
  meeting: MeetingPage,
  documents: DocumentPage,
  register: RegisterPage,
  documentSettings: SettingsPage,
  history: HistoryPage,
  handover: HandoverPage,
  backups: BackupsPage,
};

/** Two blocs may share a name (a package of another province's bloc): their years tell them apart. */
const blocLabel = (b: Bloc) => (b.years.length === 0 ? b.name : `${b.name} (${b.years[0]}${b.years.length > 1 ? `–${b.years.at(-1)}` : ''})`);

export function AppLayout({ blocs, onSelectBloc }: { blocs: Bloc[]; onSelectBloc: (id: number) => void }) {
  const route = useRoute();
  const params = useRouteParams();
  const { bloc, year } = useSelection();
  const Page = pages[route];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 700, fontSize: 18, color: '#b71c1c' }}>Khối Thi Đua</div>
        <nav aria-label="Chức năng">
          <Menu
            mode="inline"
            selectedKeys={[menuOf(route)]}
            onClick={({ key }) => navigate(key as MenuRoute)}
            items={Object.entries(routes).map(([key, label]) => ({ key, label }))}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            paddingInline: 24,
          }}
        >
          {blocs.length > 1 ? (
            <Select
              aria-label="Khối thi đua"
              value={bloc.id}
              onChange={onSelectBloc}
              options={blocs.map((b) => ({ value: b.id, label: blocLabel(b) }))}
              style={{ minWidth: 320 }}
            />
          ) : (
            <Typography.Title level={4} style={{ margin: 0 }} ellipsis={{ tooltip: year.blocName }}>
              {year.blocName}
            </Typography.Title>
          )}
          <YearSwitcher />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {/* A new screen for new parameters, and for another year. */}
          <Page key={`${year.id}-${route}-${params.toString()}`} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
