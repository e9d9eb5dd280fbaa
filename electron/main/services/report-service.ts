import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import { appUsage } from '../../core/reports/app-usage.ts';
import { attentionSegments, type AttentionSegment } from '../../core/reports/attention.ts';
import type { Categorise } from '../../core/reports/categorise.ts';
import { comparePeriods } from '../../core/reports/comparison.ts';
import { checksReport } from '../../core/reports/checks.ts';
import type { DayFacts } from '../../core/reports/day-facts.ts';
import { boundaryCrossings, type ScheduledInterval } from '../../core/reports/crossings.ts';
import { focusKept } from '../../core/reports/focus-kept.ts';
import { longestFocusStretch } from '../../core/reports/focus-stretch.ts';
import type { Span } from '../../core/reports/intervals.ts';
import { dateRangeSpan, periodsIn, type Period } from '../../core/reports/periods.ts';
import { pausesReport } from '../../core/reports/pauses.ts';
import { dayTimeline } from '../../core/reports/timeline.ts';
import { periodTotals, piecesOf, type AttentionPiece } from '../../core/reports/totals.ts';
import { crossingList, weekViewFromDays } from '../../core/reports/week-view.ts';
import type {
  AppUsage,
  BoundaryCrossings,
  ChecksReport,
  CrossingSegment,
  DayTimeline,
  FocusKept,
  FocusStretchReport,
  PausesReport,
  PeriodUnit,
  UsageTotals,
  WeekView,
  WindowBand,
} from '../../shared/contract/reports.ts';
import type { StoredEventKind } from '../../shared/domain/usage.ts';
import { BalansError } from '../../shared/result.ts';
import { computeDayFacts, type EventReads } from './day-facts-from-store.ts';

/** What reports read from the usage store (its worker answers, so every read is a Promise). */
export interface ReportStore extends EventReads {
  /** Attention time per app and site within each span (from a cache; the same figures as the events). */
  attentionTotals(spans: readonly Span[]): Promise<AttentionPiece[]>;
}

export interface ReportServiceDeps {
  store: ReportStore;
  clock: Clock;
  /** The user's IANA zone, read on every call. */
  zone: () => string;
  /** The current rules, applied at read time: editing a rule re-colours history. */
  categorise: Categorise;
  /** Whether the current rules look at titles (then totals must read the events, which have them). */
  readsTitles?: () => boolean;
  /** Profile, private-hours and focus-window spans overlapping [from, to), from whoever owns the schedule. */
  intervals: (from: number, to: number) => ScheduledInterval[];
  /** The settings' profile ids, in their order (the Week view splits by each). */
  profileIds?: () => string[];
  /** Every window occurrence of every kind within [from, to), cut to it (drawn on the day's timeline). */
  windowBands?: (from: number, to: number) => WindowBand[];
  /**
   * The facts of local days that have begun, in order (the Week view's source; the worker's reads saved days).
   * Default: each built from the raw events now.
   */
  dayFacts?: (days: readonly Period[]) => Promise<DayFacts[]>;
}

export interface WeekQuery {
  from: string;
  to: string;
}

export interface RangeQuery {
  from: string;
  to: string;
  profileId?: string;
}

// Totals come from the rollup and stay fast over a year; the other reports read raw events, so they are bounded.
const MAX_DAYS: Record<PeriodUnit | 'events', number> = { day: 400, hour: 62, events: 93 };

