import type {
  BoundaryCrossings,
  FocusKept,
  FocusStretchReport,
  PausesReport,
  UsageTotals,
} from '../../../../electron/shared/contract/reports.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { loadScheduleNow } from '../../lib/load-schedule-now.ts';
import { previousPeriod, type DateRange } from './week-range.ts';

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

/** Every figure of one week or month. */
export interface WeekData {
  range: DateRange;
  previous: DateRange;
  totals: UsageTotals;
  previousTotals: UsageTotals;
  byProfile: Map<string, UsageTotals>;
  stretch: FocusStretchReport;
  focusKept: FocusKept;
  pauses: PausesReport;
  crossings: BoundaryCrossings;
}

/** Marks in the page's performance timeline, so the benchmark can time data arrival to render. */
export const WEEK_MARKS = {
  change: 'balans:week:change',
  data: 'balans:week:data',
  rendered: 'balans:week:rendered',
} as const;

/**
 * Loads the range's figures; the calls run side by side and the first failure decides the error. Marks the
 * moment all data has arrived.
 */
export async function loadWeek(base: WeekBase, range: DateRange): Promise<Result<WeekData>> {
  const api = balans();
  const query = { from: range.from, to: range.to };
  const previous = previousPeriod(range, base.today);
  const profiles = base.settings.profiles;
  const [totals, previousTotals, stretch, focusKept, pauses, crossings, ...perProfile] = await Promise.all([
    api.getUsageTotals({ ...query, unit: 'day' }),
    api.getUsageTotals({ from: previous.from, to: previous.to, unit: 'day' }),
    api.getLongestFocusStretch(query),
    api.getFocusKept(query),
    api.getPauses(query),
    api.getBoundaryCrossings(query),
    ...profiles.map((p) => api.getUsageTotals({ ...query, unit: 'day', profileId: p.id })),
  ]);
  performance.mark(WEEK_MARKS.data, { detail: `${range.kind}:${range.from}` });
  if (!totals.ok) return totals;
  if (!previousTotals.ok) return previousTotals;
  if (!stretch.ok) return stretch;
  if (!focusKept.ok) return focusKept;
  if (!pauses.ok) return pauses;
  if (!crossings.ok) return crossings;
  const byProfile = new Map<string, UsageTotals>();
  for (const [index, result] of perProfile.entries()) {
    if (!result.ok) return result;
    byProfile.set(profiles[index]!.id, result.data);
  }
  return {
    ok: true,
    data: {
      range,
      previous,
      totals: totals.data,
      previousTotals: previousTotals.data,
      byProfile,
      stretch: stretch.data,
      focusKept: focusKept.data,
      pauses: pauses.data,
      crossings: crossings.data,
    },
  };
}
