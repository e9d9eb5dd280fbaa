import { z } from 'zod';
import { call, event } from './define.ts';
import type {
  AppUsage,
  BoundaryCrossings,
  ChecksReport,
  ChecksSplit,
  DayTimeline,
  WeekView,
} from './reports.ts';
import type { ScheduleView } from './settings.ts';
import type { CategoryTotal, DayTotals } from './today.ts';
import type { DateRange } from '../domain/date-range.ts';
import type { LimitProgress } from '../domain/profiles.ts';
import type { Settings } from '../domain/settings.ts';

/** One month of the Year view, summed from the per-day facts. */
export interface YearMonth {
  /** yyyy-mm in the user's zone. */
  month: string;
  totalMs: number;
  byCategory: CategoryTotal[];
  /** For each profile of `YearView.profiles`, in that order (time recorded with no profile is in no entry). */
  byProfile: { profileId: string; totalMs: number; byCategory: CategoryTotal[] }[];
  /** Checks counted per day (each day's own count), summed. */
  checks: number;
  /** Checks per kind over the month, from each day's checks and gaps (the median over all the month's gaps). */
  checksSplit: ChecksSplit;
  workInPrivateMs: number;
  socialInFocusMs: number;
  focusMs: number;
  focusWorkMs: number;
  pauseMs: number;
}

/** The Year screen: month-by-month trend per category and per profile. */
export interface YearView {
  year: number;
  zone: string;
  /** The settings' profiles in order, then any other profile found in the history (since deleted). */
  profiles: string[];
  /** Always 12, January first; months still to come are empty. */
  months: YearMonth[];
}

/** How far the background rebuild of the per-day facts has come. */
export interface FactsProgress {
  /** True while days are being (re)built in the background. */
  running: boolean;
  /** Days built in this rebuild so far, and how many it has to build. */
  done: number;
  total: number;
}

/** Everything the Today screen draws, in one answer. */
export interface TodayView {
  totals: DayTotals;
  /** Today's top apps, a browser's time per site (its longest sites, the rest summed). */
  apps: AppUsage[];
  timeline: DayTimeline;
  checks: ChecksReport;
  /** Today's boundary crossings, each visit listed. */
  crossings: BoundaryCrossings;
  /** The active profile's daily limits as main measures them (the same figures the nudges use). */
  limits: LimitProgress[];
  settings: Settings;
  schedule: ScheduleView;
}

/**
 * The Week screen as it opens, in one answer: this week (in main's zone, by main's clock) with the settings it is
 * drawn with, so the screen need not ask for the settings and today first and the week after them.
 */
export interface ThisWeekView {
  settings: Settings;
  /** Today's local date (yyyy-mm-dd): where the range controls stop. */
  today: string;
  /** The week containing today (rangeContaining), which `view` is of. */
  range: DateRange;
  view: WeekView;
}

export const viewCalls = {
  /** The Year screen for one calendar year in the user's zone, from the per-day facts. */
  getYearView: call<YearView>()(z.object({ year: z.int().min(1970).max(9999) }).strict()),
  /** The Today screen in one call: totals, timeline, checks, crossings, limits, settings and the schedule now. */
  getTodayView: call<TodayView>()(z.void()),
  /** The Week screen's first range (this week) with its settings and today's date; later ranges: getWeekView. */
  getThisWeekView: call<ThisWeekView>()(z.void()),
  getFactsProgress: call<FactsProgress>()(z.void()),
};

export const viewEvents = {
  /** The background rebuild of the per-day facts moved on (sent at most a few times a second). */
  factsProgress: event<FactsProgress>(),
};
