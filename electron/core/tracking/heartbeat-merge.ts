/** An event under construction: the tracker upserts it by id while it grows. */
export interface Span<D> {
  id: string;
  start: number;
  duration: number;
  data: D;
}

export interface MergeOptions {
  /** How far past the open event's end a heartbeat may arrive and still extend it (ms). */
  graceMs: number;
  /** Makes the id of a new event; injected so tests and the store agree on ids. */
  newId: () => string;
}

/** The end of a span in ms since the epoch. */
export const endOf = (span: Span<unknown>): number => span.start + span.duration;

/** True when two flat data records hold the same values; absent and undefined fields count as equal. */
export function sameData(a: object, b: object): boolean {
  const left = Object.entries(a).filter(([, v]) => v !== undefined);
  const right = Object.entries(b).filter(([, v]) => v !== undefined);
  if (left.length !== right.length) return false;
  const rightMap = new Map(right);
  return left.every(([k, v]) => rightMap.has(k) && Object.is(rightMap.get(k), v));
}

/**
 * Folds a heartbeat (data seen at `at`) into the open event: equal data arriving no later than the grace window
 * after the event's end (and not before its start) extends it under the same id; anything else starts a new event
 * of zero duration at `at`. The open event is never mutated.
 */
export function mergeHeartbeat<D extends object>(
  open: Span<D> | undefined,
  at: number,
  data: D,
  options: MergeOptions,
): Span<D> {
  if (open && sameData(open.data, data) && at >= open.start && at <= endOf(open) + options.graceMs) {
    return { ...open, duration: Math.max(open.duration, at - open.start) };
  }
  return { id: options.newId(), start: at, duration: 0, data };
}

/** Returns the span cut to end at `end` (never before its start); the span is not mutated. */
export function endAt<D>(span: Span<D>, end: number): Span<D> {
  return { ...span, duration: Math.max(0, end - span.start) };
}
