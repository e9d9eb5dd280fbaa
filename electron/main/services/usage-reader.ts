import type { StoredEvent, StoredEventKind } from '../../shared/domain/usage.ts';

/** Read side of the event log, as the report services need it. */
export interface UsageReader {
  /** Events of one kind that overlap [from, to), ordered by start. */
  eventsBetween<K extends StoredEventKind>(
    kind: K,
    from: number,
    to: number,
  ): Extract<StoredEvent, { kind: K }>[];
}
