/** The app's views, in navigation order; the URL hash names the current one so reloads keep it. */
export const ROUTES = ['today', 'week', 'profiles', 'schedule', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

/** The route a location hash names, Today when it names none. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'today';
}
