import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { manualScheduler } from '../../../support/manual-scheduler.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import { composeHostApp, type HostSource } from '../../../host/compose-host.ts';
import { local, ZONE } from '../../core/boundaries/harness.ts';
import { settingsWith } from '../../core/schedule/settings-builder.ts';

const MIN = 60_000;
describe('today’s usage for the policy and the limit bar', () => {
  it('is read from the real store once, then grows from what the tracker records', async () => {
    const clock = manualClock(local('2026-11-20T10:30'));
    const settings = settingsWith(ZONE, []);
    const priv = settings.profiles.find((p) => p.id === settings.defaultProfileId)!;
    priv.limits = [{ target: { kind: 'app', app: 'Code' }, minutesPerDay: 60 }];
    const code = (id: string, start: string, minutes: number): StoredEvent => ({
      id,
      kind: 'window',
      start: local(start),
      duration: minutes * MIN,
      data: { app: 'Code', title: 'main.ts' },
    });
    let windowReads = 0;
    const app = composeHostApp({
      clock,
      zone: ZONE,
      settings,
      scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
      events: [code('a', '2026-11-20T09:00', 20)],
      // The real store, counting the window reads it answers.
      source: (store): HostSource =>
        new Proxy(store, {
          get(target, name) {
            if (name === 'eventsBetween')
              return ((kind, from, to) => {
                if (kind === 'window') windowReads++;
                return target.eventsBetween(kind, from, to);
              }) as HostSource['eventsBetween'];
            const value: unknown = Reflect.get(target, name, target);
            return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
          },
        }),
    });
    await app.ready;
    const seedReads = windowReads;
    expect(seedReads).toBe(1);
    const used = async () => (await app.services.limits.getLimitProgress())[0]?.usedMs;
    expect(await used()).toBe(20 * MIN);

    for (let minute = 1; minute <= 30; minute++) {
      clock.set(local('2026-11-20T10:30') + minute * MIN);
      app.sink.write([code('b', '2026-11-20T10:30', minute)]);
      app.services.boundaries.recompute();
    }
    expect(await used()).toBe(50 * MIN);
    // Today asked for by its date is the same running total.
    expect((await app.services.limits.getLimitProgress('2026-11-20'))[0]?.usedMs).toBe(50 * MIN);
    expect(windowReads).toBe(seedReads);
    app.close();
  });
});
