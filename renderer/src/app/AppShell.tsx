import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../features/placeholder/ComingSoon.tsx';
import { ProfilesPage } from '../features/profiles/ProfilesPage.tsx';
import { SchedulePage } from '../features/schedule/SchedulePage.tsx';
import { TodayPage } from '../features/today/TodayPage.tsx';
import { ROUTES, routeFromHash, type Route } from './routes.ts';

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The window's frame: navigation on the side, the current view in the main region. */
export function AppShell() {
  const { t } = useTranslation();
  const route = useHashRoute();
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <p className="brand">{t('app.name')}</p>
        <ul>
          {ROUTES.map((name) => (
            <li key={name}>
              <a href={`#/${name}`} aria-current={route === name ? 'page' : undefined}>
                {t(`nav.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <View route={route} />
      </main>
    </div>
  );
}

function View({ route }: { route: Route }) {
  switch (route) {
    case 'today':
      return <TodayPage />;
    case 'profiles':
      return <ProfilesPage />;
    case 'schedule':
      return <SchedulePage />;
    default:
      return <ComingSoon titleKey={`nav.${route}`} />;
  }
}
