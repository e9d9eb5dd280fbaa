import type { Clock } from '../core/clock.ts';
import type { AppInfo } from '../shared/contract/app.ts';
import type { BoundaryPreferences } from '../shared/domain/boundaries.ts';
import type { Settings } from '../shared/domain/settings.ts';
import type { CategoryId, Observation, UsageSink } from '../shared/domain/usage.ts';
import type { BoundaryMemory } from '../core/boundaries/memory.ts';
import type { ParentLockStore } from './adapters/parent-lock/lock-file.ts';
import type { ScryptParams } from './adapters/parent-lock/pin-hash.ts';
import { createEventBus } from './events/event-bus.ts';
import type { BoundaryOutputs, BoundaryTimer } from './services/boundary-outputs.ts';
import { createBoundaryService } from './services/boundary-service.ts';
import { createParentLock } from './services/parent-lock-service.ts';
import { createTodayService } from './services/today-service.ts';
import type { UsageReader } from './services/usage-reader.ts';

export interface AppServiceDeps {
  clock: Clock;
  appInfo: AppInfo;
  usage: UsageReader;
  zone: () => string;
  categorise: (observation: Observation) => CategoryId;
  /** What boundaries need: settings, the app in front of the user, where pauses go and what they act on. */
  boundaries: {
    settings: () => Settings;
    preferences: () => BoundaryPreferences;
    observe: () => Observation | null;
    sink: UsageSink;
    outputs: BoundaryOutputs;
    lockStore: ParentLockStore;
    scrypt?: ScryptParams;
    timer?: BoundaryTimer;
    memory?: BoundaryMemory;
    saveMemory?: (memory: BoundaryMemory) => void;
  };
}

/**
 * Builds every service from its adapters. Electron-free, so the Electron composition root and the development/test
 * host run exactly the same services; only the adapters passed in differ.
 */
export function createAppServices(deps: AppServiceDeps) {
  const events = createEventBus();
  const today = createTodayService(deps);
  const { lockStore, scrypt, ...boundaryDeps } = deps.boundaries;
  const parentLock = createParentLock({ store: lockStore, clock: deps.clock, ...(scrypt ? { scrypt } : {}) });
  const boundaries = createBoundaryService({
    ...boundaryDeps,
    clock: deps.clock,
    usage: deps.usage,
    events,
    parentLock,
  });
  return { appInfo: deps.appInfo, events, today, parentLock, boundaries };
}

export type AppServices = ReturnType<typeof createAppServices>;
