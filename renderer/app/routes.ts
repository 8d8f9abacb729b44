// Hash routing: four screens, the route is the part after "#/".
import { useEffect, useState } from 'react';

export const routes = {
  dashboard: 'Tổng quan',
  profile: 'Hồ sơ khối',
  years: 'Năm thi đua',
  units: 'Đơn vị',
} as const;
export type Route = keyof typeof routes;

const isRoute = (value: string): value is Route => Object.hasOwn(routes, value);

function currentRoute(): Route {
  const value = window.location.hash.replace(/^#\/?/, '');
  return isRoute(value) ? value : 'dashboard';
}

export function navigate(route: Route): void {
  window.location.hash = `/${route}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
