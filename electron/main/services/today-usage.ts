import type { Clock } from '../../core/clock.ts';
import {
  advanceUsage,
  dayAround,
  recordUsage,
  seedTodayUsage,
  usageUntil,
  type TodayUsage,
} from '../../core/boundaries/today-usage.ts';
import type { StoredEvent, UsageEvent, UsageSink } from '../../shared/domain/usage.ts';

export interface TodayUsageDeps {
  clock: Clock;
  /** The effective zone, concrete (never 'system'). */
  zone: () => string;
  /** The stored window events overlapping [from, to): read once at start and after a clock set back. */
  read: (from: number, to: number) => Promise<StoredEvent[]>;
  log?: (message: string, error: unknown) => void;
}

/**
 * Holds today's running total for the policy and the limit bar: one store read to seed it, then every event the
 * tracker records (through `sink`) is added, so a boundary step reads memory only.
 */
export function createTodayUsage(deps: TodayUsageDeps) {
  let usage: TodayUsage | undefined;
  /** Events recorded while a seed is being read; applied after it, since they are newer. */
  let pending: StoredEvent[] | undefined;

  async function seed(): Promise<void> {
    const at = deps.clock.now();
    const zone = deps.zone();
    const day = dayAround(at, zone);
    pending = [];
    let stored: StoredEvent[] = [];
    try {
      stored = await deps.read(day.start, at + 1);
    } catch (error) {
      // Without the stored part only the limits undercount; boundaries and recording go on.
      deps.log?.('Reading today’s usage for limits failed', error);
    }
    usage = recordUsage(seedTodayUsage(stored, at, zone), pending);
    pending = undefined;
  }

  return {
    /** Reads today once; call before the first step. */
    seed,
    /** Adds events the tracker wrote. */
    record(events: readonly StoredEvent[]): void {
      if (pending) pending.push(...events);
      if (usage) usage = recordUsage(usage, events);
    },
    /** Today's window events up to now, clipped to the day, from memory. */
    events(): UsageEvent[] {
      const now = deps.clock.now();
      if (!usage) return [];
      const next = advanceUsage(usage, now, deps.zone());
      if (next === 'reseed') {
        // The clock went back (or the zone moved the day): what memory holds up to now still counts meanwhile.
        if (!pending) void seed();
        return usageUntil(usage, now);
      }
      usage = next;
      return usageUntil(usage, now);
    },
  };
}

export type TodayUsageTotal = ReturnType<typeof createTodayUsage>;

/** The tracker's sink, with a way to hear what it records (today's total listens). */
export interface RecordedSink extends UsageSink {
  onRecorded(listener: (events: readonly StoredEvent[]) => void): void;
}

export function recordedSink(sink: UsageSink): RecordedSink {
  const listeners: ((events: readonly StoredEvent[]) => void)[] = [];
  return {
    write(events) {
      sink.write(events);
      for (const listener of listeners) listener(events);
    },
    flush: () => sink.flush?.(),
    onRecorded: (listener) => void listeners.push(listener),
  };
}
