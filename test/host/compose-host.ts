import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createAppServices, type AppServiceDeps } from '../../electron/main/app-services.ts';
import { StoreClient } from '../../electron/main/adapters/storage/store-client.ts';
import { memoryLockStore, type ParentLockStore } from '../../electron/main/adapters/parent-lock/lock-file.ts';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../electron/main/ipc/handlers.ts';
import { recordedSink } from '../../electron/main/services/today-usage.ts';
import { recordingOutputs } from '../../electron/main/services/boundary-outputs.ts';
import type { Scheduler } from '../../electron/core/scheduler.ts';
import { systemScheduler } from '../../electron/main/adapters/scheduler.ts';
import type { PrivacyStore } from '../../electron/main/services/privacy-service.ts';
import type { MetaStore } from '../../electron/main/adapters/parent-lock/lock-records.ts';
import type { ReportStore } from '../../electron/main/services/report-service.ts';
import type { SettingsPersistence } from '../../electron/main/services/settings-service.ts';
import type { Clock } from '../../electron/core/clock.ts';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { BoundaryPreferences } from '../../electron/shared/domain/boundaries.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import type { Observation, StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';

/** Everything the services read from the usage store. */
export type HostSource = ReportStore & PrivacyStore & MetaStore;

export interface HostAppOptions {
  clock?: Clock;
  zone?: string;
  locale?: string;
  /** Seed events; by default the sample day on the clock's local date. */
  events?: StoredEvent[];
  /** Wraps the real store, e.g. with one that fails, to test error states. */
  source?: (store: StoreClient) => HostSource;
  /** Active-app tracking as the host runs it (default: none, reported as stopped). */
  tracking?: AppServiceDeps['tracking'];
  /** Where settings live (default: in memory, starting from `settings`). */
  settingsStore?: SettingsPersistence;
  /** The settings at start (default: a new installation's); kept in memory. */
  settings?: Settings;
  /** The family's message and the default pause budget, written into the starting settings. */
  preferences?: Partial<Pick<BoundaryPreferences, 'familyMessage' | 'defaultPauseBudget'>>;
  /** The app in front of the user, as the tracker would report it. */
  observe?: () => Observation | null;
  /** A parent PIN set before the UI opens. */
  parentPin?: string;
  /** Where the parent lock is kept (default: in memory). */
  lockStore?: ParentLockStore;
  /** The folder of the usage database, kept after close (default: a temporary one, deleted on close). */
  directory?: string;
  /** The services' timers (tests run them by hand: test/support/manual-scheduler.ts). Default: the real ones. */
  scheduler?: Scheduler;
  /** What the window's Quit does (the desktop app's `app.quit`); nothing by default. */
  quit?: () => void;
  /** Where boundary memory comes from and goes (default: kept in memory only). */
  boundaryMemory?: Pick<AppServiceDeps['boundaries'], 'memory' | 'saveMemory' | 'memoryNotice'>;
}

/**
 * The real services and dispatcher, as the Electron app composes them, on a real SQLite store in a temporary
 * folder. Boundary outputs are recorded (`outputs`); `ready` resolves once the boundary service runs.
 */
export function composeHostApp(options: HostAppOptions = {}) {
  const clock = options.clock ?? { now: () => Date.now() };
  const zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = DateTime.fromMillis(clock.now(), { zone }).toISODate() ?? '1970-01-01';
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'balans-host-'));
  // The store in its worker, as the app runs it; reads see the seed events before they are committed.
  const store = StoreClient.open({ directory, access: 'read-write', now: clock.now() });
  store.write(options.events ?? sampleDayEvents(today, zone));
  const source = options.source ? options.source(store) : store;
  let saved = structuredClone(options.settings ?? defaultSettings(zone));
  // The family's message and the pause budget are settings; a test may give them as boundary preferences.
  if (options.preferences?.familyMessage !== undefined)
    saved.familyMessage = options.preferences.familyMessage;
  if (options.preferences?.defaultPauseBudget !== undefined)
    saved.pauseBudget = options.preferences.defaultPauseBudget;
  const settingsStore: SettingsPersistence = options.settingsStore ?? {
    load: () => ({ settings: structuredClone(saved), notice: null }),
    save: (next) => {
      saved = structuredClone(next);
    },
  };
  const recorded = recordingOutputs();
  // What a tracker would write goes here: the store, and today's running total that limits read.
  const sink = recordedSink(store);
  const services = createAppServices({
    clock,
    scheduler: options.scheduler ?? systemScheduler,
    appInfo: { name: 'Balans', version: '0.0.0-host', host: 'web-host', locale: options.locale ?? 'en' },
    store: source,
    settingsStore,
    ...(options.tracking ? { tracking: options.tracking } : {}),
    ...(options.quit ? { quit: options.quit } : {}),
    zone: () => zone,
    boundaries: {
      observe: options.observe ?? (() => null),
      sink,
      outputs: recorded.outputs,
      lockStore: options.lockStore ?? memoryLockStore(),
      // Cheaper than the app's scrypt cost: this lock only guards a test run.
      scrypt: { N: 2 ** 12, r: 8, p: 1, keyLength: 32 },
      ...options.boundaryMemory,
    },
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  const ready = (async () => {
    if (options.parentPin) await services.parentLock.setPin(options.parentPin);
    await services.boundaries.start();
  })();
  const close = () => {
    services.boundaries.stop();
    store.close();
    if (!options.directory) rmSync(directory, { recursive: true, force: true });
  };
  return { services, dispatch, store, sink, directory, close, outputs: recorded.calls, ready };
}
