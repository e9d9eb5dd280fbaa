import type { Clock } from '../core/clock.ts';
import type { ScheduledInterval } from '../core/reports/crossings.ts';
import type { AppInfo } from '../shared/contract/app.ts';
import type { CategoryId, Observation } from '../shared/domain/usage.ts';
import { createEventBus } from './events/event-bus.ts';
import { createPrivacyService, type PrivacyStore } from './services/privacy-service.ts';
import { createReportService, type ReportStore } from './services/report-service.ts';
import { createTodayService } from './services/today-service.ts';
import type { UsageReader } from './services/usage-reader.ts';

export interface AppServiceDeps {
  clock: Clock;
  appInfo: AppInfo;
  usage: UsageReader;
  /** The usage store behind reports and privacy controls. */
  store: ReportStore & PrivacyStore;
  zone: () => string;
  categorise: (observation: Observation) => CategoryId;
  /** Profile, private-hours and focus-window spans from the schedule, for reports. */
  intervals: (from: number, to: number) => ScheduledInterval[];
}

/**
 * Builds every service from its adapters. Electron-free, so the Electron composition root and the development/test
 * host run exactly the same services; only the adapters passed in differ.
 */
export function createAppServices(deps: AppServiceDeps) {
  const events = createEventBus();
  const today = createTodayService(deps);
  const reports = createReportService({ ...deps, store: deps.store });
  const privacy = createPrivacyService({ store: deps.store, clock: deps.clock });
  return { appInfo: deps.appInfo, events, today, reports, privacy };
}

export type AppServices = ReturnType<typeof createAppServices>;
