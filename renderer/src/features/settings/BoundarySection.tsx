import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import { PAUSE_BUDGET, type Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';

/** The family's message on the family-time screen and the daily pause budget; each saved when the field is left. */
export function BoundarySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [familyMessage, setFamilyMessage] = useState(settings.familyMessage);
  const [budget, setBudget] = useState(String(settings.pauseBudget));
  const [saved, setSaved] = useState({
    familyMessage: settings.familyMessage,
    pauseBudget: settings.pauseBudget,
  });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const save = async (patch: { familyMessage?: string; pauseBudget?: number }) => {
    const result: Result<{ familyMessage: string; pauseBudget: number }> =
      await balans().setPreferences(patch);
    if (result.ok) {
      setSaved({ familyMessage: result.data.familyMessage, pauseBudget: result.data.pauseBudget });
      setFamilyMessage(result.data.familyMessage);
    }
    setMessage(
      result.ok
        ? { error: false, text: t('settingsScreen.saved') }
        : { error: true, text: t('state.saveFailed', { message: failureMessage(t, result) }) },
    );
  };
  const saveBudget = () => {
    const pauseBudget = Number(budget);
    if (pauseBudget !== saved.pauseBudget) void save({ pauseBudget });
  };

  return (
    <section className="settings-section" aria-labelledby="boundaries-title">
      <h2 id="boundaries-title">{t('settingsScreen.boundaries')}</h2>
      <label>
        {t('settingsScreen.familyMessage')}
        <textarea
          maxLength={TEXT_LENGTHS.sentence}
          rows={2}
          value={familyMessage}
          placeholder={t('overlay.defaultMessage')}
          onChange={(e) => setFamilyMessage(e.target.value)}
          onBlur={() => familyMessage !== saved.familyMessage && void save({ familyMessage })}
        />
      </label>
      <label>
        {t('settingsScreen.pauseBudget')}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={PAUSE_BUDGET.min}
          max={PAUSE_BUDGET.max}
          step={1}
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
          onBlur={saveBudget}
          onKeyDown={(e) => e.key === 'Enter' && saveBudget()}
        />
      </label>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'state-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
