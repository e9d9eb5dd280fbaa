import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import type { PrivacySettings } from '../../../../electron/shared/domain/privacy.ts';
import { useConfirm } from '../../components/use-confirm.tsx';
import { balans } from '../../lib/balans.ts';
import { plusPin, usePinRetry } from '../parent-lock/use-pin-retry.tsx';
import { DeleteHistory } from './DeleteHistory.tsx';
import { ExclusionList } from './ExclusionList.tsx';
import { useSaveNotice } from '../../lib/use-save-notice.tsx';
import { numberFormat } from '../../lib/format.ts';

const RETENTION_CHOICES = [7, 30, 90, 365] as const;

/** What Balans records and for how long, and deleting history. */
export function PrivacySection({ privacy, pinSet }: { privacy: PrivacySettings; pinSet: boolean }) {
  const { t, i18n } = useTranslation();
  const [current, setCurrent] = useState(privacy);
  const { report, say, notice } = useSaveNotice();
  const { guarded, prompt } = usePinRetry();
  const { confirm, dialog } = useConfirm();
  /** A shorter retention deletes history at once: say how much, and ask, before asking for the PIN. */
  const shorterRetentionAgreed = async (next: number | null | undefined) => {
    if (
      next === undefined ||
      next === null ||
      (current.retentionDays !== null && next >= current.retentionDays)
    )
      return true;
    const preview = await balans().previewRetention({ retentionDays: next });
    const count = preview.ok ? preview.data.deletedEvents : 0;
    return confirm(
      t('parentLock.retentionConfirm', { days: days(next), count }),
      t('parentLock.retentionYes', { days: days(next) }),
    );
  };
  const update = async (patch: Partial<PrivacySettings>) => {
    if (!(await shorterRetentionAgreed(patch.retentionDays))) return;
    const result = await guarded((pin) => balans().updatePrivacySettings(plusPin(patch, pin)));
    // Cancelled at the PIN prompt: the controls still show what is saved.
    if (!result) return;
    if (result.ok) setCurrent(result.data);
    report(result);
  };
  const days = (n: number) =>
    numberFormat(i18n.language, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(n);
  const applyRetention = async () => {
    const result = await balans().applyRetention(undefined);
    say(
      result.ok
        ? { error: false, text: t('settingsScreen.deleted', { count: result.data.deletedEvents }) }
        : { error: true, text: failureMessage(t, result) },
    );
  };

  return (
    <section className="settings-section" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('settingsScreen.privacy')}</h2>
      <label className="inline">
        <input
          type="checkbox"
          checked={current.recordTitles}
          onChange={(e) => void update({ recordTitles: e.target.checked })}
        />
        {t('settingsScreen.recordTitles')}
      </label>
      <p className="hint">{t('settingsScreen.recordTitlesHelp')}</p>
      <ExclusionList
        id="excluded-apps"
        title={t('settingsScreen.excludedApps')}
        addLabel={t('settingsScreen.addApp')}
        items={current.excludedApps}
        onChange={(excludedApps) => void update({ excludedApps })}
      />
      <ExclusionList
        id="excluded-sites"
        title={t('settingsScreen.excludedSites')}
        addLabel={t('settingsScreen.addSite')}
        items={current.excludedSites}
        onChange={(excludedSites) => void update({ excludedSites })}
      />
      <label>
        {t('settingsScreen.retention')}{' '}
        <select
          value={current.retentionDays ?? ''}
          onChange={(e) => void update({ retentionDays: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('settingsScreen.keepForever')}</option>
          {[...new Set([...RETENTION_CHOICES, ...(current.retentionDays ? [current.retentionDays] : [])])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n}>
                {days(n)}
              </option>
            ))}
        </select>
      </label>
      {current.retentionDays !== null && (
        <button type="button" onClick={() => void applyRetention()}>
          {t('settingsScreen.applyRetention')}
        </button>
      )}
      {notice}
      <DeleteHistory pinSet={pinSet} />
      {dialog}
      {prompt}
    </section>
  );
}
