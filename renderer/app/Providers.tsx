// antd in Vietnamese, dayjs in Vietnamese, react-query over the contract, unsaved edits guarded.
import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LeaveGuardProvider } from './leave-guard';

dayjs.locale('vi');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

// The system's "reduce motion" setting turns antd's animations off: dialogs and drawers appear at once. (The
// end-to-end tests ask for it too, so that no click lands on a dialog still zooming in.)
const motion = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider
      locale={viVN}
      theme={{ token: { fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif", motion } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <LeaveGuardProvider>{children}</LeaveGuardProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
