import type { Clock } from '../core/clock.ts';
import type { AppInfo } from '../shared/contract/app.ts';
import type { CategoryId, Observation } from '../shared/domain/usage.ts';
import { createEventBus } from './events/event-bus.ts';
import { createTodayService } from './services/today-service.ts';
import type { UsageReader } from './services/usage-reader.ts';

export interface AppServiceDeps {
  clock: Clock;
  appInfo: AppInfo;
  usage: UsageReader;
  zone: () => string;
  categorise: (observation: Observation) => CategoryId;
}

/**
 * Builds every service from its adapters. Electron-free, so the Electron composition root and the development/test
 * host run exactly the same services; only the adapters passed in differ.
 */
export function createAppServices(deps: AppServiceDeps) {
  const events = createEventBus();
  const today = createTodayService(deps);
  return { appInfo: deps.appInfo, events, today };
}

export type AppServices = ReturnType<typeof createAppServices>;
