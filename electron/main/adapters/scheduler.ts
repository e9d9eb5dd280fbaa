import type { Scheduler } from '../../core/scheduler.ts';

/**
 * The real timers: the only place in main that calls setTimeout or setInterval (lint enforces it). Unref'd, so a
 * pending timer never keeps the process alive on its own (quitting flushes and stops everything anyway).
 */
export const systemScheduler: Scheduler = {
  after(ms, run) {
    const handle = setTimeout(run, ms);
    handle.unref();
    return () => clearTimeout(handle);
  },
  every(ms, run) {
    const handle = setInterval(run, ms);
    handle.unref();
    return () => clearInterval(handle);
  },
};

/** Waits `ms` on a scheduler, for code that awaits a retry. */
export const delay = (ms: number, scheduler: Scheduler = systemScheduler): Promise<void> =>
  new Promise((resolve) => void scheduler.after(ms, resolve));
