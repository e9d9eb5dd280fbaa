import { z } from 'zod';
import { call } from './define.ts';
import type { AppTotal, CategoryTotal } from './today.ts';
import { isoDateSchema } from '../domain/ids.ts';
import type { WindowKind } from '../domain/focus-windows.ts';
import type { CategoryId, PauseScope } from '../domain/usage.ts';

export interface SiteTotal {
  site: string;
  category: CategoryId;
  ms: number;
}

/** A browser's time on one site; `site` null gathers the pages where no site was recorded ("other pages"). */
export interface SiteUsage {
  site: string | null;
  /** The category with most of this time (the first of `byCategory`). */
  category: CategoryId;
  /** This time per category, largest first: one site or app can be work under one profile and social under another. */
  byCategory: CategoryTotal[];
  ms: number;
  /** Of all the time in the range (0..1). */
  share: number;
}

/** One app's attention over a range, with a browser's time broken down by site (core/reports/app-usage.ts). */
export interface AppUsage {
  app: string;
  /** The category with most of the app's time (the first of `byCategory`). */
  category: CategoryId;
  /** The app's time per category, largest first. */
  byCategory: CategoryTotal[];
  ms: number;
  /** Of all the time in the range (0..1). */
  share: number;
  /** A browser's sites, largest first, "other pages" last; empty for an app that is not a browser. */
  sites: SiteUsage[];
}

/** Attention time in one local day or hour, per category, app and site. */
export interface PeriodTotals {
  /** yyyy-mm-dd for days; ISO with offset (yyyy-mm-ddTHH:mm±hh:mm) for hours, so a repeated DST hour is distinct. */
  period: string;
  start: number;
  end: number;
  totalMs: number;
  byCategory: CategoryTotal[];
  byApp: AppTotal[];
  bySite: SiteTotal[];
}

export type PeriodUnit = 'day' | 'hour';

export interface UsageTotals {
  zone: string;
  unit: PeriodUnit;
  periods: PeriodTotals[];
}

/** One stretch of a day's timeline; what covers a moment is decided pause > away > app > gap. */
export type TimelineSegment =
  | {
      kind: 'app';
      start: number;
      end: number;
      app: string;
      title?: string;
      site?: string;
      category: CategoryId;
    }
  | { kind: 'presence'; start: number; end: number; state: 'idle' | 'locked' | 'asleep' }
  | { kind: 'pause'; start: number; end: number; scope: PauseScope }
  /** Balans was not running (app closed, machine off): unknown time, not idle time. */
  | { kind: 'gap'; start: number; end: number };

/** What the schedule said during part of the day: the active profile (windows are in `DayTimeline.windows`). */
export interface ScheduleMark {
  kind: 'profile';
  profileId?: string;
  start: number;
  end: number;
}

/** One occurrence of a scheduled window, cut to the day asked for (core/schedule/window-bands.ts). */
export interface WindowBand {
  windowId: string;
  name: string;
  kind: WindowKind;
  profileId: string;
  start: number;
  end: number;
}

export interface DayTimeline {
  date: string;
  zone: string;
  segments: TimelineSegment[];
  /** The whole day's schedule (later hours too), drawn behind the segments. */
  schedule: ScheduleMark[];
  /** Every window of every kind open during the day (overridden ones too), drawn as bands per kind. */
  windows: WindowBand[];
  /**
   * Times the clock was set back while Balans ran: at `to` (after the jump) it read `from` before. Both passes of
   * [to, from) are recorded; the segments show their union, so this says why some time appears once.
   */
  clockSetBack: { from: number; to: number }[];
}

/** The two kinds of app a check goes to, in the order every report lists them; checks of each are counted apart. */
export const CHECK_KINDS = ['communication', 'social'] as const satisfies readonly CategoryId[];
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface HourChecks {
  /** The local hour, ISO with offset. */
  hour: string;
  start: number;
  /** Checks of both kinds. */
  checks: number;
  byKind: Record<CheckKind, number>;
}

/** One kind's checks over a day or a range. */
export interface KindChecks {
  kind: CheckKind;
  checks: number;
  /** Checks per hour of attention (time at the computer, any app); null with no attention. */
  perActiveHour: number | null;
  /** Median start-to-start time between consecutive checks of this kind on the same day; null with no such pair. */
  medianMsBetweenChecks: number | null;
}

/** The checks of a day or a range, split by kind (core/reports/checks.ts). */
export interface ChecksSplit {
  /** Attention time the per-hour figures divide by. */
  activeMs: number;
  /** Communication first, then social. */
  byKind: KindChecks[];
}

/** How often the user switched into communication or social apps. */
export interface ChecksReport {
  zone: string;
  perHour: HourChecks[];
  /** Checks of both kinds (a move from chat straight to social media is a social check). */
  totalChecks: number;
  /** Median time from one check (either kind) to the next on the same day; null with fewer than two. */
  medianMsBetweenChecks: number | null;
  split: ChecksSplit;
}

