import { DateTime } from 'luxon';
import { createAppServices } from '../../electron/main/app-services.ts';
import { createMemoryUsageLog } from '../../electron/main/adapters/memory/memory-usage-log.ts';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/handler-table.ts';
import { createHandlers } from '../../electron/main/ipc/handlers.ts';
import type { UsageReader } from '../../electron/main/services/usage-reader.ts';
import type { Clock } from '../../electron/core/clock.ts';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';

export interface HostAppOptions {
  clock?: Clock;
  zone?: string;
  locale?: string;
  /** Seed events; by default the sample day on the clock's local date. */
  events?: StoredEvent[];
  /** Replaces the event log, e.g. with one that fails, to test error states. */
  usage?: UsageReader;
}

/** The real services and dispatcher, as the Electron app composes them, on an in-memory event log. */
export function composeHostApp(options: HostAppOptions = {}) {
  const clock = options.clock ?? { now: () => Date.now() };
  const zone = options.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = DateTime.fromMillis(clock.now(), { zone }).toISODate() ?? '1970-01-01';
  const usage = options.usage ?? createMemoryUsageLog(options.events ?? sampleDayEvents(today, zone));
  const services = createAppServices({
    clock,
    appInfo: { name: 'Balans', version: '0.0.0-host', host: 'web-host', locale: options.locale ?? 'en' },
    usage,
    zone: () => zone,
    categorise: () => 'other',
  });
  const dispatch: Dispatch = createDispatch(createHandlers(services), (message, error) =>
    console.error(message, error),
  );
  return { services, dispatch };
}
