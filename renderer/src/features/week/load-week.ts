import type {
  AppUsage,
  ChecksSplit,
  CrossingsSummary,
  FocusKept,
  FocusStretchReport,
  PausesReport,
  PeriodComparison,
  UsageTotals,
} from '../../../../electron/shared/contract/reports.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { loadScheduleNow } from '../../lib/load-schedule-now.ts';
import type { DateRange } from './week-range.ts';

/** What the Week screen needs once: the settings (profiles, zone) and today's date in the settings' zone. */
export interface WeekBase {
  settings: Settings;
  today: string;
}

/** Loads the settings and today's local date. */
export async function loadWeekBase(): Promise<Result<WeekBase>> {
  const base = await loadScheduleNow();
  if (!base.ok) return base;
  return { ok: true, data: { settings: base.data.settings, today: base.data.now.toISODate() ?? '' } };
}

/** Every figure of one week or month, as the screen uses them. */
export interface WeekData {
  range: DateRange;
  /** The equal-length spans main compared (the range up to today, and as many days before). */
  comparison: PeriodComparison;
  totals: UsageTotals;
  previousTotals: UsageTotals;
  byProfile: Map<string, UsageTotals>;
  stretch: FocusStretchReport;
  focusKept: FocusKept;
  pauses: PausesReport;
  crossings: CrossingsSummary;
  checks: ChecksSplit;
  /** Every app of the range, a browser's time per site. */
  apps: AppUsage[];
}

/** Marks in the page's performance timeline, so the benchmark can time data arrival to render. */
export const WEEK_MARKS = {
  change: 'balans:week:change',
  data: 'balans:week:data',
  rendered: 'balans:week:rendered',
} as const;

/** Loads the range's figures in one call (the raw events are read once for all of them); marks their arrival. */
export async function loadWeek(base: WeekBase, range: DateRange): Promise<Result<WeekData>> {
  const view = await balans().getWeekView({ from: range.from, to: range.to });
  performance.mark(WEEK_MARKS.data, { detail: `${range.kind}:${range.from}` });
  if (!view.ok) return view;
  const { byProfile, ...cards } = view.data;
  return {
    ok: true,
    data: { ...cards, range, byProfile: new Map(byProfile.map((p) => [p.profileId, p.totals])) },
  };
}
