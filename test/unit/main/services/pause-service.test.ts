import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { manualScheduler } from '../../../support/manual-scheduler.ts';
import { composeHostApp } from '../../../host/compose-host.ts';
import { local, ZONE } from '../../core/boundaries/harness.ts';
import { settingsWith, weekly } from '../../core/schedule/settings-builder.ts';

const settings = settingsWith(ZONE, [weekly('work', 'focus', [5], '09:00', '17:00')]);

describe('pauses as Today shows them', () => {
  it('a skipped window shows as stepped out until its end, and resume brings it back', async () => {
    const app = composeHostApp({
      clock: manualClock(local('2026-11-20T10:00')),
      zone: ZONE,
      settings,
      events: [],
      scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
    });
    await app.ready;
    const skipped = await app.services.pauses.skip();
    expect(skipped.window).toMatchObject({ state: 'skipped', pausedUntil: local('2026-11-20T17:00') });
    expect(app.services.pauses.resume().window).toMatchObject({ state: 'open', pausedUntil: null });
    app.close();
  });

  it('past the budget the call is refused as reason-required, and goes through with a reason', async () => {
    const app = composeHostApp({
      clock: manualClock(local('2026-11-20T10:00')),
      zone: ZONE,
      settings,
      events: [],
      scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
      preferences: { defaultPauseBudget: 1 },
    });
    await app.ready;
    expect((await app.dispatch('snooze', { minutes: 5 })).ok).toBe(true);
    expect(await app.dispatch('snooze', { minutes: 15 })).toMatchObject({
      ok: false,
      code: 'conflict',
      message: expect.stringMatching(/^reason-required/),
    });
    expect(await app.dispatch('snooze', { minutes: 15, reason: 'deadline moved' })).toMatchObject({
      ok: true,
      data: { pauseBudget: { used: 2, budget: 1 } },
    });
    app.close();
  });
});
