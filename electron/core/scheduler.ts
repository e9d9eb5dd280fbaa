/**
 * The one way Balans waits, injected beside the Clock: services and sources ask it for timers and never call the
 * timer globals, so tests drive time by hand (test/support/manual-scheduler.ts) and never sleep.
 */
export interface Scheduler {
  /** Calls `run` once, `ms` milliseconds from now; the returned function cancels it (harmless after it ran). */
  after(ms: number, run: () => void): () => void;
  /** Calls `run` every `ms` milliseconds until the returned function is called. */
  every(ms: number, run: () => void): () => void;
}
