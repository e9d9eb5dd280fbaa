import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreClient } from '../../../electron/main/adapters/storage/store-client.ts';
import type { HostSource } from '../../host/compose-host.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { readsOnly } from '../../support/reads-only-store.ts';
import { workingWeek } from '../../e2e/seeded-settings.ts';
import { sampleDayEvents } from '../../fixtures/sample-day.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';

const ZONE = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T17:00', { zone: ZONE }).toMillis();
const todayStart = DateTime.fromMillis(now, { zone: ZONE }).startOf('day').toMillis();
const days = ['2026-02-09', '2026-06-15', '2026-11-16', '2026-11-18', '2026-11-20'];
const events: StoredEvent[] = days.flatMap((date, d) =>
  sampleDayEvents(date, ZONE).map((e) => ({ ...e, id: `${d}-${e.id}` })),
);

/** The store client with main's reads of raw events before today recorded. */
const counting = (reads: { from: number; to: number }[]) => (store: StoreClient) =>
  new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'eventsBetween' && (args[2] as number) <= todayStart)
          reads.push({ from: args[1] as number, to: args[2] as number });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as HostSource;

const apps: ReturnType<typeof composeHostApp>[] = [];
afterEach(() => apps.splice(0).forEach((app) => app.close()));
const open = (source?: (store: StoreClient) => HostSource) => {
  const app = composeHostApp({
    clock: { now: () => now },
    zone: ZONE,
    settings: workingWeek(ZONE),
    events,
    ...(source && { source }),
  });
  apps.push(app);
  return app;
};

describe('the per-day facts built in the store’s worker', () => {
  it('are built from the raw events beside the store, none sent to main, and sum to the raw events’ views', async () => {
    const reads: { from: number; to: number }[] = [];
    const app = open(counting(reads));
    await app.ready;
    await app.services.facts.dropAndRebuild();
    expect(reads).toEqual([]);
    const built = await app.store.builtFactDays('2026-01-01', '2026-12-31');
    for (const day of days.slice(0, -1)) expect(built.has(day)).toBe(true);
    // every ended day from the first event on, each once; today is never kept
    expect(built.size).toBe(DateTime.fromISO('2026-11-20').diff(DateTime.fromISO('2026-02-09'), 'days').days);
    expect(built.has('2026-11-20')).toBe(false);

    const raw = open(readsOnly);
    for (const query of [
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-06-01', to: '2026-06-30' },
    ])
      expect(await app.dispatch('getWeekView', query)).toEqual(await raw.dispatch('getWeekView', query));
    expect(await app.dispatch('getYearView', { year: 2026 })).toEqual(
      await raw.dispatch('getYearView', { year: 2026 }),
    );
  });
});
