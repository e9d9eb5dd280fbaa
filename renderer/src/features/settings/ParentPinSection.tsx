import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import { balans } from '../../lib/balans.ts';
import { PinField } from '../../components/PinField.tsx';
import { formatWait, isPinAnswer, pinAnswerText } from '../parent-lock/pin-answer.ts';
import { TamperList } from '../parent-lock/TamperList.tsx';

/** Sets the parent PIN (typed twice), or changes it with the current one; lists tampering found with the lock. */
export function ParentPinSection({ pinSet, onSaved }: { pinSet: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [currentPin, setCurrentPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const formatWaitHere = (ms: number) => formatWait(ms, i18n.language);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (pin !== repeat) return setError(t('parentLock.pinsDiffer'));
    const result = await balans().setParentPin(pinSet ? { pin, currentPin } : { pin });
    if (!result.ok) {
      if (!isPinAnswer(result))
        return setError(t('state.saveFailed', { message: failureMessage(t, result) }));
      const text = pinAnswerText(result, result.retryAfterMs ?? 0, formatWaitHere);
      return setError(t(text.key, text.values ?? {}));
    }
    setError(null);
    onSaved();
  };
  const pinField = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    auto: 'off' | 'new-password',
  ) => (
    <label htmlFor={id}>
      {label} <PinField id={id} autoComplete={auto} required value={value} onChange={set} />
    </label>
  );
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
      {pinSet && pinField('pin-current', t('settingsScreen.currentPin'), currentPin, setCurrentPin, 'off')}
      {pinField('pin-new', t('settingsScreen.newPin'), pin, setPin, 'new-password')}
      {pinField('pin-repeat', t('parentLock.repeatPin'), repeat, setRepeat, 'new-password')}
      <p className="hint">{t('parentLock.noRecovery')}</p>
      {error && (
        <p role="alert" className="state-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('settingsScreen.savePin')}
      </button>
      <TamperList />
    </form>
  );
}