/** Answers the report calls by composing the usage store with the pure report functions. */
export function createReportService(deps: ReportServiceDeps) {
  /** Each day built from the raw events now. */
  const rawDayFacts = (days: readonly Period[]): Promise<DayFacts[]> =>
    computeDayFacts(deps.store, days, {
      now: deps.clock.now(),
      zone: deps.zone(),
      categorise: deps.categorise,
      intervals: deps.intervals,
    });

  const span = (query: RangeQuery, limit: keyof typeof MAX_DAYS, zone: string): Span => {
    const range = dateRangeSpan(query.from, query.to, zone);
    if (range.end <= range.start) throw new BalansError('invalid-input', 'The range ends before it starts.');
    if (range.end - range.start > (MAX_DAYS[limit] + 1) * 86_400_000) {
      throw new BalansError('invalid-input', `A range of at most ${MAX_DAYS[limit]} days is allowed here.`);
    }
    return range;
  };

  /** Attention segments from raw events; a profile's are those recorded under it. */
  const attention = async (range: Span, profileId?: string): Promise<AttentionSegment[]> => {
    const [windows, presence] = await Promise.all([
      deps.store.eventsBetween('window', range.start, range.end),
      deps.store.eventsBetween('presence', range.start, range.end),
    ]);
    const segments = attentionSegments(windows, presence, range);
    return profileId === undefined ? segments : segments.filter((s) => s.data.profileId === profileId);
  };

  /**
   * Attention pieces within each period, from the rollup (keyed by app, site and profile; fast over a year). When a
   * rule looks at titles, ranges up to the raw-event limit come from the events instead, titles included, so the
   * title rule counts in totals exactly as it does for limits and the policy; longer ranges (the year) stay on
   * the rollup and see app and site only.
   */
  const pieces = async (range: Span, periods: readonly Period[]): Promise<AttentionPiece[]> =>
    deps.readsTitles?.() && range.end - range.start <= (MAX_DAYS.events + 1) * 86_400_000
      ? piecesOf(await attention(range), periods)
      : deps.store.attentionTotals(periods);

  return {
    /** Attention over a span as reports count it (the unmatched list uses it too). */
    attentionBetween: (range: Span): Promise<AttentionPiece[]> => pieces(range, [{ key: 'range', ...range }]),

    /** Every app over the local dates `from`..`to`, a browser's time per site. */
    async getAppUsage(query: WeekQuery): Promise<AppUsage[]> {
      const range = span(query, 'day', deps.zone());
      return appUsage(
        (await pieces(range, [{ key: 'range', ...range }])).map((p) => ({ ms: p.ms, data: p.data })),
        deps.categorise,
      );
    },

    async getUsageTotals(query: RangeQuery & { unit: PeriodUnit }): Promise<UsageTotals> {
      const zone = deps.zone();
      const range = span(query, query.unit, zone);
      const periods = periodsIn(range, query.unit, zone);
      const all = await pieces(range, periods);
      const selected =
        query.profileId === undefined ? all : all.filter((p) => p.data.profileId === query.profileId);
      return { zone, unit: query.unit, periods: periodTotals(selected, periods, deps.categorise) };
    },

    async getDayTimeline(query: { date: string }): Promise<DayTimeline> {
      const zone = deps.zone();
      const day = dateRangeSpan(query.date, query.date, zone);
      // Today ends now: the rest of the day has not happened, so it is not a gap. Unless the clock was set back (a
      // clock event says so): what was recorded past "now" did happen, and is shown.
      const setBack = (await deps.store.eventsBetween('clock', day.start, day.end)).length > 0;
      const recordedUntil = setBack
        ? Math.max(
            deps.clock.now(),
            ...(await deps.store.eventsBetween('running', day.start, day.end)).map(
              (r) => r.start + r.duration,
            ),
          )
        : deps.clock.now();
      const range = { start: day.start, end: Math.max(day.start, Math.min(day.end, recordedUntil)) };
      const read = <K extends StoredEventKind>(kind: K) =>
        deps.store.eventsBetween(kind, range.start, range.end);
      const [attended, presence, running, pauses, clock] = await Promise.all([
        attention(range),
        read('presence'),
        read('running'),
        read('pause'),
        read('clock'),
      ]);
      const segments = dayTimeline(
        { attention: attended, presence, running, pauses, range },
        deps.categorise,
      );
      const schedule = deps
        .intervals(day.start, day.end)
        .filter((i) => i.kind === 'profile')
        .map(({ profileId, start, end }) => ({
          kind: 'profile' as const,
          ...(profileId !== undefined && { profileId }),
          start,
          end,
        }));
      const clockSetBack = clock.map((jump) => ({
        from: jump.start + jump.duration,
        to: jump.start,
      }));
      const windows = deps.windowBands?.(day.start, day.end) ?? [];
      return { date: query.date, zone, segments, schedule, windows, clockSetBack };
    },

    async getChecks(query: RangeQuery): Promise<ChecksReport> {
      const zone = deps.zone();
      const range = span(query, 'events', zone);
      return checksReport(
        await attention(range, query.profileId),
        periodsIn(range, 'hour', zone),
        zone,
        deps.categorise,
      );
    },

    async getBoundaryCrossings(query: RangeQuery): Promise<BoundaryCrossings> {
      const range = span(query, 'events', deps.zone());
      return boundaryCrossings(
        await attention(range, query.profileId),
        deps.intervals(range.start, range.end),
        deps.categorise,
      );
    },

    async getLongestFocusStretch(query: RangeQuery): Promise<FocusStretchReport> {
      const range = span(query, 'events', deps.zone());
      return longestFocusStretch(await attention(range, query.profileId), deps.categorise);
    },

    async getFocusKept(query: RangeQuery): Promise<FocusKept> {
      const range = span(query, 'events', deps.zone());
      // Focus windows still to come are not focus time lost: the range ends now at the latest.
      const past = { start: range.start, end: Math.max(range.start, Math.min(range.end, deps.clock.now())) };
      const [attended, running] = await Promise.all([
        attention(past, query.profileId),
        deps.store.eventsBetween('running', past.start, past.end),
      ]);
      return focusKept(
        attended,
        deps.intervals(past.start, past.end),
        past,
        running.map((e) => ({ start: e.start, end: e.start + e.duration })),
        deps.categorise,
      );
    },

    async getPauses(query: RangeQuery): Promise<PausesReport> {
      const range = span(query, 'events', deps.zone());
      return pausesReport(await deps.store.eventsBetween('pause', range.start, range.end), range);
    },

    /**
     * Each crossing of a Week or Month range, from the same days' facts getWeekView counts (its drill-down asks
     * for them when opened, so the view itself carries only the count and sums).
     */
    async getCrossingList(query: WeekQuery): Promise<CrossingSegment[]> {
      const zone = deps.zone();
      const now = deps.clock.now();
      const rangeDays = periodsIn(span(query, 'events', zone), 'day', zone);
      const days = await (deps.dayFacts ?? rawDayFacts)(rangeDays.filter((d) => d.start < now));
      return crossingList(rangeDays, days);
    },

    /**
     * The Week or Month screen in one answer, composed from its days' facts (weekViewFromDays): the facts source
     * given (the worker's: saved days, missing and today's built now) or, without one, each day built from the raw
     * events with the same dayFacts. The period compared with is chosen here (equal length, see comparePeriods), so
     * every caller compares alike.
     */
    async getWeekView(query: WeekQuery): Promise<WeekView> {
      const zone = deps.zone();
      const now = deps.clock.now();
      const today = DateTime.fromMillis(now, { zone }).toISODate() ?? query.to;
      const comparison = comparePeriods(query, today);
      const range = span(query, 'events', zone);
      const previous = span(comparison.previous, 'events', zone);
      const rangeDays = periodsIn(range, 'day', zone);
      const previousDays = periodsIn(previous, 'day', zone);
      // Days still to come have no facts; the view shows them empty.
      const begun = (days: readonly Period[]) => days.filter((d) => d.start < now);
      const wanted = new Map([...previousDays, ...rangeDays].map((d) => [d.key, d]));
      const [days, pauses] = await Promise.all([
        (deps.dayFacts ?? rawDayFacts)(begun([...wanted.values()].sort((a, b) => a.start - b.start))),
        deps.store.eventsBetween('pause', range.start, range.end),
      ]);
      return weekViewFromDays({
        zone,
        comparison,
        range: rangeDays,
        previous: previousDays,
        days,
        profileIds: deps.profileIds?.() ?? [],
        pauses,
      });
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
