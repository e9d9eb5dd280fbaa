import type { CategoryTotal } from '../../shared/contract/today.ts';
import type { YearMonth, YearView } from '../../shared/contract/views.ts';
import type { CategoryId } from '../../shared/domain/usage.ts';
import { combineChecks, type DayChecks } from './checks.ts';
import { crossingsOf } from './crossings.ts';
import type { DayFacts } from './day-facts.ts';

/**
 * What the Year view sums of a day: its facts with the crossings as their sums (a busy year has some 90,000
 * crossings, which the Year never lists) and without the stretch.
 */
export type YearDay = Omit<DayFacts, 'crossings' | 'stretch'> & {
  workInPrivateMs: number;
  socialInFocusMs: number;
};

/** A day's facts as the Year view sums them: the crossing sums from the list (crossingsOf decides them). */
export function yearDayOf(facts: DayFacts): YearDay {
  const { crossings, stretch: _stretch, ...rest } = facts;
  const sums = crossingsOf(crossings);
  return { ...rest, workInPrivateMs: sums.workInPrivateMs, socialInFocusMs: sums.socialInFocusMs };
}

/** The 12 months of `year` as yyyy-mm. */
export const monthsOf = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

const sortedTotals = (map: Map<CategoryId, number>): CategoryTotal[] =>
  [...map.entries()]
    .map(([category, ms]) => ({ category, ms }))
    .sort((a, b) => b.ms - a.ms || a.category.localeCompare(b.category));

const addTo = <K>(map: Map<K, number>, key: K, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

/**
 * Month-by-month totals per category and per profile from the days' facts. Profiles are listed in `profileIds`'
 * order (the settings'), followed by any other profile found in the facts (one since deleted); time recorded with
 * no profile is left out of the split, as the Week view does, but counts in the month's totals.
 */
export function yearView(
  year: number,
  zone: string,
  days: readonly YearDay[],
  profileIds: readonly string[],
): YearView {
  const months = monthsOf(year).map((month) => ({
    month,
    byCategory: new Map<CategoryId, number>(),
    byProfile: new Map<string, Map<CategoryId, number>>(),
    checks: 0,
    checkDays: [] as Pick<DayChecks, 'activeMs' | 'byKind'>[],
    workInPrivateMs: 0,
    socialInFocusMs: 0,
    focusMs: 0,
    focusWorkMs: 0,
    pauseMs: 0,
  }));
  const seen = new Set<string>(profileIds);
  const extra: string[] = [];
  for (const day of days) {
    const index = Number(day.day.slice(5, 7)) - 1;
    const month = months[index];
    if (!month || !day.day.startsWith(`${year}-`)) continue;
    for (const total of day.totals) {
      addTo(month.byCategory, total.category, total.ms);
      if (total.profileId === null) continue;
      if (!seen.has(total.profileId)) {
        seen.add(total.profileId);
        extra.push(total.profileId);
      }
      let profile = month.byProfile.get(total.profileId);
      if (!profile) month.byProfile.set(total.profileId, (profile = new Map()));
      addTo(profile, total.category, total.ms);
    }
    month.checks += day.checks;
    month.checkDays.push({ activeMs: day.activeMs, byKind: day.checksByKind });
    month.workInPrivateMs += day.workInPrivateMs;
    month.socialInFocusMs += day.socialInFocusMs;
    month.focusMs += day.focusMs;
    month.focusWorkMs += day.focusWorkMs;
    month.pauseMs += day.pauseMs;
  }
  const profiles = [...profileIds, ...extra.sort()];
  return {
    year,
    zone,
    profiles,
    months: months.map((m): YearMonth => {
      const byCategory = sortedTotals(m.byCategory);
      return {
        month: m.month,
        totalMs: byCategory.reduce((sum, c) => sum + c.ms, 0),
        byCategory,
        byProfile: profiles.map((profileId) => {
          const totals = sortedTotals(m.byProfile.get(profileId) ?? new Map());
          return { profileId, totalMs: totals.reduce((sum, c) => sum + c.ms, 0), byCategory: totals };
        }),
        checks: m.checks,
        checksSplit: combineChecks(m.checkDays),
        workInPrivateMs: m.workInPrivateMs,
        socialInFocusMs: m.socialInFocusMs,
        focusMs: m.focusMs,
        focusWorkMs: m.focusWorkMs,
        pauseMs: m.pauseMs,
      };
    }),
  };
}
