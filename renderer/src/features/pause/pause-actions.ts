import { DateTime } from 'luxon';
import type { BoundaryStatus, SnoozeMinutes } from '../../../../electron/shared/domain/boundaries.ts';
import { asksForPin, type Failure, type Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';

/** One pause the user asked for, kept so it can be asked again with a reason or the PIN. */
export type PauseAction =
  | { kind: 'snooze'; minutes: SnoozeMinutes }
  | { kind: 'skip' }
  | { kind: 'pause-tracking'; until: number }
  | { kind: 'pause-everything'; until: number };

/** What a retry adds: the typed reason, the parent PIN. */
export interface PauseExtras {
  reason?: string;
  pin?: string;
}

/** Makes the boundaries call for a pause. */
export function requestPause(action: PauseAction, extras: PauseExtras): Promise<Result<BoundaryStatus>> {
  const api = balans();
  const more = {
    ...(extras.reason ? { reason: extras.reason } : {}),
    ...(extras.pin ? { pin: extras.pin } : {}),
  };
  switch (action.kind) {
    case 'snooze':
      return api.snooze({ minutes: action.minutes, ...more });
    case 'skip':
      return api.skip(more);
    case 'pause-tracking':
      return api.pauseTracking({ until: action.until, ...more });
    case 'pause-everything':
      return api.pauseEverything({ until: action.until, ...more });
  }
}

/** What to ask the user after a failed pause: a reason (budget used up), the PIN (family time), or nothing. */
export function askFor(failure: Failure): 'reason' | 'pin' | null {
  if (failure.code === 'conflict' && failure.message.startsWith('reason-required')) return 'reason';
  if (asksForPin(failure.code)) return 'pin';
  return null;
}

/** The next moment the clock shows `time` (HH:mm) in `zone` after `now`: a time already past today means tomorrow. */
export function nextOccurrence(time: string, now: number, zone: string): number | null {
  const [hour, minute] = time.split(':').map(Number);
  if (hour === undefined || minute === undefined || Number.isNaN(hour) || Number.isNaN(minute)) return null;
  const today = DateTime.fromMillis(now, { zone }).set({
    hour,
    minute,
    second: 0,
    millisecond: 0,
  });
  return (today.toMillis() > now ? today : today.plus({ days: 1 })).toMillis();
}

/** The time offered at first for "pause until": an hour from now, on the next quarter hour, as HH:mm. */
export function suggestedUntil(now: number, zone: string): string {
  const later = DateTime.fromMillis(now, { zone }).plus({ hours: 1 });
  const rounded = later.startOf('hour').plus({ minutes: Math.ceil(later.minute / 15) * 15 });
  return rounded.toFormat('HH:mm');
}

/** Whether `at` falls on a later calendar day than `now` in `zone`: a pause until then ends tomorrow (or later). */
export function endsOnALaterDay(at: number, now: number, zone: string): boolean {
  const day = (ms: number) => DateTime.fromMillis(ms, { zone }).toISODate();
  return (day(at) ?? '') > (day(now) ?? '');
}
