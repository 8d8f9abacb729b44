// Hash routing: "#/<route>?<params>". The menu shows the named routes; `meeting`
// (one meeting's form) sits under "Hội nghị".
import { useEffect, useState } from 'react';

export const routes = {
  dashboard: 'Tổng quan',
  profile: 'Hồ sơ khối',
  years: 'Năm thi đua',
  units: 'Đơn vị',
  pledges: 'Giao ước thi đua',
  scale: 'Thang điểm',
  scores: 'Chấm điểm',
  ranking: 'Xếp hạng',
  yearEnd: 'Bình xét khen thưởng',
  meetings: 'Hội nghị',
  documents: 'Văn bản',
  register: 'Sổ văn bản',
  documentSettings: 'Cài đặt văn bản',
  handover: 'Bàn giao dữ liệu',
  backups: 'Sao lưu và khôi phục',
} as const;
export type MenuRoute = keyof typeof routes;
export type Route = MenuRoute | 'meeting';

/** The menu entry a screen belongs to. */
export const menuOf = (route: Route): MenuRoute => (route === 'meeting' ? 'meetings' : route);

const isRoute = (value: string): value is Route => value === 'meeting' || Object.hasOwn(routes, value);

interface Location {
  route: Route;
  params: URLSearchParams;
}

function currentLocation(): Location {
  const [path = '', query = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  return { route: isRoute(path) ? path : 'dashboard', params: new URLSearchParams(query) };
}

export function navigate(route: Route, params: Record<string, string | number | null | undefined> = {}): void {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined) query.set(key, String(value));
  const text = query.toString();
  window.location.hash = `/${route}${text ? `?${text}` : ''}`;
}

function useLocation(): Location {
  const [location, setLocation] = useState<Location>(currentLocation);
  useEffect(() => {
    const onChange = () => setLocation(currentLocation());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}

export const useRoute = (): Route => useLocation().route;

/** The current screen's parameters, e.g. `meetingId` of the document screen. */
export const useRouteParams = (): URLSearchParams => useLocation().params;

/** A numeric parameter, or null. */
export function numberParam(params: URLSearchParams, name: string): number | null {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value > 0 ? value : null;
}
