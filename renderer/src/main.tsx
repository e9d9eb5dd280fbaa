// The shared styles first, so each feature's own CSS (imported by its screen) comes later and refines them.
import './styles.css';
import './components/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { AppShell } from './app/AppShell.tsx';
import { applyTheme } from './features/settings/appearance.ts';
import { startI18n } from './i18n/index.ts';
import { balans } from './lib/balans.ts';

async function start() {
  const [region, settings] = await Promise.all([
    balans().getLocaleAndZone(undefined),
    balans().getSettings(undefined),
  ]);
  if (settings.ok) applyTheme(settings.data.theme);
  // Main resolves the language ('system' included); the page only follows it.
  await startI18n(region.ok ? region.data.locale : navigator.language);
  // A theme or language chosen in any window applies in every window at once.
  balans().on('settingsChanged', (next) => {
    applyTheme(next.theme);
    void balans()
      .getLocaleAndZone(undefined)
      .then((now) => {
        if (now.ok && now.data.locale !== i18next.language) void i18next.changeLanguage(now.data.locale);
      });
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
