import type { Clock } from '../core/clock.ts';
import type { Categorise } from '../core/reports/categorise.ts';
import type { ScheduledInterval } from '../core/reports/crossings.ts';
import type { AppInfo } from '../shared/contract/app.ts';
import type { UsageStore } from './adapters/storage/usage-store.ts';
import { createEventBus } from './events/event-bus.ts';
import { createPrivacyService } from './services/privacy-service.ts';
import { createReportService } from './services/report-service.ts';
import { createTodayService } from './services/today-service.ts';

export interface AppServiceDeps {
  clock: Clock;
  appInfo: AppInfo;
  store: UsageStore;
  /** The user's IANA time zone, read on every call so a zone change takes effect at once. */
  zone: () => string;
  categorise: Categorise;
  intervals: (from: number, to: number) => ScheduledInterval[];
}

/**
 * Builds every service from its adapters. Electron-free, so the Electron composition root and the development/test
 * host run exactly the same services; only the adapters passed in differ.
 */
export function createAppServices(deps: AppServiceDeps) {
  const events = createEventBus();
  const reports = createReportService(deps);
  const privacy = createPrivacyService(deps);
  const today = createTodayService({ ...deps, reports });
  return { appInfo: deps.appInfo, events, reports, privacy, today };
}

export type AppServices = ReturnType<typeof createAppServices>;
