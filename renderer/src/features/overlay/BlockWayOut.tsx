import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SNOOZE_MINUTES,
  type BoundaryStatus,
  type OverlayView,
  type SnoozeMinutes,
} from '../../../../electron/shared/domain/boundaries.ts';
import { failureMessage } from '../../lib/failure-message.ts';
import { askFor, requestPause } from '../pause/pause-actions.ts';
import { PauseAsk } from '../pause/PauseAsk.tsx';

/**
 * What a block overlay owes the user: why this is blocked (the window's rule or today's limit), until when, and
 * the ways out that are allowed — leave the app, or snooze the window within the day's pause budget (a typed
 * reason past it). A limit has no window to snooze: it lifts tomorrow, and the overlay says so.
 */
export function BlockWayOut({
  overlay,
  status,
  onStatus,
}: {
  overlay: OverlayView;
  status: BoundaryStatus;
  onStatus: (status: BoundaryStatus) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<{ minutes: SnoozeMinutes; need: 'reason' | 'pin' } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const category = overlay.category
    ? t(`category.${overlay.category}`, { defaultValue: overlay.category })
    : '';
  const byWindow = overlay.windowId !== null;
  const { used, budget } = status.pauseBudget;

  const snooze = async (minutes: SnoozeMinutes, reason?: string) => {
    setBusy(true);
    const result = await requestPause({ kind: 'snooze', minutes }, reason ? { reason } : {});
    setBusy(false);
    if (result.ok) {
      setAsking(null);
      setProblem(null);
      onStatus(result.data);
      return;
    }
    const need = askFor(result);
    if (need) setAsking({ minutes, need });
    else setProblem(failureMessage(t, result));
  };

  return (
    <div className="block-way-out" data-testid="block-way-out">
      <p className="overlay-why" data-testid="overlay-why">
        {byWindow
          ? t('overlay.whyWindow', { category, window: overlay.windowName ?? '' })
          : t('overlay.whyLimit', { category })}
      </p>
      {!byWindow && <p className="overlay-window">{t('overlay.untilTomorrow')}</p>}
      <p>{t('overlay.leaveApp')}</p>
      {byWindow &&
        (asking ? (
          <PauseAsk
            need={asking.need}
            used={used}
            busy={busy}
            error={problem}
            onSubmit={(value) => void snooze(asking.minutes, value)}
            onCancel={() => setAsking(null)}
          />
        ) : (
          <>
            <p>{t('pause.budget', { used, budget })}</p>
            <div className="actions">
              {SNOOZE_MINUTES.map((minutes) => (
                <button key={minutes} type="button" disabled={busy} onClick={() => void snooze(minutes)}>
                  {t('pause.snooze', { minutes })}
                </button>
              ))}
            </div>
          </>
        ))}
      {problem && !asking && <p role="alert">{problem}</p>}
    </div>
  );
}
