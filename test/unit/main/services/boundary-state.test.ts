// One boundary state (issue 12, "states that lie"): what the contract answers after End now, skip, snooze and a
// manual switch, through the real services and dispatcher on a fake clock.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { manualScheduler } from '../../../support/manual-scheduler.ts';
import type { BoundaryStatus } from '../../../../electron/shared/domain/boundaries.ts';
import type { Settings } from '../../../../electron/shared/domain/settings.ts';
import { composeHostApp } from '../../../host/compose-host.ts';
import { local, ZONE } from '../../core/boundaries/harness.ts';
import { settingsWith, weekly } from '../../core/schedule/settings-builder.ts';

const MIN = 60_000;

async function open(at: string, settings: Settings, extra: { budget?: number; pin?: string } = {}) {
  const clock = manualClock(local(at));
  const app = composeHostApp({
    clock,
    zone: ZONE,
    settings,
    events: [],
    scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
    ...(extra.budget !== undefined ? { preferences: { defaultPauseBudget: extra.budget } } : {}),
    ...(extra.pin ? { parentPin: extra.pin } : {}),
  });
  await app.ready;
  const call = async (name: string, input?: unknown) => {
    const result = await app.dispatch(name as never, input as never);
    return result as { ok: true; data: BoundaryStatus } | { ok: false; code: string; message: string };
  };
  const status = async () => {
    const result = await call('getBoundaryState');
    if (!result.ok) throw new Error(result.message);
    return result.data;
  };
  return { app, clock, call, status };
}

// Friday 2026-11-20: focus 09:00–17:00 (Professional), downtime 21:00–23:00.
const day = settingsWith(ZONE, [
  weekly('work', 'focus', [5], '09:00', '17:00', { name: 'Deep work' }),
  weekly('late', 'downtime', [5], '21:00', '23:00', { name: 'Wind down' }),
  weekly('dinner', 'family-time', [5], '18:00', '20:00', { name: 'Dinner' }),
]);

describe('the boundary state after each action', () => {
  it('a snoozed window says when it resumes, a skipped one until when; resume opens it again', async () => {
    const { app, clock, call, status } = await open('2026-11-20T10:00', day);
    expect((await status()).window).toMatchObject({ name: 'Deep work', state: 'open', pausedUntil: null });
    await call('snooze', { minutes: 15 });
    expect((await status()).window).toMatchObject({
      state: 'snoozed',
      pausedUntil: local('2026-11-20T10:15'),
    });
    clock.advance(16 * MIN);
    app.services.boundaries.recompute();
    expect((await status()).window).toMatchObject({ state: 'open', pausedUntil: null });
    await call('skip', {});
    expect((await status()).window).toMatchObject({
      state: 'skipped',
      pausedUntil: local('2026-11-20T17:00'),
    });
    await call('resume');
    expect((await status()).window?.state).toBe('open');
    app.close();
  });

  it('after End now the window is over: no window with minutes left, no snooze or skip of it', async () => {
    const { app, call, status } = await open('2026-11-20T21:30', day);
    expect((await status()).overlay?.kind).toBe('downtime');
    const ended = await call('endFamilyTimeWithPin', {});
    expect(ended.ok).toBe(true);
    const now = await status();
    expect(now.window).toBeNull();
    expect(now.overlay).toBeNull();
    expect(now.endedWindow).toMatchObject({
      name: 'Wind down',
      kind: 'downtime',
      endedAt: local('2026-11-20T21:30'),
      end: local('2026-11-20T23:00'),
    });
    for (const [name, input] of [
      ['snooze', { minutes: 5 }],
      ['skip', {}],
    ] as const)
      expect(await call(name, input)).toMatchObject({
        ok: false,
        code: 'conflict',
        message: /^window-ended/,
      });
    app.close();
  });

  it('a manual switch says its end, and Back to schedule ends it', async () => {
    const { app, call, status } = await open('2026-11-20T10:00', day);
    const switched = await app.dispatch('switchProfile', {
      profileId: 'private',
      until: local('2026-11-20T12:00'),
    });
    expect(switched.ok).toBe(true);
    expect(await status()).toMatchObject({
      profileId: 'private',
      profileSource: 'manual',
      manualSwitch: { profileId: 'private', until: local('2026-11-20T12:00') },
    });
    // Without an end, it lasts until the schedule next changes, and says so.
    await app.dispatch('switchProfile', { profileId: 'private', until: null });
    expect((await status()).manualSwitch?.until).toBe(local('2026-11-20T17:00'));
    expect((await call('endManualSwitch')).ok).toBe(true);
    expect(await status()).toMatchObject({
      profileId: 'professional',
      profileSource: 'schedule',
      manualSwitch: null,
    });
    app.close();
  });

  it('switching profile by hand never brings a fresh pause budget', async () => {
    const { app, call, status } = await open('2026-11-20T10:00', day, { budget: 1 });
    expect((await call('snooze', { minutes: 5 })).ok).toBe(true);
    await call('resume');
    expect((await call('snooze', { minutes: 5 })).ok).toBe(false);
    await app.dispatch('switchProfile', { profileId: 'private', until: local('2026-11-20T12:00') });
    expect((await status()).pauseBudget).toEqual({ used: 1, budget: 1, reasonRequired: true });
    expect(await call('snooze', { minutes: 5 })).toMatchObject({ ok: false, message: /^reason-required/ });
    // Back to the schedule: still the same day's budget, spent.
    await call('endManualSwitch');
    expect((await status()).pauseBudget.used).toBe(1);
    app.close();
  });
});

describe('limit progress per profile', () => {
  it('answers for the profile asked for, and for the active one without', async () => {
    const settings = settingsWith(ZONE, [weekly('work', 'focus', [5], '09:00', '17:00')]);
    settings.profiles = settings.profiles.map((p) =>
      p.id === 'private'
        ? { ...p, limits: [{ target: { kind: 'category', category: 'entertainment' }, minutesPerDay: 30 }] }
        : p,
    );
    const { app } = await open('2026-11-20T10:00', settings);
    const active = await app.dispatch('getLimitProgress', {});
    const priv = await app.dispatch('getLimitProgress', { profileId: 'private' });
    expect(active).toMatchObject({ ok: true, data: [] });
    expect(priv).toMatchObject({ ok: true, data: [{ allowedMs: 30 * MIN, usedMs: 0 }] });
    expect(await app.dispatch('getLimitProgress', { profileId: 'nobody' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    app.close();
  });
});
