import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../features/placeholder/ComingSoon.tsx';
import { ProfilesPage } from '../features/profiles/ProfilesPage.tsx';
import { SchedulePage } from '../features/schedule/SchedulePage.tsx';
import { TodayPage } from '../features/today/TodayPage.tsx';
import { LANGUAGES, type Language } from '../i18n/index.ts';
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

/** Each language in its own words, so people find theirs whatever the current language is. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands', sv: 'Svenska' };

/** The window's frame: navigation on the side, the current view in the main region. */
export function AppShell() {
  const { t, i18n } = useTranslation();
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
        <label className="language">
          {t('nav.language')}
          <select value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
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
