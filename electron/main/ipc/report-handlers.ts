import type { reportCalls } from '../../shared/contract/reports.ts';
import type { ReportService } from '../services/report-service.ts';
import type { Handlers } from './handler-table.ts';

/** The report calls, answered by the report service. */
export function reportHandlers(service: ReportService): Pick<Handlers, keyof typeof reportCalls> {
  return {
    getUsageTotals: (input) => service.getUsageTotals(input),
    getDayTimeline: (input) => service.getDayTimeline(input),
    getChecks: (input) => service.getChecks(input),
    getBoundaryCrossings: (input) => service.getBoundaryCrossings(input),
    getLongestFocusStretch: (input) => service.getLongestFocusStretch(input),
    getFocusKept: (input) => service.getFocusKept(input),
    getPauses: (input) => service.getPauses(input),
    getWeekView: (input) => service.getWeekView(input),
    getCrossingList: (input) => service.getCrossingList(input),
  };
}
