import { afterEach } from 'vitest';
import type { StoreClient } from '../../electron/main/adapters/storage/store-client.ts';
import type { StoredEvent } from '../../electron/shared/domain/usage.ts';
import { workingWeek } from '../e2e/seeded-settings.ts';
import { sampleDayEvents } from '../fixtures/sample-day.ts';
import { composeHostApp, type HostSource } from '../host/compose-host.ts';

/** The sample day's events on each of `days`, each day with its own ids. */
export const sampleDays = (days: readonly string[], zone: string): StoredEvent[] =>
  days.flatMap((date, d) => sampleDayEvents(date, zone).map((e) => ({ ...e, id: `${d}-${e.id}` })));

/**
 * Opens host apps (the real services on a real store in its worker) at `now` with the working-week settings and
 * `events`, optionally over a wrapped store; each is closed after its test.
 */
export function viewHosts(now: number, zone: string, events: StoredEvent[]) {
  const apps: ReturnType<typeof composeHostApp>[] = [];
  afterEach(() => apps.splice(0).forEach((app) => app.close()));
  return (source?: (store: StoreClient) => HostSource) => {
    const app = composeHostApp({
      clock: { now: () => now },
      zone,
      settings: workingWeek(zone),
      events,
      ...(source && { source }),
    });
    apps.push(app);
    return app;
  };
}

/** The store client with the arguments of every call of `method` passed to `seen` first. */
export const watching =
  (method: keyof StoreClient, seen: (args: unknown[]) => void) =>
  (store: StoreClient): HostSource =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === method) seen(args);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as unknown as HostSource;

/**
 * The store client without its worker's views and facts: the services then compute every view on main from the
 * raw events, as before the worker (the comparison path of the view tests).
 */
export const readsOnly = (store: StoreClient): HostSource & Pick<StoreClient, 'assignProfiles'> => ({
  assignProfiles: (profilesBetween) => store.assignProfiles(profilesBetween),
  eventsBetween: (kind, from, to) => store.eventsBetween(kind, from, to),
  attentionTotals: (spans) => store.attentionTotals(spans),
  privacySettings: () => store.privacySettings(),
  updatePrivacySettings: (next) => store.updatePrivacySettings(next),
  deleteEndedBefore: (cutoff) => store.deleteEndedBefore(cutoff),
  countEndedBefore: (cutoff) => store.countEndedBefore(cutoff),
  deleteEverything: () => store.deleteEverything(),
  readMeta: (key) => store.readMeta(key),
  writeMeta: (key, value) => store.writeMeta(key, value),
});
