/** The app's views, in navigation order; the URL hash names the current one so reloads keep it. */
export const ROUTES = ['today', 'week', 'profiles', 'schedule', 'rules', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

/** Views shown in their own always-on-top windows, without the navigation. */
export const WINDOW_ROUTES = ['overlay', 'nudge'] as const;
export type WindowRoute = (typeof WINDOW_ROUTES)[number];

/** The route a location hash names, Today when it names none. */
export function routeFromHash(hash: string): Route | WindowRoute {
  const name = hash.replace(/^#\/?/, '');
  if ((WINDOW_ROUTES as readonly string[]).includes(name)) return name as WindowRoute;
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'today';
}

/** Whether a route is one of the boundary windows (overlay, nudge). */
export const isWindowRoute = (route: Route | WindowRoute): route is WindowRoute =>
  (WINDOW_ROUTES as readonly string[]).includes(route);
