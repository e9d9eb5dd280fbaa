import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  APP_LANGUAGES,
  IDLE_MINUTES,
  THEMES,
  type Settings,
} from '../../../../electron/shared/domain/settings.ts';
import { LANGUAGE_NAMES, languageFor } from '../../../../electron/shared/i18n/languages.ts';
import { balans } from '../../lib/balans.ts';
import { useSaveNotice } from '../../lib/use-save-notice.tsx';
import { WholeNumberInput } from '../../components/WholeNumberInput.tsx';

/** Idle threshold, start at login, language and theme; each saved as soon as it changes. */
export function PreferencesSection({
  settings,
  startAtLogin,
  loginNeedsApproval = false,
}: {
  settings: Settings;
  startAtLogin: boolean;
  /** macOS 13+: registered, but waiting for the user's approval in System Settings. */
  loginNeedsApproval?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [idle, setIdle] = useState(String(settings.idleThresholdMinutes));
  const [saved, setSaved] = useState(settings.idleThresholdMinutes);
  const [atLogin, setAtLogin] = useState(startAtLogin);
  const [needsApproval, setNeedsApproval] = useState(loginNeedsApproval);
  const [theme, setTheme] = useState(settings.theme);
  const [language, setLanguage] = useState(settings.language);
  // The one language picker: it shows the choice as saved, whoever saved it, and never drifts from the UI.
  useEffect(() => balans().on('settingsChanged', (next) => setLanguage(next.language)), []);
  // The page speaks the language main resolved (getLocaleAndZone, 'system' included): "Same as the computer"
  // names it, so the picker and the screen always say the same language.
  const effective = LANGUAGE_NAMES[languageFor(i18n.language)];
  const { report, notice } = useSaveNotice();
  const saveIdle = async () => {
    const minutes = Number(idle);
    if (minutes === saved) return;
    const result = await balans().setPreferences({ idleThresholdMinutes: minutes });
    if (result.ok) setSaved(result.data.idleThresholdMinutes);
    report(result);
  };

  return (
    <section className="settings-section" aria-labelledby="general-title">
      <h2 id="general-title">{t('settingsScreen.general')}</h2>
      <label>
        {t('settingsScreen.idle')}{' '}
        <WholeNumberInput
          range={IDLE_MINUTES}
          value={idle}
          onChange={setIdle}
          onCommit={() => void saveIdle()}
        />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={atLogin}
          onChange={async (e) => {
            const wanted = e.target.checked;
            setAtLogin(wanted);
            const result = await balans().setStartAtLogin({ enabled: wanted });
            setAtLogin(result.ok ? result.data.enabled : !wanted);
            setNeedsApproval(result.ok && result.data.needsApproval === true);
            report(result);
          }}
        />
        {t('settingsScreen.startAtLogin')}
      </label>
      {atLogin && needsApproval && (
        <p className="hint" data-testid="login-needs-approval">
          {t('settingsScreen.startAtLoginNeedsApproval')}
        </p>
      )}
      <h2 id="appearance-title">{t('settingsScreen.appearance')}</h2>
      <label>
        {t('settingsScreen.language')}{' '}
        <select
          data-testid="language-picker"
          value={language}
          onChange={async (e) => {
            const chosen = e.target.value as Settings['language'];
            setLanguage(chosen);
            const result = await balans().setPreferences({ language: chosen });
            if (!result.ok) setLanguage(language);
            report(result);
          }}
        >
          <option value="system">{t('settingsScreen.languageSystem', { language: effective })}</option>
          {APP_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('settingsScreen.theme')}</legend>
        {THEMES.map((choice) => (
          <label key={choice} className="inline">
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={theme === choice}
              onChange={async () => {
                setTheme(choice);
                const result = await balans().setPreferences({ theme: choice });
                if (!result.ok) setTheme(theme);
                report(result);
              }}
            />
            {t(`settingsScreen.themes.${choice}`)}
          </label>
        ))}
      </fieldset>
      {notice}
    </section>
  );
}
