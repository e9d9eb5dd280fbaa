import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createAppServices, type AppServiceDeps } from '../../electron/main/app-services.ts';
import { UsageStore } from '../../electron/main/adapters/storage/usage-store.ts';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../electron/main/ipc/handlers.ts';
import type { PrivacyStore } from '../../electron/main/services/privacy-service.ts';
import type { ReportStore } from '../../electron/main/services/report-service.ts';
import type { SettingsPersistence } from '../../electron/main/services/settings-service.ts';
import type { Clock } from '../../electron/core/clock.ts';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';

/** Everything the services read from the usage store. */
export type HostSource = ReportStore & PrivacyStore;

export interface HostAppOptions {
  clock?: Clock;
  zone?: string;
  locale?: string;
  /** Seed events; by default the sample day on the clock's local date. */
  events?: StoredEvent[];
  /** Wraps the real store, e.g. with one that fails, to test error states. */
  source?: (store: UsageStore) => HostSource;
  /** Active-app tracking as the host runs it (default: none, reported as stopped). */
  tracking?: AppServiceDeps['tracking'];
  /** Where settings live (default: in memory, starting from `settings`). */
  settingsStore?: SettingsPersistence;
  /** The settings at start (default: a new installation's); kept in memory. */
  settings?: Settings;
}

/** The real services and dispatcher, as the Electron app composes them, on a real store in a temporary folder. */
export function composeHostApp(options: HostAppOptions = {}) {
  const clock = options.clock ?? { now: () => Date.now() };
  const zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = DateTime.fromMillis(clock.now(), { zone }).toISODate() ?? '1970-01-01';
  const directory = mkdtempSync(join(tmpdir(), 'balans-host-'));
  const store = UsageStore.open({ directory });
  store.write(options.events ?? sampleDayEvents(today, zone));
  store.flush();
  const source = options.source ? options.source(store) : store;
  let saved = structuredClone(options.settings ?? defaultSettings(zone));
  const settingsStore: SettingsPersistence = options.settingsStore ?? {
    load: () => ({ settings: structuredClone(saved), notice: null }),
    save: (next) => {
      saved = structuredClone(next);
    },
  };
  const services = createAppServices({
    clock,
    appInfo: { name: 'Balans', version: '0.0.0-host', host: 'web-host', locale: options.locale ?? 'en' },
    store: source,
    settingsStore,
    ...(options.tracking ? { tracking: options.tracking } : {}),
    zone: () => zone,
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  const close = () => {
    store.close();
    rmSync(directory, { recursive: true, force: true });
  };
  return { services, dispatch, store, close };
}
