import { DateTime } from 'luxon';
import type { BoundaryStatus } from '../../../shared/domain/boundaries.ts';
import { BUILT_IN_PROFILE_NAMES, type Profile } from '../../../shared/domain/profiles.ts';
import { mainText } from '../../i18n/main-text.ts';

/** What a tray entry does when clicked; the tray adapter maps each to a service call. */
export type TrayAction =
  | 'snooze-5'
  | 'snooze-15'
  | 'snooze-30'
  | 'skip'
  | 'pause-tracking'
  | 'resume'
  | 'back-to-schedule'
  | 'open'
  | 'start-at-login'
  | 'quit';

export type TrayEntry =
  | { type: 'line'; label: string }
  | { type: 'separator' }
  | { type: 'action'; action: TrayAction; label: string; enabled: boolean };

/** The tray menu as data: what it says and which actions it offers, from the one boundary status. */
export interface TrayModel {
  tooltip: string;
  entries: TrayEntry[];
}

/**
 * The tray's menu for a status, in the user's language and zone. Pure, so the status the tray shows is tested
 * against the same status Today and the overlay show (test/e2e/honest-states.test.ts): a skipped window says
 * "skipped until …", an ended one offers no snooze, a manual switch says its end and offers "Back to schedule".
 */
export function trayModel(
  status: BoundaryStatus,
  locale: string,
  profiles: readonly Pick<Profile, 'id' | 'name'>[],
): TrayModel {
  const t = mainText(locale);
  const profileName = shownName(
    profiles.find((p) => p.id === status.profileId),
    status.profileId,
    t,
  );
  const time = (ms: number) => {
    const at = DateTime.fromMillis(ms, { zone: status.zone }).setLocale(locale);
    const today = DateTime.fromMillis(status.at, { zone: status.zone }).toISODate() ?? '';
    const shown = at.toLocaleString(DateTime.TIME_SIMPLE);
    // A time on a later day says so: "until 8:00 PM" at 21:10 would be read as an hour ago.
    return (at.toISODate() ?? '') > today
      ? t('tray.tomorrowAt', { time: shown })
      : t('tray.todayAt', { time: shown });
  };
  const manual = status.manualSwitch;
  const profile = !manual
    ? profileName
    : manual.until === null
      ? t('tray.manualNoEnd', { name: profileName })
      : t('tray.manualUntil', { name: profileName, when: time(manual.until) });
  const window = windowLine(status, t, time);
  const pausedLine =
    status.everythingPausedUntil !== null
      ? t('tray.everythingPaused', { when: time(status.everythingPausedUntil) })
      : status.trackingPausedUntil !== null
        ? t('tray.trackingPaused', { when: time(status.trackingPausedUntil) })
        : null;
  // Snooze and skip act on a window in force; family time is paused with the PIN, in the window, not here.
  const canPauseWindow = status.window?.state === 'open' && status.overlay?.kind !== 'family-time';
  const paused =
    (status.window !== null && status.window.state !== 'open') || status.trackingPausedUntil !== null;
  const action = (a: TrayAction, label: string, enabled = true): TrayEntry => ({
    type: 'action',
    action: a,
    label,
    enabled,
  });
  const lines = [profile, window, pausedLine].filter((l): l is string => l !== null);
  return {
    tooltip: `Balans — ${lines.join(' · ')}`,
    entries: [
      ...lines.map((label): TrayEntry => ({ type: 'line', label })),
      ...(manual ? [action('back-to-schedule', t('tray.backToSchedule'))] : []),
      { type: 'separator' },
      action('snooze-5', t('tray.snooze', { minutes: 5 }), canPauseWindow),
      action('snooze-15', t('tray.snooze', { minutes: 15 }), canPauseWindow),
      action('snooze-30', t('tray.snooze', { minutes: 30 }), canPauseWindow),
      action('skip', t('tray.skip'), canPauseWindow),
      action('pause-tracking', t('tray.pauseTracking'), !paused),
      action('resume', t('tray.resume'), paused),
      { type: 'separator' },
      action('open', t('tray.open')),
      action('start-at-login', t('tray.startAtLogin')),
      action('quit', t('tray.quit')),
    ],
  };
}

/** A built-in profile still under its first name speaks the user's language, as in the window. */
function shownName(
  profile: Pick<Profile, 'id' | 'name'> | undefined,
  id: string,
  t: ReturnType<typeof mainText>,
): string {
  if (!profile) return id;
  const first = (BUILT_IN_PROFILE_NAMES as Record<string, string | undefined>)[profile.id];
  return first === profile.name ? t(`translation:profileName.${profile.id}`) : profile.name;
}

function windowLine(
  status: BoundaryStatus,
  t: ReturnType<typeof mainText>,
  time: (ms: number) => string,
): string | null {
  const ended = status.endedWindow;
  if (ended) return t('tray.windowEnded', { name: ended.name, when: time(ended.endedAt) });
  const window = status.window;
  if (!window) return null;
  const until = window.pausedUntil ?? window.end;
  switch (window.state) {
    case 'open':
      return t('tray.windowLeft', {
        name: window.name,
        minutes: Math.max(0, Math.ceil((window.end - status.at) / 60_000)),
      });
    case 'snoozed':
      return t('tray.windowSnoozed', { name: window.name, when: time(until) });
    case 'skipped':
      return t('tray.windowSkipped', { name: window.name, when: time(until) });
    case 'one-more-minute':
      return t('tray.windowOneMore', { name: window.name, when: time(until) });
  }
}
