import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { manualScheduler } from '../../../support/manual-scheduler.ts';
import { composeHostApp } from '../../../host/compose-host.ts';
import { settingsWith, weekly } from '../../core/schedule/settings-builder.ts';
import { local, ZONE } from '../../core/boundaries/harness.ts';

const settings = settingsWith(ZONE, [
  weekly('work', 'focus', [5], '09:00', '17:00'),
  weekly('dinner', 'family-time', [5], '18:00', '20:00'),
]);

function host(start: string, parentPin?: string) {
  const clock = manualClock(local(start));
  const app = composeHostApp({
    clock,
    scheduler: manualScheduler(clock),
    zone: ZONE,
    settings,
    events: [],
    ...(parentPin ? { parentPin } : {}),
  });
  return { clock, app };
}

describe('the boundary loop', () => {
  it('wakes up for the next transition, never waits longer than 30 s, and recomputes after a jump', async () => {
    const clock = manualClock(local('2026-11-20T08:59:50'));
    // The test moves the clock itself and then runs the pending step, as a timer firing late would.
    const hand = manualScheduler(clock);
    const app = composeHostApp({ clock, zone: ZONE, settings, events: [], scheduler: hand });
    await app.ready;
    expect(app.services.boundaries.status().window).toBeNull();
    expect(hand.waits).toEqual([10_000]);
    clock.set(local('2026-11-20T09:00'));
    hand.fire();
    expect(app.services.boundaries.status().window?.windowId).toBe('work');
    expect(hand.waits.at(-1)).toBe(30_000);
    // Asleep for 9.5 hours: the next firing (or the resume event) shows the present.
    clock.set(local('2026-11-20T18:30'));
    hand.fire();
    expect(app.services.boundaries.status()).toMatchObject({
      profileId: 'family',
      overlay: { kind: 'family-time' },
      gaps: [{ windowId: 'dinner', start: local('2026-11-20T18:00'), end: local('2026-11-20T18:30') }],
    });
    expect(app.outputs.map((c) => c.name)).toContain('showOverlay');
  });

  it('records every pause as a pause event with its reason and real end', async () => {
    const { clock, app } = host('2026-11-20T10:00');
    await app.ready;
    await app.services.pauses.snooze(15, { reason: 'call with school' });
    clock.advance(5 * 60_000);
    app.services.pauses.resume();
    await app.store.flush();
    expect(await app.store.eventsBetween('pause', 0, Number.MAX_SAFE_INTEGER)).toEqual([
      {
        id: `pause-snooze-${local('2026-11-20T10:00')}`,
        kind: 'pause',
        start: local('2026-11-20T10:00'),
        duration: 5 * 60_000,
        data: { scope: 'window', reason: 'snooze: call with school', profileId: 'professional' },
      },
    ]);
  });

  it('shows the overlay on family time, again after it was closed, and pushes the status', async () => {
    const { app } = host('2026-11-20T18:30', '2468');
    const pushed: string[] = [];
    app.services.events.listen((name, payload) =>
      pushed.push(`${name}:${JSON.stringify(payload).length > 0}`),
    );
    await app.ready;
    const shown = () => app.outputs.filter((c) => c.name === 'showOverlay').length;
    expect(shown()).toBe(1);
    expect(app.services.boundaries.status().overlay).toMatchObject({
      kind: 'family-time',
      pinRequired: true,
    });
    app.services.boundaries.windowClosed('overlay');
    expect(shown()).toBe(2);
    expect(pushed.length).toBeGreaterThan(0);
  });

  it('family time needs the parent PIN to end, snooze or quit', async () => {
    const { app } = host('2026-11-20T18:30', '2468');
    await app.ready;
    const pauses = app.services.pauses;
    await expect(pauses.snooze(5)).rejects.toMatchObject({ code: 'pin-required' });
    await expect(pauses.endNow({ pin: '1111' })).rejects.toMatchObject({ code: 'pin-wrong' });
    await expect(app.services.mayQuit()).rejects.toMatchObject({ code: 'pin-required' });
    const after = await pauses.endNow({ pin: '2468' });
    expect(after.overlay).toBeNull();
    expect(app.outputs.at(-2)?.name).toBe('hideOverlay');
    await expect(app.services.mayQuit()).resolves.toBe(false);
  });

  it('without a parent PIN set, family time is not locked', async () => {
    const { app } = host('2026-11-20T18:30');
    await app.ready;
    expect(app.services.boundaries.status().overlay?.pinRequired).toBe(false);
    expect((await app.services.pauses.endNow()).overlay).toBeNull();
  });
});
