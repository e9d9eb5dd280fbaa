import type {
  AppUsage,
  WeekView,
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
import type { DateRange } from '../../../../electron/shared/domain/date-range.ts';

/** What the Week screen needs once: the settings (profiles, zone) and today's date in the settings' zone. */
export interface WeekBase {
  settings: Settings;
  today: string;
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

/** What the Week screen opens with: its base and this week's figures. */
export interface WeekStart {
  base: WeekBase;
  first: WeekData;
}

/**
 * Loads the settings, today and this week's figures in one call: main decides which week today is in, so the
 * week is not asked for only after the settings and today have come back.
 */
export async function loadThisWeek(): Promise<Result<WeekStart>> {
  const answer = await balans().getThisWeekView(undefined);
  if (!answer.ok) return answer;
  const { settings, today, range, view } = answer.data;
  performance.mark(WEEK_MARKS.data, { detail: `${range.kind}:${range.from}` });
  return { ok: true, data: { base: { settings, today }, first: weekDataOf(range, view) } };
}

/** Loads the range's figures in one call (the raw events are read once for all of them); marks their arrival. */
export async function loadWeek(range: DateRange): Promise<Result<WeekData>> {
  const view = await balans().getWeekView({ from: range.from, to: range.to });
  performance.mark(WEEK_MARKS.data, { detail: `${range.kind}:${range.from}` });
  if (!view.ok) return view;
  return { ok: true, data: weekDataOf(range, view.data) };
}

function weekDataOf(range: DateRange, view: WeekView): WeekData {
  const { byProfile, ...cards } = view;
  return { ...cards, range, byProfile: new Map(byProfile.map((p) => [p.profileId, p.totals])) };
}
