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
 * Window events minus non-active presence, clipped to `range`. Overlapping events (the clock was set back, or a
 * writer bug) are resolved "latest start wins" where they overlap, and an earlier event carries on after a later
 * one ends: the result covers the union of the recorded spans, so it never shows less than was recorded and no
 * second is counted twice. Presence overlaps resolve the same way, so an away span from one pass of a repeated
 * hour does not cut the other pass's time. `data` is passed through untouched.
 */
export function attentionSegments<D = Observation>(
  windows: readonly (TimedEvent & { data: D })[],
  presence: readonly (TimedEvent & { data: { state: PresenceState } })[],
  range: Span,
): AttentionSegment<D>[] {
  const clipped = latestWins(windows)
    .map((segment) => ({
      ...segment,
      start: Math.max(segment.start, range.start),
      end: Math.min(segment.end, range.end),
    }))
    .filter((segment) => segment.end > segment.start);
  return subtractSpans(clipped, awaySpans(presence));
}

/**
 * Disjoint segments covering the union of the events: where events overlap, the one that started latest wins
 * (ties: the later in the list); the rest of an earlier event continues after. Sorted by start.
 */
export function latestWins<D>(events: readonly (TimedEvent & { data: D })[]): AttentionSegment<D>[] {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const segments: AttentionSegment<D>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const event = sorted[i]!;
    const end = event.start + event.duration;
    if (end <= event.start) continue;
    const later: Span[] = [];
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < end; j++) {
      const other = sorted[j]!;
      if (other.duration > 0) later.push({ start: other.start, end: other.start + other.duration });
    }
    const own = { start: event.start, end, data: event.data };
    segments.push(...(later.length === 0 ? [own] : subtractSpans([own], later)));
  }
  return segments.sort((a, b) => a.start - b.start);
}

/** The spans nobody was at the machine: idle, locked or asleep. */
export function awaySpans(presence: readonly (TimedEvent & { data: { state: PresenceState } })[]): Span[] {
  return latestWins(presence)
    .filter((p) => p.data.state !== 'active')
    .map((p) => ({ start: p.start, end: p.end }));
}
