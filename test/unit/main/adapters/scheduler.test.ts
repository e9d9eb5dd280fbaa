import { describe, expect, it } from 'vitest';
import { delay, systemScheduler } from '../../../../electron/main/adapters/scheduler.ts';
import { manualClock } from '../../../../electron/core/clock.ts';
import { manualScheduler } from '../../../support/manual-scheduler.ts';

describe('the real scheduler', () => {
  it('runs a one-off timer once and a repeating one until cancelled; a cancelled timer never runs', async () => {
    const ran: string[] = [];
    systemScheduler.after(5, () => ran.push('after'));
    const cancelled = systemScheduler.after(5, () => ran.push('cancelled'));
    cancelled();
    const stop = systemScheduler.every(5, () => ran.push('every'));
    await delay(60);
    stop();
    const repeats = ran.filter((r) => r === 'every').length;
    await delay(30);
    expect(ran.filter((r) => r === 'after')).toEqual(['after']);
    expect(ran).not.toContain('cancelled');
    expect(repeats).toBeGreaterThanOrEqual(2);
    expect(ran.filter((r) => r === 'every').length).toBe(repeats);
  });
});

describe('the manual scheduler tests use', () => {
  it('fires due timers in time order with the clock at each instant', () => {
    const clock = manualClock(1_000);
    const scheduler = manualScheduler(clock);
    const seen: [string, number][] = [];
    scheduler.every(300, () => seen.push(['every', clock.now()]));
    scheduler.after(500, () => seen.push(['after', clock.now()]));
    const cancel = scheduler.after(400, () => seen.push(['cancelled', clock.now()]));
    cancel();
    scheduler.advance(1_000);
    expect(seen).toEqual([
      ['every', 1_300],
      ['after', 1_500],
      ['every', 1_600],
      ['every', 1_900],
    ]);
    expect(clock.now()).toBe(2_000);
    expect(scheduler.waits).toEqual([500, 400]);
  });

  it('fire() runs the waiting one-off timers at once, and only once', () => {
    const scheduler = manualScheduler();
    let runs = 0;
    scheduler.after(60_000, () => runs++);
    expect(scheduler.waiting()).toBe(1);
    scheduler.fire();
    scheduler.fire();
    expect(runs).toBe(1);
    expect(scheduler.waiting()).toBe(0);
  });
});
