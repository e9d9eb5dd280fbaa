import { asksForPin, type Failure } from '../../../../electron/shared/result.ts';
import { numberFormat } from '../../lib/format.ts';

/** What the PIN prompt says about a refused call: a key of the catalogue and its values. */
export interface PinAnswerText {
  key: 'parentLock.needed' | 'parentLock.wrong' | 'parentLock.lockout' | 'parentLock.lost';
  values?: { wait: string };
  /** No PIN can be tried until the wait is over. */
  waiting: boolean;
}

/** Whether a failure is main asking for the parent PIN (the prompt answers it) or telling the lock was destroyed. */
export const isPinAnswer = (failure: Failure): boolean =>
  asksForPin(failure.code) || (failure.code === 'unavailable' && /parent lock/i.test(failure.message));

/**
 * The text for a PIN answer with `remainingMs` of the wait left. A lockout is said as a lockout, never as a
 * wrong PIN: the PIN typed then was not even looked at.
 */
export function pinAnswerText(
  failure: Failure,
  remainingMs: number,
  formatWait: (ms: number) => string,
): PinAnswerText {
  if (failure.code === 'unavailable') return { key: 'parentLock.lost', waiting: true };
  if (remainingMs > 0)
    return { key: 'parentLock.lockout', values: { wait: formatWait(remainingMs) }, waiting: true };
  if (failure.code === 'pin-wrong') return { key: 'parentLock.wrong', waiting: false };
  return { key: 'parentLock.needed', waiting: false };
}

/** A wait as the prompt counts it down: whole minutes from a minute up ("8 min"), seconds below. */
export function waitParts(ms: number): { unit: 'minute' | 'second'; count: number } {
  const seconds = Math.ceil(ms / 1000);
  return seconds >= 60
    ? { unit: 'minute', count: Math.ceil(seconds / 60) }
    : { unit: 'second', count: seconds };
}

/** A wait in the user's language, e.g. "8 min" or "45 s". */
export function formatWait(ms: number, locale: string): string {
  const { unit, count } = waitParts(ms);
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(count);
}
