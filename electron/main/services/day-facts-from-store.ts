import type { Categorise } from '../../core/reports/categorise.ts';
import type { ScheduledInterval } from '../../core/reports/crossings.ts';
import { factsOfDays, type DayFacts } from '../../core/reports/day-facts.ts';
import { runsOf, type Period } from '../../core/reports/periods.ts';
import type { StoredEvent, StoredEventKind } from '../../shared/domain/usage.ts';

/**
 * The store's event reads, as every service takes them (the worker's own store answers at once; main's client
 * through the worker).
 */
export interface EventReads {
  eventsBetween<K extends StoredEventKind>(
    kind: K,
    from: number,
    to: number,
  ): Promise<Extract<StoredEvent, { kind: K }>[]>;
}

export interface DayFactsDeps {
  now: number;
  zone: string;
  categorise: Categorise;
  intervals: (from: number, to: number) => ScheduledInterval[];
}

/**
 * The facts of local days (in order) from the raw events: each run of consecutive days from one read of each kind
 * of event over it (the facts service's build, the Week view's raw path and the worker's missing days all come
 * here: one fact decided in one place). Days between runs are not read.
 */
export async function computeDayFacts(
  store: EventReads,
  days: readonly Period[],
  deps: DayFactsDeps,
): Promise<DayFacts[]> {
  const runs = await Promise.all(runsOf(days).map((run) => factsOfRun(store, run, deps)));
  return runs.flat();
}

async function factsOfRun(
  store: EventReads,
  days: readonly Period[],
  deps: DayFactsDeps,
): Promise<DayFacts[]> {
  const from = days[0]!.start;
  const to = days.at(-1)!.end;
  const [windows, presence, running, pauses] = await Promise.all([
    store.eventsBetween('window', from, to),
    store.eventsBetween('presence', from, to),
    store.eventsBetween('running', from, to),
    store.eventsBetween('pause', from, to),
  ]);
  return factsOfDays(
    days,
    { windows, presence, running, pauses },
    deps.intervals(from, to),
    deps.now,
    deps.zone,
    deps.categorise,
  );
}
