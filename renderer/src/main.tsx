// The shared styles first, so each feature's own CSS (imported by its screen) comes later and refines them.
import './styles.css';
import './components/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { AppShell } from './app/AppShell.tsx';
import { applyTheme, startLocale } from './features/settings/appearance.ts';
import { startI18n } from './i18n/index.ts';
import { balans } from './lib/balans.ts';

async function start() {
  const [info, settings] = await Promise.all([
    balans().getAppInfo(undefined),
    balans().getSettings(undefined),
  ]);
  const systemLocale = info.ok ? info.data.locale : navigator.language;
  if (settings.ok) applyTheme(settings.data.theme);
  await startI18n(startLocale(settings.ok ? settings.data.language : undefined, systemLocale));
  // A theme or language chosen in any window applies in every window at once.
  balans().on('settingsChanged', (next) => {
    applyTheme(next.theme);
    const locale = startLocale(next.language, systemLocale);
    if (next.language !== 'system' && locale !== i18next.language) void i18next.changeLanguage(locale);
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element in index.html');
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}

void start();
