// Hash routing: "#/<route>?<params>". The menu shows the named routes; `meeting`
// (one meeting's form) sits under "Hội nghị".
import { useMemo, useSyncExternalStore } from 'react';
import { confirmLeave } from './leave-guard';

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
  history: 'Lịch sử các năm',
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

function locationOf(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { route: isRoute(path) ? path : 'dashboard', params: new URLSearchParams(query) };
}

// The hash the screens show. It moves when navigate() leaves (after asking, if edits are unsaved) or when
// the hash changes by other means (back button, a typed address) and the officer agrees to leave; if they
// stay, the shown hash is pushed back.
let shown = window.location.hash;
let navigated: string | null = null;
const subscribers = new Set<() => void>();

function show() {
  shown = window.location.hash;
  for (const notify of subscribers) notify();
}

function onHashChange() {
  const hash = window.location.hash;
  if (hash === shown) return;
  if (hash === navigated) {
    navigated = null;
    return show();
  }
  confirmLeave(show, () => {
    window.location.hash = shown;
  });
}

// Listened to from the start, so a change made before any screen shows (the welcome page) is not missed.
window.addEventListener('hashchange', onHashChange);

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  return () => {
    subscribers.delete(notify);
  };
}

export function navigate(route: Route, params: Record<string, string | number | null | undefined> = {}): void {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined) query.set(key, String(value));
  const text = query.toString();
  const target = `#/${route}${text ? `?${text}` : ''}`;
  if (target === window.location.hash) return;
  confirmLeave(() => {
    window.location.hash = target;
    // As the browser wrote it: this change is the one navigate() made, already agreed.
    navigated = window.location.hash;
  });
}

function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => shown);
  return useMemo(() => locationOf(hash), [hash]);
}

export const useRoute = (): Route => useLocation().route;

/** The current screen's parameters, e.g. `meetingId` of the document screen. */
export const useRouteParams = (): URLSearchParams => useLocation().params;

/** A numeric parameter, or null. */
export function numberParam(params: URLSearchParams, name: string): number | null {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value > 0 ? value : null;
}
