import { describe, expect, it } from 'vitest';
import {
  endNow,
  pauseEverything,
  pauseTracking,
  resume,
  skip,
  snooze,
} from '../../../../electron/core/boundaries/pause-controls.ts';
import { boundaryStatus } from '../../../../electron/core/boundaries/status.ts';
import { DEFAULT_BOUNDARY_PREFERENCES } from '../../../../electron/shared/domain/boundaries.ts';
import { settingsWith, weekly } from '../schedule/settings-builder.ts';
import { CODE, local, policyDriver, YOUTUBE, ZONE } from './harness.ts';

const settings = settingsWith(ZONE, [weekly('work', 'focus', [5, 6], '09:00', '17:00')]);

describe('the daily pause budget', () => {
  it('allows the budget freely, then asks for a typed reason (friction, not a wall)', () => {
    const driver = policyDriver(settings, '2026-11-20T10:00');
    driver.step(CODE);
    for (let i = 0; i < 3; i++) {
      driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
      driver.clock.advance(6 * 60_000);
    }
    expect(() => snooze(driver.memory, driver.pauseContext(), 5)).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/^reason-required/) }),
    );
    expect(() =>
      pauseTracking(driver.memory, driver.pauseContext(), driver.clock.now() + 60_000, { reason: '  ' }),
    ).toThrow(/reason-required/);
    const { pause } = skip(driver.memory, driver.pauseContext(), { reason: 'Dentist appointment' });
    expect(pause).toMatchObject({
      kind: 'skip',
      reason: 'Dentist appointment',
      profileId: 'professional',
      windowId: 'work',
    });
  });

  it('is per profile and starts again the next day', () => {
    const preferences = { ...DEFAULT_BOUNDARY_PREFERENCES, pauseBudget: { professional: 1 } };
    const driver = policyDriver(settings, '2026-11-20T10:00', preferences);
    driver.step(CODE);
    driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
    expect(() => snooze(driver.memory, driver.pauseContext(), 5)).toThrow(/reason-required/);
    driver.at('2026-11-20T18:00'); // outside the window: Private is active, with the default budget of 3
    driver.step(CODE);
    expect(() =>
      pauseTracking(driver.memory, driver.pauseContext(), local('2026-11-20T19:00')),
    ).not.toThrow();
    driver.at('2026-11-21T10:00');
    driver.step(CODE);
    expect(boundaryStatus(driver.memory, driver.last.view, settings, preferences, false).pauseBudget).toEqual(
      {
        used: 0,
        budget: 1,
        reasonRequired: false,
      },
    );
    expect(() => snooze(driver.memory, driver.pauseContext(), 5)).not.toThrow();
  });
});

describe('the daily pause budget when the clock jumps', () => {
  const preferences = { ...DEFAULT_BOUNDARY_PREFERENCES, pauseBudget: { professional: 2 } };
  const used = (driver: ReturnType<typeof policyDriver>) =>
    boundaryStatus(driver.memory, driver.last.view, settings, preferences, false).pauseBudget.used;

  it('survives the clock set back over midnight and forward again', () => {
    const driver = policyDriver(settings, '2026-11-20T00:20', preferences);
    driver.step(CODE);
    driver.at('2026-11-20T10:00');
    driver.step(CODE);
    driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
    driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
    expect(used(driver)).toBe(2);
    driver.at('2026-11-19T23:30'); // the clock is set back over midnight…
    driver.step(CODE);
    driver.at('2026-11-20T10:20'); // …and forward again
    driver.step(CODE);
    expect(used(driver)).toBe(2);
    expect(() => snooze(driver.memory, driver.pauseContext(), 5)).toThrow(/reason-required/);
  });

  it('survives the clock set back an hour within the day', () => {
    const driver = policyDriver(settings, '2026-11-20T10:00', preferences);
    driver.step(CODE);
    driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
    driver.at('2026-11-20T09:05');
    driver.step(CODE);
    expect(used(driver)).toBe(1);
  });

  it('still starts again on a new day', () => {
    const driver = policyDriver(settings, '2026-11-20T10:00', preferences);
    driver.step(CODE);
    driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
    driver.at('2026-11-21T10:00');
    driver.step(CODE);
    expect(used(driver)).toBe(0);
  });
});

describe('pause controls', () => {
  it('never snoozes past the end of the window', () => {
    const driver = policyDriver(settings, '2026-11-20T16:50');
    driver.step(CODE);
    expect(snooze(driver.memory, driver.pauseContext(), 30).pause.end).toBe(local('2026-11-20T17:00'));
  });

  it('refuses to snooze or skip when no window is open, and pauses that end in the past or after a day', () => {
    const driver = policyDriver(settings, '2026-11-20T20:00');
    driver.step(CODE);
    expect(() => snooze(driver.memory, driver.pauseContext(), 5)).toThrow(/No window/);
    expect(() => skip(driver.memory, driver.pauseContext())).toThrow(/No window/);
    const now = driver.clock.now();
    expect(() => pauseEverything(driver.memory, driver.pauseContext(), now)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => pauseEverything(driver.memory, driver.pauseContext(), now + 25 * 3_600_000)).toThrow(
      /at most a day/,
    );
  });

  it('pausing tracking stops nudges; resuming ends the pause early with its real end', () => {
    const blocking = settingsWith(ZONE, [weekly('work', 'focus', [5], '09:00', '17:00')]);
    blocking.profiles = blocking.profiles.map((p) =>
      p.id === 'professional' ? { ...p, actions: { entertainment: 'nudge' } } : p,
    );
    const driver = policyDriver(blocking, '2026-11-20T10:00');
    driver.step(YOUTUBE);
    expect(driver.screen.nudge).toBe(true);
    driver.at('2026-11-20T10:05');
    const paused = pauseTracking(driver.memory, driver.pauseContext(), local('2026-11-20T11:00'), {});
    driver.memory = paused.memory;
    expect(driver.step(YOUTUBE).map((a) => a.type)).toEqual(['hide-nudge']);
    expect(driver.memory.crossings).toHaveLength(1);
    driver.at('2026-11-20T10:20');
    const resumed = resume(driver.memory, driver.clock.now());
    expect(resumed.ended).toEqual([{ ...paused.pause, end: local('2026-11-20T10:20') }]);
    driver.memory = resumed.memory;
    expect(driver.step(YOUTUBE).map((a) => a.type)).toEqual(['show-nudge']);
  });

  it('ends downtime now without a PIN and keeps it ended after resume', () => {
    const late = settingsWith(ZONE, [weekly('late', 'downtime', [5], '22:00', '23:30')]);
    const driver = policyDriver(late, '2026-11-20T22:10');
    driver.step(CODE);
    driver.memory = endNow(driver.memory, driver.pauseContext()).memory;
    driver.memory = resume(driver.memory, driver.clock.now()).memory;
    expect(driver.step(CODE)).toEqual([{ type: 'hide-overlay' }]);
  });
});
