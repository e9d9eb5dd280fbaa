import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { useCall } from '../../lib/use-call.ts';
import { ParentPinSection } from './ParentPinSection.tsx';
import { BoundarySection } from './BoundarySection.tsx';
import { PreferencesSection } from './PreferencesSection.tsx';
import { PrivacySection } from './PrivacySection.tsx';
import { TimeZoneField } from './TimeZoneField.tsx';

async function loadSettingsScreen() {
  const [settings, privacy, startAtLogin, boundaries] = await Promise.all([
    balans().getSettings(undefined),
    balans().getPrivacySettings(undefined),
    balans().getStartAtLogin(undefined),
    balans().getBoundaryState(undefined),
  ]);
  for (const result of [settings, privacy, startAtLogin, boundaries]) if (!result.ok) return result;
  if (!settings.ok || !privacy.ok || !startAtLogin.ok || !boundaries.ok) throw new Error('unreachable');
  return {
    ok: true as const,
    data: {
      settings: settings.data,
      privacy: privacy.data,
      startAtLogin: startAtLogin.data.enabled,
      loginNeedsApproval: startAtLogin.data.needsApproval === true,
      pinSet: boundaries.data.parentPinSet,
    },
  };
}

/** Idle threshold, start at login, language and theme; tracking privacy; the parent PIN. */
export function SettingsPage() {
  const { t } = useTranslation();
  // Loaded once: each control keeps its own state after saving, so a save never swaps the screen for a spinner
  // (and keyboard focus stays where it was).
  const data = useCall(loadSettingsScreen, 'settings-screen');
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settingsScreen.title')}</h1>
      {data.status === 'loading' && <Loading />}
      {data.status === 'error' && <ErrorState failure={data.failure} onRetry={data.reload} />}
      {data.status === 'ready' && (
        <>
          <PreferencesSection
            settings={data.data.settings}
            startAtLogin={data.data.startAtLogin}
            loginNeedsApproval={data.data.loginNeedsApproval}
          />
          <TimeZoneField zone={data.data.settings.timeZone} />
          <BoundarySection settings={data.data.settings} />
          <PrivacySection privacy={data.data.privacy} pinSet={data.data.pinSet} />
          <ParentPinSection pinSet={data.data.pinSet} onSaved={data.reload} />
        </>
      )}
    </section>
  );
}
