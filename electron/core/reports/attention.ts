import type { Observation, PresenceState } from '../../shared/domain/usage.ts';
import { subtractSpans, type Span } from './intervals.ts';

/** A stretch of time an app had the user's attention: window time with idle, locked and asleep cut out. */
export interface AttentionSegment<D = Observation> extends Span {
  data: D;
}

interface TimedEvent {
  start: number;
  duration: number;
}

/**
 * Window events minus non-active presence, clipped to `range`. Overlapping window events (a writer bug or a clock
 * step) are trimmed so the later one wins and no second is counted twice. `data` is passed through untouched.
 */
export function attentionSegments<D = Observation>(
  windows: readonly (TimedEvent & { data: D })[],
  presence: readonly (TimedEvent & { data: { state: PresenceState } })[],
  range: Span,
): AttentionSegment<D>[] {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  const clipped: AttentionSegment<D>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const event = sorted[i]!;
    const next = sorted[i + 1];
    const start = Math.max(event.start, range.start);
    const end = Math.min(event.start + event.duration, next ? next.start : Infinity, range.end);
    if (end > start) clipped.push({ start, end, data: event.data });
  }
  return subtractSpans(clipped, awaySpans(presence));
}

/** The spans nobody was at the machine: idle, locked or asleep. */
export function awaySpans(presence: readonly (TimedEvent & { data: { state: PresenceState } })[]): Span[] {
  return presence
    .filter((p) => p.data.state !== 'active')
    .map((p) => ({ start: p.start, end: p.start + p.duration }));
}
