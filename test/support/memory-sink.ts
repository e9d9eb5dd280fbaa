import type { StoredEvent, StoredEventKind, UsageSink } from '../../electron/shared/domain/usage.ts';

/** An in-memory UsageSink with the store's upsert-by-id semantics, for tests of the tracker and its service. */
export interface MemorySink extends UsageSink {
  /** Every stored event, in the order its id was first written. */
  events(): StoredEvent[];
  /** The stored events of one kind. */
  ofKind<K extends StoredEventKind>(kind: K): Extract<StoredEvent, { kind: K }>[];
  /** How many write calls (batches) the sink received. */
  readonly batches: number;
}

/** Creates an empty in-memory sink. */
export function memorySink(): MemorySink {
  const rows = new Map<string, StoredEvent>();
  let batches = 0;
  return {
    write(events) {
      batches += 1;
      for (const event of events) rows.set(event.id, structuredClone(event));
    },
    events: () => [...rows.values()],
    ofKind: <K extends StoredEventKind>(kind: K) =>
      [...rows.values()].filter((e): e is Extract<StoredEvent, { kind: K }> => e.kind === kind),
    get batches() {
      return batches;
    },
  };
}

/** Applies upserts (as a tracker returns them) to a plain list, last write per id wins. */
export function applyWrites(log: Map<string, StoredEvent>, writes: readonly StoredEvent[]): void {
  for (const event of writes) log.set(event.id, event);
}

/** Ids e1, e2, … so tests can name events. */
export function sequentialIds(prefix = 'e'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
