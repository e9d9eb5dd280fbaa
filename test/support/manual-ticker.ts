import type { Ticker } from '../../electron/main/adapters/ticker.ts';

interface Timer {
  ms: number;
  tick: () => void;
  due: number;
  active: boolean;
}

/** A Ticker driven by a manual clock: `advance` moves time and fires every timer that falls due, in order. */
export function manualTicker(clock: {
  now(): number;
  set(ms: number): void;
}): Ticker & { advance(ms: number): void } {
  const timers: Timer[] = [];
  return {
    every(ms, tick) {
      const timer = { ms, tick, due: clock.now() + ms, active: true };
      timers.push(timer);
      return () => {
        timer.active = false;
      };
    },
    advance(ms) {
      const target = clock.now() + ms;
      for (;;) {
        const next = timers.filter((t) => t.active && t.due <= target).sort((a, b) => a.due - b.due)[0];
        if (!next) break;
        clock.set(next.due);
        next.due += next.ms;
        next.tick();
      }
      clock.set(target);
    },
  };
}
