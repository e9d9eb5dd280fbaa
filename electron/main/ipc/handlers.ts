import type { AppServices } from '../app-services.ts';
import { boundaryHandlers } from './boundary-handlers.ts';
import type { Handlers } from './handler-table.ts';
import { parentLockHandlers } from './parent-lock-handlers.ts';
import { preferenceHandlers } from './preference-handlers.ts';
import { privacyHandlers } from './privacy-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { ruleHandlers } from './rule-handlers.ts';
import { settingsHandlers } from './settings-handlers.ts';

/** The handler table: one entry per contract call, each delegating to a service. */
export function createHandlers(services: AppServices): Handlers {
  return {
    getAppInfo: () => services.appInfo,
    getNotices: () => services.notices(),
    quitApp: () => {
      services.quit();
      return { requested: true as const };
    },
    getLocaleAndZone: () => services.localeAndZone(),
    getDayTotals: (input) => services.today.getDayTotals(input?.date),
    getLimitProgress: (input) => services.limits.getLimitProgress(input?.date, input?.profileId),
    ...reportHandlers(services.reports),
    ...privacyHandlers(services.privacy),
    ...settingsHandlers(services.settings, services.guard),
    getTrackingStatus: () => services.tracking.status(),
    ...boundaryHandlers(services.boundaries, services.pauses),
    ...parentLockHandlers(services.parentLock),
    ...ruleHandlers(services.rules),
    ...preferenceHandlers(services.settings, services.startAtLogin),
    getYearView: ({ year }) => services.views.getYearView(year),
    getTodayView: () => services.views.getTodayView(),
    getThisWeekView: () => services.views.getThisWeekView(),
    getFactsProgress: () => services.views.getFactsProgress(),
  };
}
