import { manualClock } from '../../electron/core/clock.ts';
import type { Scheduler } from '../../electron/core/scheduler.ts';

interface Timer {
  /** 0 for a one-off timer. */
  every: number;
  run: () => void;
  due: number;
  active: boolean;
}

/**
 * A Scheduler driven by a manual clock. `advance` moves the clock and fires every timer that falls due, in order,
 * with the clock set to each one's instant; `fire` runs the one-off timers waiting now whatever their time (for a
 * test that has already moved the clock, or a flush it wants at once). `waits` lists every one-off wait asked for.
 */
export function manualScheduler(clock: { now(): number; set(ms: number): void } = manualClock(0)) {
  const timers: Timer[] = [];
  const waits: number[] = [];
  const add = (every: number, ms: number, run: () => void) => {
    const timer: Timer = { every, run, due: clock.now() + ms, active: true };
    // Spent and cancelled timers go, so a loop that re-arms on every step does not grow the list.
    for (let i = timers.length - 1; i >= 0; i--) if (!timers[i]!.active) timers.splice(i, 1);
    timers.push(timer);
    return () => {
      timer.active = false;
    };
  };
  const scheduler: Scheduler = {
    after(ms, run) {
      waits.push(ms);
      return add(0, ms, run);
    },
    every: (ms, run) => add(ms, ms, run),
  };
  return Object.assign(scheduler, {
    waits,
    /** One-off timers not yet run or cancelled. */
    waiting: () => timers.filter((t) => t.active && t.every === 0).length,
    advance(ms: number): void {
      const target = clock.now() + ms;
      for (;;) {
        const next = timers.filter((t) => t.active && t.due <= target).sort((a, b) => a.due - b.due)[0];
        if (!next) break;
        clock.set(next.due);
        if (next.every > 0) next.due += next.every;
        else next.active = false;
        next.run();
      }
      clock.set(target);
    },
    fire(): void {
      for (const timer of timers.filter((t) => t.active && t.every === 0)) {
        timer.active = false;
        timer.run();
      }
    },
  });
}

export type ManualScheduler = ReturnType<typeof manualScheduler>;
