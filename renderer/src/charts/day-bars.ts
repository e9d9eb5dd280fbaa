import type { UsageTotals } from '../../../electron/shared/contract/reports.ts';
import type { Profile } from '../../../electron/shared/domain/profiles.ts';
import { categoryColor } from './palette.ts';
import type { Series } from './series.ts';

/** One day's bar: its label and date, and minutes per series key. */
export type DayRow = { day: string; date: string } & Record<string, number | string>;

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/**
 * One bar per day, stacked by category (minutes, rounded to 0.1), and the categories' series largest first so
 * the biggest share sits at the bottom of every bar. Days without time keep their place with no segments.
 */
export function categoryDayBars(
  totals: UsageTotals,
  labelOfDay: (date: string) => string,
  labelOfCategory: (category: string) => string,
): { rows: DayRow[]; series: Series[] } {
  const overall = new Map<string, number>();
  const rows = totals.periods.map((period) => {
    const row: DayRow = { day: labelOfDay(period.period), date: period.period };
    for (const entry of period.byCategory) {
      if (entry.ms <= 0) continue;
      row[entry.category] = minutes(entry.ms);
      overall.set(entry.category, (overall.get(entry.category) ?? 0) + entry.ms);
    }
    return row;
  });
  const series = [...overall.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([category]) => ({
      key: category,
      label: labelOfCategory(category),
      color: categoryColor(category),
    }));
  return { rows, series };
}

/** One bar per day, stacked by profile (minutes), from one UsageTotals per profile; profiles keep their colour. */
export function profileDayBars(
  profiles: readonly Profile[],
  totals: ReadonlyMap<string, UsageTotals>,
  labelOfDay: (date: string) => string,
): { rows: DayRow[]; series: Series[] } {
  const rows = new Map<string, DayRow>();
  const used = new Set<string>();
  for (const profile of profiles) {
    for (const period of totals.get(profile.id)?.periods ?? []) {
      let row = rows.get(period.period);
      if (!row) {
        row = { day: labelOfDay(period.period), date: period.period };
        rows.set(period.period, row);
      }
      if (period.totalMs <= 0) continue;
      // A profile id could collide with the row's own fields, so series keys are prefixed.
      row[`profile:${profile.id}`] = minutes(period.totalMs);
      used.add(profile.id);
    }
  }
  const series = profiles
    .filter((p) => used.has(p.id))
    .map((p) => ({ key: `profile:${p.id}`, label: p.name, color: p.colour }));
  return { rows: [...rows.values()].sort((a, b) => a.date.localeCompare(b.date)), series };
}

/** How a category's time compares with the previous period. */
export interface CategoryTrend {
  category: string;
  currentMs: number;
  previousMs: number;
  /** Relative change (0.25 = 25 % more); null when there was nothing before. */
  change: number | null;
}

/** Per category (and 'total' first) the time now and in the previous period, largest now first. */
export function categoryTrend(current: UsageTotals, previous: UsageTotals): CategoryTrend[] {
  const sum = (totals: UsageTotals) => {
    const map = new Map<string, number>();
    for (const period of totals.periods)
      for (const entry of period.byCategory)
        map.set(entry.category, (map.get(entry.category) ?? 0) + entry.ms);
    return map;
  };
  const now = sum(current);
  const before = sum(previous);
  const trend = (category: string, currentMs: number, previousMs: number): CategoryTrend => ({
    category,
    currentMs,
    previousMs,
    change: previousMs > 0 ? (currentMs - previousMs) / previousMs : null,
  });
  const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
  const categories = [...new Set([...now.keys(), ...before.keys()])]
    .map((c) => trend(c, now.get(c) ?? 0, before.get(c) ?? 0))
    .filter((t) => t.currentMs > 0 || t.previousMs > 0)
    .sort((a, b) => b.currentMs - a.currentMs || b.previousMs - a.previousMs);
  return [trend('total', total(now), total(before)), ...categories];
}
