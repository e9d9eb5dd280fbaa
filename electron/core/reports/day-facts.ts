import type { CategoryId, Observation, StoredEvent } from '../../shared/domain/usage.ts';
import { attentionSegments } from './attention.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import { dayChecks, type DayChecks } from './checks.ts';
import { boundaryCrossings, type ScheduledInterval } from './crossings.ts';
import { focusKept } from './focus-kept.ts';
import { longestFocusStretch } from './focus-stretch.ts';
import type { Span } from './intervals.ts';
import { pausesReport } from './pauses.ts';

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
  workInPrivateMs: number;
  socialInFocusMs: number;
  focusMs: number;
  focusWorkMs: number;
  /** The day's longest focus stretch, work time only. */
  longestStretchMs: number;
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
    workInPrivateMs: crossings.workInPrivateMs,
    socialInFocusMs: crossings.socialInFocusMs,
    focusMs: kept.focusMs,
    focusWorkMs: kept.workMs,
    longestStretchMs: longestFocusStretch(segments, category).longest?.workMs ?? 0,
    pauseMs: pausesReport(events.pauses, span).totalMs,
  };
}

/** The observation a fact total stands for (no title: facts are already categorised). */
export const factObservation = (total: FactTotal): Observation => ({
  app: total.app,
  ...(total.site !== null && { site: total.site }),
  ...(total.profileId !== null && { profileId: total.profileId }),
});
