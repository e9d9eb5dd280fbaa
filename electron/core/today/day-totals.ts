import { DateTime } from 'luxon';
import type { AppTotal, CategoryTotal, DayTotals } from '../../shared/contract/today.ts';
import type { CategoryId, Observation, UsageEvent } from '../../shared/domain/usage.ts';

/** The [start, end) instants of a local calendar day in a zone; Luxon handles 23- and 25-hour days. */
export function dayBounds(date: string, zone: string): { start: number; end: number } {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new RangeError(`Invalid day ${date} in zone ${zone}`);
  return { start: day.startOf('day').toMillis(), end: day.plus({ days: 1 }).startOf('day').toMillis() };
}

/** Totals per category and per app for one local day; events are clipped to the day. */
export function dayTotals(
  events: readonly UsageEvent[],
  date: string,
  zone: string,
  categorise: (observation: Observation) => CategoryId,
): DayTotals {
  const { start, end } = dayBounds(date, zone);
  const byApp = new Map<string, AppTotal>();
  let totalMs = 0;
  for (const event of events) {
    const ms = Math.min(end, event.start + event.duration) - Math.max(start, event.start);
    if (ms <= 0) continue;
    totalMs += ms;
    // A browser is work in one tab and social in the next, so an app is totalled per category.
    const category = categorise(event.data);
    const key = `${category}\u0000${event.data.app}`;
    const entry = byApp.get(key);
    if (entry) entry.ms += ms;
    else byApp.set(key, { app: event.data.app, category, ms });
  }
  const byCategory = new Map<CategoryId, CategoryTotal>();
  for (const app of byApp.values()) {
    const entry = byCategory.get(app.category);
    if (entry) entry.ms += app.ms;
    else byCategory.set(app.category, { category: app.category, ms: app.ms });
  }
  const descending = <T extends { ms: number }>(a: T, b: T) => b.ms - a.ms;
  return {
    date,
    zone,
    totalMs,
    byCategory: [...byCategory.values()].sort(descending),
    byApp: [...byApp.values()].sort(descending),
  };
}
