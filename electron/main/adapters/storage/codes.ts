import type { PauseScope, PresenceState, StoredEventKind } from '../../../shared/domain/usage.ts';

// Small integers on disk instead of strings: a few bytes per event add up over a year. Never renumber.
export const KIND_CODES: Record<StoredEventKind, number> = {
  window: 0,
  presence: 1,
  running: 2,
  pause: 3,
  clock: 4,
};
export const PRESENCE_CODES: Record<PresenceState, number> = { active: 0, idle: 1, locked: 2, asleep: 3 };
export const SCOPE_CODES: Record<PauseScope, number> = { tracking: 0, window: 1, everything: 2 };

// Every row read decodes its kind (and a presence its state): a lookup by code, not a search of the entries.
const names = new WeakMap<object, Map<number, string>>();

/** The name for a stored code; throws on a code this version does not know (a newer app wrote it). */
export function decode<T extends string>(codes: Record<T, number>, code: number): T {
  let byCode = names.get(codes);
  if (!byCode) names.set(codes, (byCode = new Map(Object.entries(codes).map(([n, c]) => [c as number, n]))));
  const name = byCode.get(code);
  if (name === undefined) throw new Error(`Unknown stored code ${code}`);
  return name as T;
}

/** Rollup buckets are 15 minutes: every time zone in use today is offset by a multiple of 15 minutes from UTC. */
export const BUCKET_MS = 15 * 60_000;
export const DAY_MS = 86_400_000;
