import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_BUDGET, type Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';
import { useSaveNotice } from '../../lib/use-save-notice.tsx';
import { WholeNumberInput } from '../../components/WholeNumberInput.tsx';

/** The family's message on the family-time screen and the daily pause budget; each saved when the field is left. */
export function BoundarySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [familyMessage, setFamilyMessage] = useState(settings.familyMessage);
  const [budget, setBudget] = useState(String(settings.pauseBudget));
  const [saved, setSaved] = useState({
    familyMessage: settings.familyMessage,
    pauseBudget: settings.pauseBudget,
  });
  const { report, notice } = useSaveNotice();
  const save = async (patch: { familyMessage?: string; pauseBudget?: number }) => {
    const result: Result<{ familyMessage: string; pauseBudget: number }> =
      await balans().setPreferences(patch);
    if (result.ok) {
      setSaved({ familyMessage: result.data.familyMessage, pauseBudget: result.data.pauseBudget });
      setFamilyMessage(result.data.familyMessage);
    }
    report(result);
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
        <WholeNumberInput range={PAUSE_BUDGET} value={budget} onChange={setBudget} onCommit={saveBudget} />
      </label>
      {notice}
    </section>
  );
}
