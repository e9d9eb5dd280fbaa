import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { balans } from '../../lib/balans.ts';
import { plusPin, usePinRetry } from '../parent-lock/use-pin-retry.tsx';
import { useSaveNotice } from '../../lib/use-save-notice.tsx';

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** The zone the schedule follows ('system': the computer's). Near family time main asks for the parent PIN. */
export function TimeZoneField({ zone }: { zone: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(zone);
  const [value, setValue] = useState(zone);
  const { report, notice } = useSaveNotice();
  const { guarded, prompt } = usePinRetry();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const timeZone = value.trim() || 'system';
    const result = await guarded((pin) => balans().setTimeZone(plusPin({ timeZone }, pin)));
    // Cancelled at the PIN prompt: the field goes back to what is saved.
    if (!result) return setValue(saved);
    if (result.ok) setSaved(timeZone);
    report(result);
  };
  return (
    <form className="settings-section" aria-labelledby="zone-title" onSubmit={(e) => void save(e)}>
      <h2 id="zone-title">{t('timeZoneField.title')}</h2>
      <label htmlFor="time-zone">{t('timeZoneField.label')}</label>
      <input
        id="time-zone"
        list="time-zones"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby="time-zone-help"
      />
      <datalist id="time-zones">
        <option value="system">{t('timeZoneField.system')}</option>
        {zones().map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <p className="hint" id="time-zone-help">
        {t('timeZoneField.help')}
      </p>
      <button type="submit">{t('timeZoneField.save')}</button>
      {notice}
      {prompt}
    </form>
  );
}
