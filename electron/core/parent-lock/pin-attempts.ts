import { pinAttemptsSchema, type PinAttempts } from '../../shared/domain/parent-lock.ts';

// Rate limiting of parent-PIN attempts: a few free tries, then a delay that doubles with every wrong PIN, capped.
// The state is plain JSON and is saved with the PIN hash, so quitting Balans does not reset the delay.

/** Wrong PINs allowed before any delay. */
export const FREE_ATTEMPTS = 3;
/** The first delay; each further wrong PIN doubles it. */
export const FIRST_DELAY_MS = 30_000;
/** The longest delay: a child can keep trying, but at most once an hour. */
export const LONGEST_DELAY_MS = 60 * 60_000;

export const NO_ATTEMPTS: PinAttempts = { failures: 0, lockedUntil: 0 };

/** The delay after this many wrong PINs in a row. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_DELAY_MS);
}

/** How long until a PIN may be tried at `now` (0: now). */
export function waitBeforeAttempt(attempts: PinAttempts, now: number): number {
  // A clock set back must not lock the parent out for longer than the longest delay.
  return Math.min(Math.max(0, attempts.lockedUntil - now), LONGEST_DELAY_MS);
}

/** The state after a wrong PIN at `now`. */
export function afterWrongPin(attempts: PinAttempts, now: number): PinAttempts {
  const failures = attempts.failures + 1;
  return { failures, lockedUntil: now + delayAfter(failures) };
}

/** The state after the right PIN: the count starts over. */
export function afterRightPin(): PinAttempts {
  return { ...NO_ATTEMPTS };
}

/** Reads attempts from a saved file, treating anything malformed as a maximal lock rather than a free pass. */
export function parseAttempts(value: unknown, now: number): PinAttempts {
  const parsed = pinAttemptsSchema.safeParse(value);
  if (parsed.success) return { failures: parsed.data.failures, lockedUntil: parsed.data.lockedUntil };
  return { failures: FREE_ATTEMPTS, lockedUntil: now + FIRST_DELAY_MS };
}
