import type { FocusWindow } from '../../shared/domain/focus-windows.ts';
import { atLocalDateTime } from './local-time.ts';

/** Why a window being saved now cannot be what the user meant, as `field: code` lines (empty: fine). */
export type WindowIssue = `${'start' | 'end'}: ${'same-as-start' | 'end-before-start' | 'in-the-past'}`;

/**
 * Checks a window as it is saved (not stored settings as they load: an old file with such a window still loads).
 * A weekly window whose start equals its end would silently be a 24-hour block. A one-off must end after it
 * starts, must not be over already, and a new one must not start in the past (the current minute is fine).
 */
export function windowSaveIssues(
  window: FocusWindow,
  isNew: boolean,
  now: number,
  zone: string,
): WindowIssue[] {
  if (window.type === 'weekly') return window.start === window.end ? ['end: same-as-start'] : [];
  if (window.end <= window.start) return ['end: end-before-start'];
  const start = atLocalDateTime(zone, window.start);
  const end = atLocalDateTime(zone, window.end);
  if (end <= now) return ['end: in-the-past'];
  if (isNew && start < Math.floor(now / 60_000) * 60_000) return ['start: in-the-past'];
  return [];
}