/**
 * One crossing: a visit to one app (and site) across the boundary. `work-in-private` is work that crossed into
 * private hours (work → private); `social-in-focus` is social time that crossed into a focus window
 * (private → work).
 */
export interface CrossingSegment {
  kind: 'work-in-private' | 'social-in-focus';
  start: number;
  end: number;
  app: string;
  site?: string;
  /** The profile recorded as active then: the side the time crossed into. */
  profileId?: string;
}

export interface BoundaryCrossings {
  workInPrivateMs: number;
  socialInFocusMs: number;
  segments: CrossingSegment[];
}

/**
 * A range's crossings as the Week and Month screens carry them: the sums and how many there are. The list itself
 * (a month can hold thousands, most of the answer's size) comes from `getCrossingList` when it is opened.
 */
export interface CrossingsSummary {
  workInPrivateMs: number;
  socialInFocusMs: number;
  count: number;
}

export interface FocusStretch {
  start: number;
  end: number;
  /** Work time inside the stretch; the tolerated interruptions are not counted. */
  workMs: number;
  interruptions: number;
}

export interface FocusStretchReport {
  /** Breaks up to this long (a glance at a notification) do not end a stretch. */
  toleranceMs: number;
  longest: FocusStretch | null;
}

/** How much of the focus windows' time went to work. */
export interface FocusKept {
  /** Focus-window time within the range, up to now. */
  focusMs: number;
  /** Work time inside those focus windows. */
  workMs: number;
  /** workMs / focusMs; null when no focus window fell in the range. */
  share: number | null;
}

/** One pause, cut to the asked range. */
export interface PauseEntry {
  start: number;
  end: number;
  scope: PauseScope;
  reason?: string;
  profileId?: string;
}

export interface PausesReport {
  pauses: PauseEntry[];
  totalMs: number;
  /** Pause time per reason, largest first; null gathers the pauses given without a reason. */
  byReason: { reason: string | null; count: number; ms: number }[];
}

const range = z
  .object({ from: isoDateSchema, to: isoDateSchema, profileId: z.string().min(1).max(100).optional() })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] });

/** Inclusive local dates (ISO yyyy-mm-dd). */
export interface DateSpan {
  from: string;
  to: string;
}

/** What a period is set against: both spans have the same number of days. */
export interface PeriodComparison {
  /** The part of the asked range that has begun (up to today), or the whole range when it is over. */
  current: DateSpan;
  previous: DateSpan;
  /** Days in each span. */
  days: number;
}

/** Everything the Week and Month screens draw for one range, in one answer. */
export interface WeekView {
  zone: string;
  /** Per day, every profile together. */
  totals: UsageTotals;
  /**
   * The spans compared, of equal length: the range up to today (all of it once over) and as many days of the
   * previous period (see core/reports/comparison.ts).
   */
  comparison: PeriodComparison;
  /** Per day over comparison.previous. */
  previousTotals: UsageTotals;
  /** Per day, for each profile of the settings, in the settings' order. */
  byProfile: { profileId: string; totals: UsageTotals }[];
  stretch: FocusStretchReport;
  focusKept: FocusKept;
  pauses: PausesReport;
  crossings: CrossingsSummary;
  /** Checks over the range per kind, combined from each day's own (see combineChecks). */
  checks: ChecksSplit;
  /** Every app over the range, a browser's time per site: the app and site table. */
  apps: AppUsage[];
}

/** A Week or Month screen's range: local dates, `from` not after `to`. */
const weekRange = z
  .object({ from: isoDateSchema, to: isoDateSchema })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] });

export const reportCalls = {
  /** Totals per category, app and site for each local day or hour from `from` to `to` (inclusive). */
  getUsageTotals: call<UsageTotals>()(
    z
      .object({
        from: isoDateSchema,
        to: isoDateSchema,
        unit: z.enum(['day', 'hour']),
        profileId: z.string().min(1).max(100).optional(),
      })
      .strict()
      .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['to'] }),
  ),
  /** One day's timeline: apps, away time, pauses and gaps. */
  getDayTimeline: call<DayTimeline>()(z.object({ date: isoDateSchema }).strict()),
  getChecks: call<ChecksReport>()(range),
  /** Work time inside private hours and social time inside focus windows. */
  getBoundaryCrossings: call<BoundaryCrossings>()(range),
  getLongestFocusStretch: call<FocusStretchReport>()(range),
  /** Share of focus-window time spent on work. */
  getFocusKept: call<FocusKept>()(range),
  /**
   * The whole Week or Month screen for `from`..`to`, compared with a period of equal length that main chooses
   * (the result's `comparison`): the raw events are read once for both.
   */
  getWeekView: call<WeekView>()(weekRange),
  /** Each crossing of a Week or Month range, as its view counts them (`crossings.count`), in time order. */
  getCrossingList: call<CrossingSegment[]>()(weekRange),
  /** Pauses and their reasons; profileId is accepted for symmetry but pauses are listed for every profile. */
  getPauses: call<PausesReport>()(range),
};
