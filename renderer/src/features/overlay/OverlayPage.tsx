import { useEffect, useRef, useState } from 'react';
import { failureMessage } from '../../lib/failure-message.ts';
import { useTranslation } from 'react-i18next';
import type { BoundaryStatus } from '../../../../electron/shared/domain/boundaries.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { useConfirm } from '../../components/use-confirm.tsx';
import { balans } from '../../lib/balans.ts';
import { formatCountdown, formatTime } from '../../lib/format.ts';
import { useBoundaryStatus, useTimeLeft } from '../../lib/use-boundary-status.ts';
import { formatWait, isPinAnswer, pinAnswerText } from '../parent-lock/pin-answer.ts';
import { BlockWayOut } from './BlockWayOut.tsx';
import { PinPrompt } from './PinPrompt.tsx';

/** The full-screen overlay of family time, downtime or a blocked app: time left, the family's message, the way out. */
export function OverlayPage() {
  const { t, i18n } = useTranslation();
  const { received, error, apply } = useBoundaryStatus();
  const overlay = received?.status.overlay ?? null;
  const timeLeft = useTimeLeft(received, overlay?.until ?? null);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const kind = overlay?.kind;
  useEffect(() => {
    if (kind) first.current?.focus();
  }, [kind]);

  const { confirm, dialog } = useConfirm();
  /** A refused PIN said as what it was: wrong, or a lockout with its wait (never "wrong" then). */
  const pinProblem = (result: Exclude<Result<unknown>, { ok: true }>) => {
    if (!isPinAnswer(result)) return null;
    const text = pinAnswerText(result, result.retryAfterMs ?? 0, (ms) => formatWait(ms, i18n.language));
    return t(text.key, text.values ?? {});
  };
  const run = async (call: () => Promise<Result<BoundaryStatus>>) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (result.ok) {
      setAsking(false);
      setProblem(null);
      apply(result.data);
    } else setProblem(pinProblem(result) ?? t('overlay.failed', { message: failureMessage(t, result) }));
  };

  if (error) return <p role="alert">{t('overlay.failed', { message: failureMessage(t, error) })}</p>;
  if (!received) return null;
  if (!overlay)
    return (
      <main className="overlay overlay-ended">
        <p>{t('overlay.ended')}</p>
      </main>
    );

  const title =
    overlay.kind === 'block'
      ? t('overlay.block', { subject: overlay.subject ?? '' })
      : t(`overlay.${overlay.kind}`);
  const message = overlay.message || t('overlay.defaultMessage');
  // Without a PIN anyone can end family time: ask first (the ending is recorded as a pause in the history).
  const endNow = async () => {
    if (overlay.pinRequired) return setAsking(true);
    if (
      overlay.kind === 'family-time' &&
      !(await confirm(t('parentLock.endConfirm'), t('parentLock.endYes')))
    )
      return;
    void run(() => balans().endFamilyTimeWithPin({}));
  };

  return (
    <main className={`overlay overlay-${overlay.kind}`} aria-labelledby="overlay-title">
      <h1 id="overlay-title">{title}</h1>
      {overlay.windowName && overlay.kind !== 'block' && (
        <p className="overlay-window">{overlay.windowName}</p>
      )}
      {timeLeft !== null && overlay.until !== null && (
        <div className="overlay-time">
          <span>{t('overlay.timeLeft')}</span>
          <p role="timer" aria-live="off" data-testid="overlay-countdown">
            {formatCountdown(timeLeft)}
          </p>
          <span>
            {t('overlay.endsAt', { time: formatTime(overlay.until, i18n.language, received.status.zone) })}
          </span>
        </div>
      )}
      {overlay.kind === 'block' ? (
        <BlockWayOut overlay={overlay} status={received.status} onStatus={apply} />
      ) : (
        <p className="overlay-message" data-testid="overlay-message">
          {message}
        </p>
      )}
      {asking ? (
        <PinPrompt
          busy={busy}
          error={problem}
          onCancel={() => {
            setAsking(false);
            setProblem(null);
          }}
          onSubmit={(pin) => void run(() => balans().endFamilyTimeWithPin({ pin }))}
        />
      ) : (
        overlay.kind !== 'block' && (
          <div className="actions">
            {overlay.oneMoreMinute && (
              <button
                ref={first}
                type="button"
                disabled={busy}
                onClick={() => void run(() => balans().oneMoreMinute(undefined))}
              >
                {t('overlay.oneMoreMinute')}
              </button>
            )}
            <button
              ref={overlay.oneMoreMinute ? undefined : first}
              type="button"
              disabled={busy}
              onClick={() => void endNow()}
            >
              {t('overlay.endNow')}
            </button>
          </div>
        )
      )}
      {problem && !asking && <p role="alert">{problem}</p>}
      {dialog}
    </main>
  );
}
