import type { Scheduler } from '../../../core/scheduler.ts';

/** How much a writer holds in memory while commits fail (a full or read-only disk). */
export interface QueueBound {
  /** Most items held; beyond it new writes are refused, so the oldest are the ones kept. */
  maxItems: number;
  /** Longest time since the first failed commit that writes are still taken in. */
  maxFailingMs: number;
}

export interface BatchWriterOptions<T> {
  /** Writes one batch in one transaction; throws if nothing was written. */
  commit(items: T[]): void;
  /** How long a write may wait before it is committed; also the retry interval after a failed commit. */
  intervalMs: number;
  /** A batch this large is committed at once, bounding memory and loss. */
  maxPending: number;
  bound: QueueBound;
  /** The flush and retry timer (a pending flush never keeps the process alive; close() flushes anyway). */
  scheduler: Scheduler;
  now: () => number;
  /** A commit failed; `first` is true for the first failure after a success (the start of an outage). */
  onError(error: unknown, first: boolean): void;
  /** The queue filled up while commits failed: writes from now on are refused until a commit succeeds. */
  onFull?(): void;
  /** A commit succeeded after failures; `refused` writes were lost while the queue was full. */
  onRecovered?(written: number, refused: number): void;
}

/**
 * Coalesces writes by key (a heartbeat extending an event replaces the pending copy) and commits them together
 * at most `intervalMs` after the first pending write, so a crash loses at most one interval of changes. A failed
 * commit keeps everything queued and retries every interval; while failing, the queue is bounded and the oldest
 * items are the ones kept (a frozen queue is a true record of the first minutes, never a patchwork).
 */
export class BatchWriter<T> {
  private pending = new Map<string, T>();
  private cancelTimer: (() => void) | null = null;
  private failingSince: number | null = null;
  private refused = 0;
  private readonly options: BatchWriterOptions<T>;

  constructor(options: BatchWriterOptions<T>) {
    this.options = options;
  }

  /** Queues an item; the latest item per key wins. Returns false when the queue is full and the item was refused. */
  add(key: string, item: T): boolean {
    if (this.isFull()) {
      if (this.refused++ === 0) this.options.onFull?.();
      return false;
    }
    // Re-inserting moves the key to the end, so items commit in the order they were last written.
    this.pending.delete(key);
    this.pending.set(key, item);
    // While commits fail, only the retry timer tries again: a full disk is not retried on every write.
    if (this.pending.size >= this.options.maxPending && this.failingSince === null) this.flushSafely();
    else this.cancelTimer ??= this.options.scheduler.after(this.options.intervalMs, () => this.flushSafely());
    return true;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** The pending items, oldest write first (reads merge them while commits fail). */
  pendingItems(): T[] {
    return [...this.pending.values()];
  }

  /** When the current run of failed commits began, or null when the last commit succeeded. */
  get failingSinceMs(): number | null {
    return this.failingSince;
  }

  /** Commits everything pending now; returns how many items were committed. Throws if the commit failed. */
  flush(): number {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.pending.size === 0) return 0;
    const items = [...this.pending.values()];
    try {
      this.options.commit(items);
    } catch (error) {
      const first = this.failingSince === null;
      this.failingSince ??= this.options.now();
      // Keep the items and try again later, whoever asked for this flush: a locked or full disk may recover.
      this.cancelTimer = this.options.scheduler.after(this.options.intervalMs, () => this.flushSafely());
      this.options.onError(error, first);
      throw error;
    }
    this.pending = new Map();
    if (this.failingSince !== null) {
      const refused = this.refused;
      this.failingSince = null;
      this.refused = 0;
      this.options.onRecovered?.(items.length, refused);
    }
    return items.length;
  }

  /** Forgets everything pending (used by "delete everything"). */
  discard(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.pending = new Map();
  }

  private isFull(): boolean {
    if (this.failingSince === null) return false;
    const { maxItems, maxFailingMs } = this.options.bound;
    return this.pending.size >= maxItems || this.options.now() - this.failingSince >= maxFailingMs;
  }

  private flushSafely(): void {
    try {
      this.flush();
    } catch {
      // flush() has told onError and scheduled the retry.
    }
  }
}
