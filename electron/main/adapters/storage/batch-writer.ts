/** Schedules a callback; returns a function that cancels it. Injected so tests drive time by hand. */
export type Schedule = (callback: () => void, ms: number) => () => void;

/** Real timers; unref'd so a pending flush never keeps the process alive (close() flushes anyway). */
export const realSchedule: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export interface BatchWriterOptions<T> {
  /** Writes one batch in one transaction; throws if nothing was written. */
  commit(items: T[]): void;
  /** How long a write may wait before it is committed. */
  intervalMs: number;
  /** A batch this large is committed at once, bounding memory and loss. */
  maxPending: number;
  schedule: Schedule;
  onError(error: unknown): void;
}

/**
 * Coalesces writes by key (a heartbeat extending an event replaces the pending copy) and commits them together
 * at most `intervalMs` after the first pending write, so a crash loses at most one interval of changes.
 */
export class BatchWriter<T> {
  private pending = new Map<string, T>();
  private cancelTimer: (() => void) | null = null;
  private readonly options: BatchWriterOptions<T>;

  constructor(options: BatchWriterOptions<T>) {
    this.options = options;
  }

  /** Queues an item; the latest item per key wins. */
  add(key: string, item: T): void {
    // Re-inserting moves the key to the end, so items commit in the order they were last written.
    this.pending.delete(key);
    this.pending.set(key, item);
    if (this.pending.size >= this.options.maxPending) this.flushSafely();
    else this.cancelTimer ??= this.options.schedule(() => this.flushSafely(), this.options.intervalMs);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Commits everything pending now; returns how many items were committed. Throws if the commit failed. */
  flush(): number {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.pending.size === 0) return 0;
    const items = [...this.pending.values()];
    this.options.commit(items);
    this.pending = new Map();
    return items.length;
  }

  /** Forgets everything pending (used by "delete everything"). */
  discard(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.pending = new Map();
  }

  private flushSafely(): void {
    try {
      this.flush();
    } catch (error) {
      // Keep the items and try again later: a locked or full disk may recover.
      this.options.onError(error);
      this.cancelTimer ??= this.options.schedule(() => this.flushSafely(), this.options.intervalMs);
    }
  }
}
