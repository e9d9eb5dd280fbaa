import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app/AppShell.tsx';
import { startI18n } from './i18n/index.ts';
import { balans } from './lib/balans.ts';
import './styles.css';

async function start() {
  const info = await balans().getAppInfo(undefined);
  await startI18n(info.ok ? info.data.locale : navigator.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element in index.html');
  createRoot(root).render(
    <StrictMode>
      <AppShell />
    </StrictMode>,
  );
}

void start();
