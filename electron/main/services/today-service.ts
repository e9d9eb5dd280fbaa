import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import { dayBounds, dayTotals } from '../../core/today/day-totals.ts';
import type { DayTotals } from '../../shared/contract/today.ts';
import type { CategoryId, Observation } from '../../shared/domain/usage.ts';
import type { UsageReader } from './usage-reader.ts';

export interface TodayServiceDeps {
  clock: Clock;
  usage: UsageReader;
  /** The user's IANA time zone, read on every call so a zone change takes effect at once. */
  zone: () => string;
  categorise: (observation: Observation) => CategoryId;
}

/** Answers "where did today's time go" from the stored window events. */
export function createTodayService(deps: TodayServiceDeps) {
  return {
    getDayTotals(date?: string): DayTotals {
      const zone = deps.zone();
      const day = date ?? DateTime.fromMillis(deps.clock.now(), { zone }).toISODate();
      if (!day) throw new RangeError(`Cannot compute today in zone ${zone}`);
      const { start, end } = dayBounds(day, zone);
      const events = deps.usage.eventsBetween('window', start, end);
      return dayTotals(events, day, zone, deps.categorise);
    },
  };
}

export type TodayService = ReturnType<typeof createTodayService>;
