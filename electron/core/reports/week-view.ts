import type {
  CrossingSegment,
  PeriodComparison,
  UsageTotals,
  WeekView,
} from '../../shared/contract/reports.ts';
import type { StoredEvent } from '../../shared/domain/usage.ts';
import { categorisedAppUsage } from './app-usage.ts';
import { combineChecks } from './checks.ts';
import { crossingsSummary } from './crossings.ts';
import type { DayFacts, FactTotal } from './day-facts.ts';
import { FOCUS_TOLERANCE_MS } from './focus-stretch.ts';
import { pausesReport } from './pauses.ts';
import type { Period } from './periods.ts';
import { categorisedTotals } from './totals.ts';

export interface WeekDays {
  zone: string;
  comparison: PeriodComparison;
  /** The range's local days, in order (days still to come too: they show no time). */
  range: readonly Period[];
  /** The compared period's local days, in order. */
  previous: readonly Period[];
  /** The facts of the days of both that have begun, each day once; a day left out had no time. */
  days: readonly DayFacts[];
  /** The settings' profile ids, in their order: a split for each. */
  profileIds: readonly string[];
  /** The pause events over the range (few): the pauses card lists them, cut to the range. */
  pauses: readonly Extract<StoredEvent, { kind: 'pause' }>[];
}

/**
 * The Week or Month screen composed from its days' facts (the one way it is made: from facts kept in the store or
 * built from the raw events just now). Totals tally the facts' categorised totals as periodTotals tallies pieces;
 * the stretch is the longest of the days', the crossings are the days' lists one after another, checks are
 * combined from the days'. A focus stretch or a crossing visit over midnight counts on each day (cut there), as
 * the Year view counts it.
 */
export function weekViewFromDays(input: WeekDays): WeekView {
  const byDay = new Map(input.days.map((d) => [d.day, d]));
  const inRange = daysOfRange(input.range, byDay);
  const totalsOf = (periods: readonly Period[], keep: (total: FactTotal) => boolean): UsageTotals => ({
    zone: input.zone,
    unit: 'day',
    periods: categorisedTotals(
      periods.flatMap((period) =>
        (byDay.get(period.key)?.totals ?? [])
          .filter(keep)
          .map((t) => ({ start: period.start, ms: t.ms, app: t.app, site: t.site, category: t.category })),
      ),
      periods,
    ),
  });
  const all = () => true;
  let longest: DayFacts['stretch'] = null;
  for (const day of inRange)
    if (day.stretch && (!longest || day.stretch.workMs > longest.workMs)) longest = day.stretch;
  const focusMs = inRange.reduce((sum, d) => sum + d.focusMs, 0);
  const workMs = inRange.reduce((sum, d) => sum + d.focusWorkMs, 0);
  const first = input.range[0];
  const last = input.range.at(-1);
  return {
    zone: input.zone,
    comparison: input.comparison,
    totals: totalsOf(input.range, all),
    previousTotals: totalsOf(input.previous, all),
    byProfile: input.profileIds.map((profileId) => ({
      profileId,
      totals: totalsOf(input.range, (t) => t.profileId === profileId),
    })),
    stretch: { toleranceMs: FOCUS_TOLERANCE_MS, longest: longest && { ...longest } },
    focusKept: { focusMs, workMs, share: focusMs > 0 ? workMs / focusMs : null },
    pauses: pausesReport(input.pauses, { start: first?.start ?? 0, end: last?.end ?? 0 }),
    crossings: crossingsSummary(crossingsOfDays(inRange)),
    checks: combineChecks(inRange.map((d) => ({ activeMs: d.activeMs, byKind: d.checksByKind }))),
    apps: categorisedAppUsage(inRange.flatMap((d) => d.totals)),
  };
}

/** The facts of the range's days, in the range's order (a day with no facts had no time). */
const daysOfRange = (range: readonly Period[], byDay: ReadonlyMap<string, DayFacts>): DayFacts[] =>
  range.flatMap((p) => byDay.get(p.key) ?? []);

/** The days' crossing lists one after another: what the view counts and getCrossingList answers. */
const crossingsOfDays = (days: readonly DayFacts[]): CrossingSegment[] => days.flatMap((d) => d.crossings);

/**
 * Each crossing of the range, as weekViewFromDays counts them, so the count on the drill-down's button is the
 * number of rows it opens.
 */
export function crossingList(range: readonly Period[], days: readonly DayFacts[]): CrossingSegment[] {
  return crossingsOfDays(daysOfRange(range, new Map(days.map((d) => [d.day, d]))));
}
