/**
 * The one guard of the parent lock: whether a change would end or weaken a guarded boundary (family time, the
 * PIN itself, the recorded history). Pure: main asks it before every change and refuses a weakening change
 * without the parent PIN. Family-time windows are compared as the schedule engine sees them (the instants at
 * which family time wins), not field by field, so "an occurrence is removed or shortened" has one definition.
 */
import type { Settings } from '../../shared/domain/settings.ts';
import { stateAt, transitions } from '../schedule/schedule.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How far ahead family time is compared: more than a year, so every weekly occurrence is seen many times. */
export const GUARD_HORIZON_MS = 400 * DAY;
/** A zone change is guarded while family time is on or starts within this time. */
export const ZONE_CHANGE_GUARD_MS = 24 * HOUR;

/** A change someone asks for, as the guard sees it. */
export type GuardedChange =
  /** Any edit of the settings document (windows, profiles, zone, rules…). */
  | { kind: 'settings'; before: Settings; after: Settings }
  /** Keeping history for `after` days instead of `before` (null: forever). */
  | { kind: 'retention'; before: number | null; after: number | null }
  | { kind: 'delete-everything' }
  /** Setting a new PIN over an existing one, or removing it. */
  | { kind: 'replace-pin' }
  /** Quitting Balans; `familyTimeShown`: the boundary policy shows the family-time overlay now. */
  | { kind: 'quit'; familyTimeShown: boolean }
  /** Snooze, skip, pause or end now while the schedule is as given. */
  | { kind: 'pause'; settings: Settings };

/** Why a change weakens a guarded boundary; data, so the UI and the history can say it in the user's language. */
export type Weakening =
  | { reason: 'family-time-removed'; at: number }
  | { reason: 'zone-change-near-family-time'; at: number }
  | { reason: 'retention-shortened' }
  | { reason: 'history-deleted' }
  | { reason: 'pin-replaced' }
  | { reason: 'family-time-on'; at: number };

/** A stretch in which family time wins the schedule, with the profile it applies. */
interface FamilySpan {
  start: number;
  end: number;
  profileId: string;
}

/**
 * What `change` weakens at `now`, or null when it needs no PIN. `zone` is the computer's zone, for settings that
 * say 'system'. Adding or lengthening family time, and changes to other kinds that do not outrank it, pass.
 */
export function weakening(change: GuardedChange, now: number, zone: string): Weakening | null {
  switch (change.kind) {
    case 'retention':
      return change.after !== null && (change.before === null || change.after < change.before)
        ? { reason: 'retention-shortened' }
        : null;
    case 'delete-everything':
      return { reason: 'history-deleted' };
    case 'replace-pin':
      return { reason: 'pin-replaced' };
    case 'quit':
      return change.familyTimeShown ? { reason: 'family-time-on', at: now } : null;
    case 'pause':
      return familyTimeOn(resolved(change.settings, zone), now)
        ? { reason: 'family-time-on', at: now }
        : null;
    case 'settings':
      return settingsWeakening(resolved(change.before, zone), resolved(change.after, zone), now);
  }
}

/** Whether family time wins the schedule at `now` (the overlay a PIN guards is up). */
export function familyTimeOn(settings: Settings, now: number): boolean {
  return stateAt(settings, now).overlay?.kind === 'family-time';
}

function settingsWeakening(before: Settings, after: Settings, now: number): Weakening | null {
  // Only the windows, their early ends and the zone decide when family time wins; rules or names cannot.
  const schedule = (s: Settings) => JSON.stringify([s.timeZone, s.windows, s.endedEarly]);
  if (schedule(before) === schedule(after)) return null;
  if (before.timeZone !== after.timeZone) {
    const soon = familySpans(before, now, now + ZONE_CHANGE_GUARD_MS)[0];
    if (soon) return { reason: 'zone-change-near-family-time', at: Math.max(soon.start, now) };
  }
  // The windows are compared in one zone, so a zone change far from family time is not read as moving it.
  const horizon = horizonOf(before, after, now);
  const kept = familySpans({ ...after, timeZone: before.timeZone }, now, horizon);
  const lost = firstUncovered(familySpans(before, now, horizon), kept);
  return lost === null ? null : { reason: 'family-time-removed', at: lost };
}

/** Far enough to see every family-time date either version names (a skip date or a one-off years away). */
function horizonOf(before: Settings, after: Settings, now: number): number {
  let horizon = now + GUARD_HORIZON_MS;
  for (const window of [...before.windows, ...after.windows]) {
    if (window.kind !== 'family-time') continue;
    const dates = window.type === 'weekly' ? window.skipDates : [window.end.slice(0, 10)];
    for (const date of dates) {
      const at = Date.parse(`${date}T00:00:00Z`);
      if (Number.isFinite(at)) horizon = Math.max(horizon, at + 3 * DAY);
    }
  }
  return horizon;
}

/** The stretches of [from, to) in which family time wins, from the schedule engine. */
function familySpans(settings: Settings, from: number, to: number): FamilySpan[] {
  const spans: FamilySpan[] = [];
  const steps = [
    { at: from, state: stateAt(settings, from) },
    ...transitions(settings, from, to).filter((t) => t.at < to),
  ];
  steps.forEach((step, i) => {
    const winner = step.state.windows[0];
    if (step.state.overlay?.kind !== 'family-time' || !winner) return;
    const end = steps[i + 1]?.at ?? to;
    const last = spans.at(-1);
    if (last && last.end === step.at && last.profileId === winner.profileId) last.end = end;
    else spans.push({ start: step.at, end, profileId: winner.profileId });
  });
  return spans;
}

/** The first instant of `before` that `after` does not cover with family time of the same profile, or null. */
function firstUncovered(before: FamilySpan[], after: FamilySpan[]): number | null {
  for (const span of before) {
    let at = span.start;
    for (const cover of after) {
      if (cover.profileId !== span.profileId || cover.end <= at || cover.start >= span.end) continue;
      if (cover.start > at) return at;
      at = cover.end;
      if (at >= span.end) break;
    }
    if (at < span.end) return at;
  }
  return null;
}

/** The settings with 'system' replaced by the computer's zone, as the schedule engine must see them. */
function resolved(settings: Settings, zone: string): Settings {
  return settings.timeZone === 'system' ? { ...settings, timeZone: zone } : settings;
}
