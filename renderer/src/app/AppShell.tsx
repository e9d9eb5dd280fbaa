import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../features/placeholder/ComingSoon.tsx';
import { ProfilesPage } from '../features/profiles/ProfilesPage.tsx';
import { RulesPage } from '../features/rules/RulesPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { SchedulePage } from '../features/schedule/SchedulePage.tsx';
import { TodayPage } from '../features/today/TodayPage.tsx';
import { WeekPage } from '../features/week/WeekPage.tsx';
import { NoticeList } from './NoticeList.tsx';
import { TrackingNotice } from './TrackingNotice.tsx';
import { OverlayPage } from '../features/overlay/OverlayPage.tsx';
import { NudgePage } from '../features/nudge/NudgePage.tsx';
import { isWindowRoute, ROUTES, routeFromHash, type Route, type WindowRoute } from './routes.ts';

/** The route the hash names, and a way to show a route at once (the hash follows, naming the same one). */
function useHashRoute(): [Route | WindowRoute, (route: Route) => void] {
  const [route, setRoute] = useState(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, setRoute];
}

/** A plain click, which the link's own navigation would follow (not one that opens a new window or tab). */
const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** The window's frame: navigation on the side, the current view in the main region. */
export function AppShell() {
  const { t } = useTranslation();
  const [route, show] = useHashRoute();
  // The overlay and the nudge are windows of their own: no navigation, nothing to wander off to.
  if (isWindowRoute(route)) return route === 'overlay' ? <OverlayPage /> : <NudgePage />;
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.label')}>
        <p className="brand">{t('app.name')}</p>
        <ul>
          {ROUTES.map((name) => (
            <li key={name}>
              <a
                href={`#/${name}`}
                aria-current={route === name ? 'page' : undefined}
                // The screen changes in the click itself, not a task later when the hash has changed: so the
                // next screen's call leaves at once (a user's click gets the input priority it deserves).
                onClick={(event) => isPlainClick(event) && show(name)}
              >
                {t(`nav.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <NoticeList />
        <TrackingNotice />
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
    case 'week':
      return <WeekPage />;
    case 'rules':
      return <RulesPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <ComingSoon titleKey={`nav.${route}`} />;
  }
}
