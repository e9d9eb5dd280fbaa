import { DateTime } from 'luxon';
import type { ChecksReport, DayTimeline } from '../../../../electron/shared/contract/reports.ts';
import type { ScheduleView } from '../../../../electron/shared/contract/settings.ts';
import type { DayTotals } from '../../../../electron/shared/contract/today.ts';
import type { LimitProgress } from '../../../../electron/shared/domain/profiles.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import type { Result } from '../../../../electron/shared/result.ts';
import { balans } from '../../lib/balans.ts';
import { loadScheduleNow } from '../../lib/load-schedule-now.ts';

export interface TodayData {
  totals: DayTotals;
  settings: Settings;
  view: ScheduleView;
  timeline: DayTimeline;
  checks: ChecksReport;
  /** The active profile's daily limits as main measures them (the same figures the nudges use). */
  limits: LimitProgress[];
  /** Start of the day (ms) in the settings' zone. */
  dayStart: number;
}

/** Everything Today shows, in one result: the first failing call decides the error. */
export async function loadToday(): Promise<Result<TodayData>> {
  const api = balans();
  const totals = await api.getDayTotals(undefined);
  if (!totals.ok) return totals;
  const base = await loadScheduleNow();
  if (!base.ok) return base;
  const { settings, view } = base.data;
  const date = totals.data.date;
  const timeline = await api.getDayTimeline({ date });
  if (!timeline.ok) return timeline;
  const checks = await api.getChecks({ from: date, to: date });
  if (!checks.ok) return checks;
  const limits = await api.getLimitProgress({ date });
  if (!limits.ok) return limits;
  const dayStart = DateTime.fromISO(date, { zone: totals.data.zone }).startOf('day').toMillis();
  return {
    ok: true,
    data: {
      totals: totals.data,
      settings,
      view,
      timeline: timeline.data,
      checks: checks.data,
      limits: limits.data,
      dayStart,
    },
  };
}
