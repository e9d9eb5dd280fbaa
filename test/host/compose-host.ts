import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { createAppServices } from '../../electron/main/app-services.ts';
import { UsageStore } from '../../electron/main/adapters/storage/usage-store.ts';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../electron/main/ipc/handlers.ts';
import type { Clock } from '../../electron/core/clock.ts';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';

export interface HostAppOptions {
  clock?: Clock;
  zone?: string;
  locale?: string;
  /** Seed events; by default the sample day on the clock's local date. */
  events?: StoredEvent[];
  /** Wraps the real store, e.g. to make it fail for error-state tests. */
  wrapStore?: (store: UsageStore) => UsageStore;
}

/**
 * The real services and dispatcher, composed as the Electron app composes them, on a real SQLite store in a fresh
 * temporary folder (each host its own data, like each E2E test its own profile).
 */
export function composeHostApp(options: HostAppOptions = {}) {
  const clock = options.clock ?? { now: () => Date.now() };
  const zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = DateTime.fromMillis(clock.now(), { zone }).toISODate() ?? '1970-01-01';
  const directory = mkdtempSync(join(tmpdir(), 'balans-host-'));
  const realStore = UsageStore.open({ directory });
  realStore.write(options.events ?? sampleDayEvents(today, zone));
  realStore.flush();
  const store = options.wrapStore ? options.wrapStore(realStore) : realStore;
  const services = createAppServices({
    clock,
    appInfo: { name: 'Balans', version: '0.0.0-host', host: 'web-host', locale: options.locale ?? 'en' },
    store,
    zone: () => zone,
    categorise: () => 'other',
    intervals: () => [],
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  return {
    services,
    dispatch,
    store: realStore,
    close() {
      realStore.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
