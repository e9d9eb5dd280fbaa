import type { StoredEvent, StoredEventKind, UsageSink } from '../../../shared/domain/usage.ts';
import type { UsageReader } from '../../services/usage-reader.ts';

/** An in-memory event log (upsert by id) for the development host and tests; the app uses the SQLite store. */
export function createMemoryUsageLog(initial: readonly StoredEvent[] = []): UsageReader & UsageSink {
  const byId = new Map<string, StoredEvent>(initial.map((e) => [e.id, e]));
  return {
    write(events) {
      for (const event of events) byId.set(event.id, event);
    },
    eventsBetween<K extends StoredEventKind>(kind: K, from: number, to: number) {
      return [...byId.values()]
        .filter((e): e is Extract<StoredEvent, { kind: K }> => e.kind === kind)
        .filter((e) => e.start < to && e.start + e.duration > from)
        .sort((a, b) => a.start - b.start);
    },
  };
}
