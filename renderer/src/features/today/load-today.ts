import { DateTime } from 'luxon';
import type {
  AppUsage,
  BoundaryCrossings,
  ChecksReport,
  DayTimeline,
} from '../../../../electron/shared/contract/reports.ts';
import type { ScheduleView } from '../../../../electron/shared/contract/settings.ts';
import type { DayTotals } from '../../../../electron/shared/contract/today.ts';
import type { LimitProgress } from '../../../../electron/shared/domain/profiles.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';

export interface TodayData {
  totals: DayTotals;
  /** Top apps, a browser's time per site, as main totalled them. */
  apps: AppUsage[];
  settings: Settings;
  view: ScheduleView;
  timeline: DayTimeline;
  checks: ChecksReport;
  crossings: BoundaryCrossings;
  /** The active profile's daily limits as main measures them (the same figures the nudges use). */
  limits: LimitProgress[];
  /** Start of the day (ms) in the settings' zone. */
  dayStart: number;
}

/** Everything Today shows, in one call (getTodayView reads the day's events once for all of it). */
export async function loadToday(): Promise<Result<TodayData>> {
  const result = await balans().getTodayView(undefined);
  if (!result.ok) return result;
  const { totals, apps, settings, schedule, timeline, checks, crossings, limits } = result.data;
  const dayStart = DateTime.fromISO(totals.date, { zone: totals.zone }).startOf('day').toMillis();
  return {
    ok: true,
    data: { totals, apps, settings, view: schedule, timeline, checks, crossings, limits, dayStart },
  };
}
