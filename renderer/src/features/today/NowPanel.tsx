import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';
import { balans } from '../../lib/balans.ts';
import { failureMessage } from '../../lib/failure-message.ts';
import { formatDuration } from '../../lib/format.ts';
import { formatUntil } from '../../lib/format-until.ts';
import { useTimeLeft, type BoundaryStatusState } from '../../lib/use-boundary-status.ts';

/** The window's line per state; an open window counts down, a paused one says when it comes back. */
const WINDOW_KEYS = {
  snoozed: 'today.windowSnoozed',
  skipped: 'today.windowSkipped',
  'one-more-minute': 'today.windowOneMore',
} as const;

/**
 * The profile and window now, from the one boundary status the tray and the overlay show: a snoozed, skipped or
 * ended window is said as such at once, and a profile chosen by hand says until when, with the way back.
 */
export function NowPanel({
  boundary,
  profiles,
}: {
  boundary: BoundaryStatusState;
  profiles: readonly Pick<Profile, 'id' | 'name' | 'colour'>[];
}) {
  const { t, i18n } = useTranslation();
  const { received, apply } = boundary;
  const window = received?.status.window ?? null;
  const left = useTimeLeft(received, window?.end ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!received) return null;
  const status = received.status;
  const locale = i18n.language;
  const until = (ms: number) => formatUntil(t, ms, status.at, locale, status.zone);
  const profile = profiles.find((p) => p.id === status.profileId);
  const kind = (k: string) => t(`kind.${k}`);
  const manual = status.manualSwitch;
  const ended = status.endedWindow;

  const backToSchedule = async () => {
    const result = await balans().endManualSwitch(undefined);
    if (!result.ok) return setProblem(failureMessage(t, result));
    setProblem(null);
    const now = await balans().getBoundaryState(undefined);
    if (now.ok) apply(now.data);
  };

  return (
    <div className="now-panel" data-testid="now-panel">
      <p>
        <span className="swatch" style={{ background: profile?.colour }} aria-hidden="true" />
        {t('today.profileNow', { name: profile?.name ?? status.profileId })}
      </p>
      {manual && (
        <p className="manual-switch" data-testid="manual-switch">
          <span>
            {manual.until === null
              ? t('today.manualNoEnd')
              : t('today.manualUntil', { when: until(manual.until) })}
          </span>
          <button type="button" onClick={() => void backToSchedule()}>
            {t('today.backToSchedule')}
          </button>
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
      {window ? (
        <p data-testid="open-window">
          {window.state === 'open' || window.pausedUntil === null
            ? t('today.windowNow', {
                name: window.name,
                kind: kind(window.kind),
                until: until(window.end),
                left: formatDuration(left ?? window.end - status.at, locale),
              })
            : t(WINDOW_KEYS[window.state], {
                name: window.name,
                kind: kind(window.kind),
                when: until(window.pausedUntil),
              })}
        </p>
      ) : ended ? (
        <p data-testid="ended-window">
          {t('today.windowEnded', { name: ended.name, kind: kind(ended.kind), when: until(ended.endedAt) })}
        </p>
      ) : (
        <p>{t('today.noWindow')}</p>
      )}
    </div>
  );
}
