import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Failure } from '../../../../electron/shared/result.ts';
import { isPinLength } from '../../../../electron/shared/contract/parent-lock.ts';
import { PinField } from '../../components/PinField.tsx';
import { formatWait, pinAnswerText } from './pin-answer.ts';

/**
 * Asks for the parent PIN in place (over the screen, in a portal), after main refused a change without it. While a lockout runs it counts the
 * wait down and takes no PIN. Cancel (or Escape) leaves everything as it was.
 */
export function PinRetryDialog({
  failure,
  busy,
  onSubmit,
  onCancel,
}: {
  failure: Failure;
  busy: boolean;
  onSubmit: (pin: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [pin, setPin] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The wait is counted from when the answer arrived (each answer mounts a new dialog), so it counts down live.
  const [deadline] = useState(() => Date.now() + (failure.retryAfterMs ?? 0));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => input.current?.focus(), []);
  const remaining = Math.max(0, deadline - now);
  const counting = remaining > 0;
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [counting]);
  const formatWaitHere = (ms: number) => formatWait(ms, i18n.language);
  const text = pinAnswerText(failure, remaining, formatWaitHere);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Shown in a portal, but React still bubbles the submit to the screen's own form: it must stop here.
    event.stopPropagation();
    if (!isPinLength(pin) || text.waiting) return;
    onSubmit(pin);
    setPin('');
  };
  return createPortal(
    <div className="pin-retry-backdrop">
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="pin-retry-title"
        className="pin-retry"
        data-testid="pin-retry"
        onSubmit={submit}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') onCancel();
        }}
      >
        <h2 id="pin-retry-title">{t('parentLock.title')}</h2>
        <p
          role={failure.code === 'pin-required' && !text.waiting ? undefined : 'alert'}
          data-testid="pin-retry-text"
        >
          {t(text.key, text.values ?? {})}
        </p>
        {text.key !== 'parentLock.lost' && (
          <>
            <label htmlFor="pin-retry-input">{t('parentLock.label')}</label>
            <PinField
              id="pin-retry-input"
              inputRef={input}
              value={pin}
              disabled={text.waiting || busy}
              onChange={setPin}
            />
          </>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || text.waiting || !isPinLength(pin)}>
            {t('parentLock.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('parentLock.cancel')}
          </button>
        </div>
      </form>
    </div>,
    document.body,
  );
}
