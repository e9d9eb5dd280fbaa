import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../../lib/failure-message.ts';
import { SNOOZE_MINUTES, type BoundaryStatus } from '../../../../electron/shared/domain/boundaries.ts';
import { balans } from '../../lib/balans.ts';
import { formatTime } from '../../lib/format.ts';
import { formatUntil } from '../../lib/format-until.ts';
import type { BoundaryStatusState } from '../../lib/use-boundary-status.ts';
import {
  askFor,
  endsOnALaterDay,
  nextOccurrence,
  requestPause,
  suggestedUntil,
  type PauseAction,
  type PauseExtras,
} from './pause-actions.ts';
import { formatWait, pinAnswerText } from '../parent-lock/pin-answer.ts';
import { PauseAsk } from './PauseAsk.tsx';

interface Asking {
  action: PauseAction;
  need: 'reason' | 'pin';
  extras: PauseExtras;
}

/**
 * The pause controls of Today: snooze or skip the open window, pause tracking or everything until a time, resume;
 * shows the pause in force and the day's budget. Past the budget it asks a reason, in family time the PIN.
 */
export function PauseControls({
  boundary,
  onChange,
}: {
  /** The one boundary status, shared with the rest of Today so every line changes at once. */
  boundary: BoundaryStatusState;
  onChange?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { received, error, apply } = boundary;
  const [asking, setAsking] = useState<Asking | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [until, setUntil] = useState<string | null>(null);

  if (error) return <p role="alert">{t('pause.failed', { message: failureMessage(t, error) })}</p>;
  if (!received) return null;
  const status = received.status;

  const done = (next: BoundaryStatus) => {
    apply(next);
    setAsking(null);
    setProblem(null);
    onChange?.();
  };

  const run = async (action: PauseAction, extras: PauseExtras = {}) => {
    setBusy(true);
    const result = await requestPause(action, extras);
    setBusy(false);
    if (result.ok) return done(result.data);
    const need = askFor(result);
    // A wrong PIN is asked again, saying so; any other refusal is shown as it came.
    if (need === 'pin' && extras.pin) {
      // A lockout is said as one (the PIN was not even looked at), never as a wrong PIN.
      const text = pinAnswerText(result, result.retryAfterMs ?? 0, (ms) => formatWait(ms, i18n.language));
      setProblem(text.key === 'parentLock.wrong' ? t('pause.pinWrong') : t(text.key, text.values ?? {}));
    } else if (need) setProblem(null);
    else setProblem(t('pause.failed', { message: failureMessage(t, result) }));
    setAsking(need ? { action, need, extras } : null);
  };

  const resume = async () => {
    setBusy(true);
    const result = await balans().resume(undefined);
    setBusy(false);
    if (result.ok) done(result.data);
    else setProblem(t('pause.failed', { message: failureMessage(t, result) }));
  };

  const untilTime = until ?? suggestedUntil(status.at, status.zone);
  // A time already past today means tomorrow: say so before the user pauses for most of a day.
  const untilAt = nextOccurrence(untilTime, status.at, status.zone);
  const untilTomorrow = untilAt !== null && endsOnALaterDay(untilAt, status.at, status.zone);
  const pauseUntil = (kind: 'pause-tracking' | 'pause-everything') => {
    const at = nextOccurrence(untilTime, status.at, status.zone);
    if (at === null) return setProblem(t('pause.pickTime'));
    void run({ kind, until: at });
  };

  return (
    <section className="pause-controls" aria-labelledby="pause-title">
      <h2 id="pause-title">{t('pause.title')}</h2>
      <CurrentPause status={status} />
      <p className="hint" data-testid="pause-budget">
        {t('pause.budget', { used: status.pauseBudget.used, budget: status.pauseBudget.budget })}
      </p>
      {asking ? (
        <PauseAsk
          need={asking.need}
          used={status.pauseBudget.used}
          busy={busy}
          error={problem}
          onCancel={() => {
            setAsking(null);
            setProblem(null);
          }}
          onSubmit={(value) =>
            void run(asking.action, { ...asking.extras, [asking.need === 'pin' ? 'pin' : 'reason']: value })
          }
        />
      ) : (
        <>
          {/* Snooze and skip act on a window in force: never on one snoozed, skipped or ended. */}
          {status.window?.state === 'open' && (
            <div
              className="actions"
              role="group"
              aria-label={t('pause.windowGroup', { name: status.window.name })}
            >
              {SNOOZE_MINUTES.map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  disabled={busy}
                  onClick={() => void run({ kind: 'snooze', minutes })}
                >
                  {t('pause.snooze', { minutes })}
                </button>
              ))}
              <button type="button" disabled={busy} onClick={() => void run({ kind: 'skip' })}>
                {t('pause.skip')}
              </button>
            </div>
          )}
          <div className="actions pause-until">
            <label htmlFor="pause-until">{t('pause.until')}</label>
            <input
              id="pause-until"
              type="time"
              value={untilTime}
              aria-describedby={untilTomorrow ? 'pause-until-tomorrow' : undefined}
              onChange={(event) => setUntil(event.target.value)}
            />
            <button type="button" disabled={busy} onClick={() => pauseUntil('pause-tracking')}>
              {t('pause.pauseTracking')}
            </button>
            <button type="button" disabled={busy} onClick={() => pauseUntil('pause-everything')}>
              {t('pause.pauseEverything')}
            </button>
          </div>
          {untilTomorrow && (
            <p id="pause-until-tomorrow" className="hint" data-testid="pause-until-tomorrow">
              {t('pause.untilTomorrow', { time: formatTime(untilAt!, i18n.language, status.zone) })}
            </p>
          )}
          {problem && <p role="alert">{problem}</p>}
        </>
      )}
      {isPaused(status) && !asking && (
        <button type="button" className="primary" disabled={busy} onClick={() => void resume()}>
          {t('pause.resume')}
        </button>
      )}
    </section>
  );
}

const isPaused = (s: BoundaryStatus) =>
  (s.window !== null && s.window.state !== 'open') ||
  s.trackingPausedUntil !== null ||
  s.everythingPausedUntil !== null;

/** The window pause as the window stands: snoozed (it resumes), skipped (to its end), one more minute. */
const WINDOW_PAUSE_KEYS = {
  snoozed: 'pause.snoozedUntil',
  skipped: 'pause.skippedUntil',
  'one-more-minute': 'pause.oneMoreUntil',
} as const;

/** The pause in force and when it ends, announced when it changes. */
function CurrentPause({ status }: { status: BoundaryStatus }) {
  const { t, i18n } = useTranslation();
  const time = (ms: number) => formatUntil(t, ms, status.at, i18n.language, status.zone);
  const window = status.window;
  const lines = [
    status.everythingPausedUntil !== null &&
      t('pause.everythingUntil', { when: time(status.everythingPausedUntil) }),
    status.trackingPausedUntil !== null &&
      status.everythingPausedUntil === null &&
      t('pause.trackingUntil', { when: time(status.trackingPausedUntil) }),
    window !== null &&
      window.state !== 'open' &&
      window.pausedUntil !== null &&
      t(WINDOW_PAUSE_KEYS[window.state], { when: time(window.pausedUntil) }),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <p role="status" data-testid="current-pause">
      {lines.length > 0 ? lines.join(' ') : t('pause.none')}
    </p>
  );
}
