import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import { clipToDay, limitProgress } from '../../core/boundaries/limits.ts';
import { dateRangeSpan } from '../../core/reports/periods.ts';
import type { RuleMatcher } from '../../core/rules/matcher.ts';
import { stateAt } from '../../core/schedule/schedule.ts';
import type { LimitProgress } from '../../shared/domain/profiles.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { UsageEvent } from '../../shared/domain/usage.ts';
import type { ReportStore } from './report-service.ts';

export interface LimitServiceDeps {
  clock: Clock;
  /** The settings with a concrete zone (never 'system'). */
  settings: () => Settings;
  rules: () => RuleMatcher;
  usage: Pick<ReportStore, 'eventsBetween'>;
}

/** A day's window events up to `now` (the whole day when it is over), as limits count them. */
export function windowEventsOfDay(
  usage: Pick<ReportStore, 'eventsBetween'>,
  day: { start: number; end: number },
  now: number,
): UsageEvent[] {
  const to = Math.min(day.end, now);
  if (to <= day.start) return [];
  const events = usage.eventsBetween('window', day.start, to + 1);
  return clipToDay(events, day.start, to);
}

/** The start and end of the local day holding `at`. */
export function dayAround(at: number, zone: string): { start: number; end: number } {
  const start = DateTime.fromMillis(at, { zone }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
}

/**
 * Limit progress for the screens: the daily limits of the profile active now, measured by the same function the
 * policy nudges with (core/boundaries/limits.ts), over the same events, with the same matcher.
 */
export function createLimitService(deps: LimitServiceDeps) {
  return {
    getLimitProgress(date?: string): LimitProgress[] {
      const settings = deps.settings();
      const now = deps.clock.now();
      const zone = settings.timeZone;
      const day = date === undefined ? dayAround(now, zone) : dateRangeSpan(date, date, zone);
      const profileId = stateAt(settings, now).profileId;
      const profile = settings.profiles.find((p) => p.id === profileId);
      const rules = deps.rules();
      return limitProgress(profile, windowEventsOfDay(deps.usage, day, now), {
        categoryOf: (o) => rules.categorise(o),
      });
    },
  };
}

export type LimitService = ReturnType<typeof createLimitService>;
