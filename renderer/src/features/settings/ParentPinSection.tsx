import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import { balans } from '../../lib/balans.ts';

/** Sets the parent PIN, or changes it with the current one. */
export function ParentPinSection({ pinSet, onSaved }: { pinSet: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [currentPin, setCurrentPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await balans().setParentPin(pinSet ? { pin, currentPin } : { pin });
    if (!result.ok) return setError(t('state.saveFailed', { message: failureMessage(t, result) }));
    setError(null);
    onSaved();
  };
  return (
    <form
      className="settings-section"
      aria-labelledby="pin-title"
      onSubmit={(e) => void save(e)}
      data-testid="pin-form"
    >
      <h2 id="pin-title">{t('settingsScreen.pin')}</h2>
      <p className="hint">{t('settingsScreen.pinHelp')}</p>
      <p>{pinSet ? t('settingsScreen.pinSet') : t('settingsScreen.pinNotSet')}</p>
      {pinSet && (
        <label>
          {t('settingsScreen.currentPin')}{' '}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            pattern="\d{4,8}"
            required
            value={currentPin}
            onChange={(e) => setCurrentPin(e.target.value)}
          />
        </label>
      )}
      <label>
        {t('settingsScreen.newPin')}{' '}
        <input
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          pattern="\d{4,8}"
          required
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
      </label>
      {error && (
        <p role="alert" className="state-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('settingsScreen.savePin')}
      </button>
    </form>
  );
}
