import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import { clipToDay, limitProgress } from '../../core/boundaries/limits.ts';
import { dateRangeSpan } from '../../core/reports/periods.ts';
import type { RuleMatcher } from '../../core/rules/matcher.ts';
import { stateAt } from '../../core/schedule/schedule.ts';
import type { LimitProgress } from '../../shared/domain/profiles.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { StoredEvent, UsageEvent } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';

export interface LimitServiceDeps {
  clock: Clock;
  /** The settings with a concrete zone (never 'system'). */
  settings: () => Settings;
  rules: () => RuleMatcher;
  /** Today's window events up to now: the running total the policy nudges from. */
  today: () => UsageEvent[];
  /** Stored window events overlapping [from, to), for a past day. */
  read: (from: number, to: number) => Promise<Extract<StoredEvent, { kind: 'window' }>[]>;
}

/**
 * Limit progress for the screens: the daily limits of a profile (the one active now unless named), measured by the same function the
 * policy nudges with (core/boundaries/limits.ts). Today reads the policy's own running total, so the bar and the
 * nudge are one answer; another day is read from the store.
 */
export function createLimitService(deps: LimitServiceDeps) {
  async function eventsOf(date: string | undefined, zone: string, now: number): Promise<UsageEvent[]> {
    // Today, asked for by name or not, is the running total, never a second reading of the store.
    if (date === undefined || date === DateTime.fromMillis(now, { zone }).toISODate()) return deps.today();
    const day = dateRangeSpan(date, date, zone);
    const to = Math.min(day.end, now);
    if (to <= day.start) return [];
    return clipToDay(await deps.read(day.start, to + 1), day.start, to);
  }

  return {
    /** One profile's limits (default: the one active now), so Profiles shows each profile's own progress. */
    async getLimitProgress(date?: string, profileId?: string): Promise<LimitProgress[]> {
      const settings = deps.settings();
      const now = deps.clock.now();
      const id = profileId ?? stateAt(settings, now).profileId;
      const profile = settings.profiles.find((p) => p.id === id);
      if (!profile) throw new BalansError('not-found', `No profile ${id}`);
      const events = await eventsOf(date, settings.timeZone, now);
      const rules = deps.rules();
      return limitProgress(profile, events, { categoryOf: (o) => rules.categorise(o) });
    },
  };
}

export type LimitService = ReturnType<typeof createLimitService>;
