import { DateTime } from 'luxon';
import { createAppServices } from '../../electron/main/app-services.ts';
import { createMemoryUsageLog } from '../../electron/main/adapters/memory/memory-usage-log.ts';
import { memoryLockStore } from '../../electron/main/adapters/parent-lock/lock-file.ts';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../electron/main/ipc/handlers.ts';
import { recordingOutputs, type BoundaryTimer } from '../../electron/main/services/boundary-outputs.ts';
import type { UsageReader } from '../../electron/main/services/usage-reader.ts';
import type { Clock } from '../../electron/core/clock.ts';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import {
  DEFAULT_BOUNDARY_PREFERENCES,
  type BoundaryPreferences,
} from '../../electron/shared/domain/boundaries.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import type { Observation, StoredEvent, UsageSink } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';

export interface HostAppOptions {
  clock?: Clock;
  zone?: string;
  locale?: string;
  /** Seed events; by default the sample day on the clock's local date. */
  events?: StoredEvent[];
  /** Replaces the event log, e.g. with one that fails, to test error states. */
  usage?: UsageReader;
  /** The schedule and profiles; by default a new installation's (no windows). */
  settings?: Settings;
  preferences?: Partial<BoundaryPreferences>;
  /** The app in front of the user, as the tracker would report it. */
  observe?: () => Observation | null;
  /** A parent PIN set before the UI opens. */
  parentPin?: string;
  /** The boundary service's timer (tests run it by hand). */
  timer?: BoundaryTimer;
}

/** Timers that never keep the host's process alive on their own. */
const hostTimer: BoundaryTimer = {
  set: (ms, run) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The real services and dispatcher, as the Electron app composes them, on an in-memory event log. Boundary
 * outputs are recorded (`outputs`); `ready` resolves once the boundary service runs (and the PIN is set).
 */
export function composeHostApp(options: HostAppOptions = {}) {
  const clock = options.clock ?? { now: () => Date.now() };
  const zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = DateTime.fromMillis(clock.now(), { zone }).toISODate() ?? '1970-01-01';
  const log = createMemoryUsageLog(options.events ?? sampleDayEvents(today, zone));
  const usage = options.usage ?? log;
  const sink: UsageSink = log;
  const settings = options.settings ?? defaultSettings(zone);
  const preferences = { ...DEFAULT_BOUNDARY_PREFERENCES, ...options.preferences };
  const recorded = recordingOutputs();
  const services = createAppServices({
    clock,
    appInfo: { name: 'Balans', version: '0.0.0-host', host: 'web-host', locale: options.locale ?? 'en' },
    usage,
    zone: () => zone,
    categorise: () => 'other',
    boundaries: {
      settings: () => settings,
      preferences: () => preferences,
      observe: options.observe ?? (() => null),
      sink,
      outputs: recorded.outputs,
      lockStore: memoryLockStore(),
      // Cheaper than the app's scrypt cost: this lock only guards a test run.
      scrypt: { N: 2 ** 12, r: 8, p: 1, keyLength: 32 },
      timer: options.timer ?? hostTimer,
    },
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  const ready = (async () => {
    if (options.parentPin) await services.boundaries.setParentPin(options.parentPin);
    await services.boundaries.start();
  })();
  return { services, dispatch, outputs: recorded.calls, log, ready };
}
