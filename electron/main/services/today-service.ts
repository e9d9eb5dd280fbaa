import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import type { DayTotals } from '../../shared/contract/today.ts';
import type { ReportService } from './report-service.ts';

/** Answers "where did today's time go": one day of the report totals, in the shape the Today page shows. */
export function createTodayService(deps: { clock: Clock; zone: () => string; reports: ReportService }) {
  return {
    async getDayTotals(date?: string): Promise<DayTotals> {
      const zone = deps.zone();
      const day = date ?? DateTime.fromMillis(deps.clock.now(), { zone }).toISODate();
      if (!day) throw new RangeError(`Cannot compute today in zone ${zone}`);
      const totals = await deps.reports.getUsageTotals({ from: day, to: day, unit: 'day' });
      const period = totals.periods[0];
      return {
        date: day,
        zone,
        totalMs: period?.totalMs ?? 0,
        byCategory: period?.byCategory ?? [],
        byApp: period?.byApp ?? [],
      };
    },
  };
}

export type TodayService = ReturnType<typeof createTodayService>;
