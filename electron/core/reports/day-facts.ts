import type { CrossingSegment, FocusStretch } from '../../shared/contract/reports.ts';
import type { CategoryId, Observation, StoredEvent } from '../../shared/domain/usage.ts';
import { attentionSegments } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import { dayChecks, type DayChecks } from './checks.ts';
import { boundaryCrossings, type ScheduledInterval } from './crossings.ts';
import { focusKept } from './focus-kept.ts';
import { longestFocusStretch } from './focus-stretch.ts';
import type { Span } from './intervals.ts';
import { pausesReport } from './pauses.ts';
import type { Period } from './periods.ts';

/** Attention of one app (and site) under one profile in one category, within one local day. */
export interface FactTotal {
  profileId: string | null;
  app: string;
  site: string | null;
  category: CategoryId;
  ms: number;
}

/**
 * What the views sum for one local day, derived from the raw events and the settings in force (rules, profiles,
 * schedule). Every figure is the day's own report cut to the day: checks, crossings, focus and pauses as the report
 * functions count them over [day start, day end).
 */
export interface DayFacts {
  /** yyyy-mm-dd in the zone the facts were built in. */
  day: string;
  totals: FactTotal[];
  /** Checks of both kinds. */
  checks: number;
  /** Attention time (any app): what checks per active hour divide by. */
  activeMs: number;
  /** Per check kind, the day's checks and the gaps between them: a range's median needs the gaps (combineChecks). */
  checksByKind: DayChecks['byKind'];
  /** The day's crossings, one visit per row, in time order; a visit over midnight is cut there (crossingsOf sums). */
  crossings: CrossingSegment[];
  focusMs: number;
  focusWorkMs: number;
  /** The day's longest focus stretch (a stretch over midnight is cut there), or null with no work time. */
  stretch: FocusStretch | null;
  pauseMs: number;
}

/** The raw events a day's facts are built from, each already read over (at least) the day. */
export interface DayEvents {
  windows: readonly Extract<StoredEvent, { kind: 'window' }>[];
  presence: readonly Extract<StoredEvent, { kind: 'presence' }>[];
  running: readonly Extract<StoredEvent, { kind: 'running' }>[];
  pauses: readonly Extract<StoredEvent, { kind: 'pause' }>[];
}

/**
 * One local day's facts. `span` is the day's [start, end) (cut to "now" for a day still going on, so focus windows
 * still to come are not focus lost); `intervals` are the schedule's spans over it.
 */
export function dayFacts(
  day: string,
  span: Span,
  events: DayEvents,
  intervals: readonly ScheduledInterval[],
  zone: string,
  categorise: Categorise,
): DayFacts {
  const category = memoCategorise(categorise);
  const segments = attentionSegments(events.windows, events.presence, span);
  const totals = new Map<string, FactTotal>();
  for (const segment of segments) {
    const { profileId, app, site } = segment.data;
    const cat = category(segment.data);
    const key = `${profileId ?? ''}\u0000${app}\u0000${site ?? ''}\u0000${cat}`;
    const total = totals.get(key);
    if (total) total.ms += segment.end - segment.start;
    else
      totals.set(key, {
        profileId: profileId ?? null,
        app,
        site: site ?? null,
        category: cat,
        ms: segment.end - segment.start,
      });
  }
  const inDay = intervals
    .filter((i) => i.end > span.start && i.start < span.end)
    .map((i) => ({ ...i, start: Math.max(i.start, span.start), end: Math.min(i.end, span.end) }));
  const crossings = boundaryCrossings(segments, inDay, category);
  const kept = focusKept(
    segments,
    inDay,
    span,
    events.running.map((e) => ({ start: e.start, end: e.start + e.duration })),
    category,
  );
  const checks = dayChecks(segments, [{ key: day, start: span.start, end: span.end }], category)[0]!;
  return {
    day,
    totals: [...totals.values()],
    checks: checks.checks.length,
    activeMs: checks.activeMs,
    checksByKind: checks.byKind,
    crossings: crossings.segments,
    focusMs: kept.focusMs,
    focusWorkMs: kept.workMs,
    stretch: longestFocusStretch(segments, category).longest,
    pauseMs: pausesReport(events.pauses, span).totalMs,
  };
}

/** The observation a fact total stands for (no title: facts are already categorised). */
export const factObservation = (total: FactTotal): Observation => ({
  app: total.app,
  ...(total.site !== null && { site: total.site }),
  ...(total.profileId !== null && { profileId: total.profileId }),
});

/**
 * The facts of consecutive local days from events read once over them all: each day gets the events overlapping
 * it, and a day still going on ends `now` (focus windows later today are not focus time lost).
 */
export function factsOfDays(
  days: readonly Period[],
  all: DayEvents,
  intervals: readonly ScheduledInterval[],
  now: number,
  zone: string,
  categorise: Categorise,
): DayFacts[] {
  // One cache of categories for all the days: each event's window is matched against the rules once.
  const category = memoCategorise(categorise);
  const overlapping = <T extends { start: number; duration: number }>(list: readonly T[], span: Period) =>
    list.filter((e) => e.start < span.end && e.start + e.duration > span.start);
  return days.map((day) => {
    const span = { start: day.start, end: Math.max(day.start, Math.min(day.end, now)) };
    const events: DayEvents = {
      windows: overlapping(all.windows, day),
      presence: overlapping(all.presence, day),
      running: overlapping(all.running, day),
      pauses: overlapping(all.pauses, day),
    };
    return dayFacts(day.key, span, events, intervals, zone, category);
  });
}
