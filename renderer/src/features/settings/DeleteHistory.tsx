import { useEffect, useRef, useState, type FormEvent } from 'react';
import { failureMessage } from '../../lib/failure-message.ts';
import { useTranslation } from 'react-i18next';
import { formatWait, isPinAnswer, pinAnswerText } from '../parent-lock/pin-answer.ts';
import { balans } from '../../lib/balans.ts';
import { PinField } from '../../components/PinField.tsx';

/** Deleting all history: asks to confirm, and for the parent PIN when one is set. */
export function DeleteHistory({ pinSet }: { pinSet: boolean }) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const first = useRef<HTMLInputElement | HTMLButtonElement | null>(null);
  useEffect(() => {
    if (asking) first.current?.focus();
  }, [asking]);
  const remove = async (event: FormEvent) => {
    event.preventDefault();
    const result = await balans().deleteEverything(pinSet ? { confirm: true, pin } : { confirm: true });
    if (result.ok) {
      setAsking(false);
      setPin('');
    }
    setMessage(
      result.ok
        ? { error: false, text: t('settingsScreen.deleted', { count: result.data.deletedEvents }) }
        : {
            error: true,
            text: isPinAnswer(result)
              ? (({ key, values }) => t(key, values ?? {}))(
                  pinAnswerText(result, result.retryAfterMs ?? 0, (ms) => formatWait(ms, i18n.language)),
                )
              : failureMessage(t, result),
          },
    );
  };

  return (
    <div className="delete-history">
      {!asking ? (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('settingsScreen.deleteAll')}
        </button>
      ) : (
        <form
          className="editor"
          aria-label={t('settingsScreen.deleteAllConfirm')}
          onSubmit={(e) => void remove(e)}
          onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        >
          <p>{t('settingsScreen.deleteAllWarning')}</p>
          {pinSet && (
            <label>
              {t('settingsScreen.pin')}{' '}
              <PinField
                inputRef={(el) => {
                  first.current = el;
                }}
                required
                value={pin}
                onChange={setPin}
              />
            </label>
          )}
          <div className="actions">
            <button type="submit" className="danger">
              {t('settingsScreen.deleteAllConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'state-error' : 'hint'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
