/** A half-open time span [start, end) in ms since the epoch. */
export interface Span {
  start: number;
  end: number;
}

/** Sorts and merges overlapping or touching spans; empty spans are dropped. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** The parts of `range` that no span covers. */
export function complementSpans(spans: readonly Span[], range: Span): Span[] {
  const result: Span[] = [];
  let cursor = range.start;
  for (const span of mergeSpans(spans)) {
    if (span.end <= cursor) continue;
    if (span.start >= range.end) break;
    if (span.start > cursor) result.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < range.end) result.push({ start: cursor, end: range.end });
  return result;
}

/**
 * Cuts `cuts` out of each item's span; an item may come back in pieces, each keeping the item's other fields.
 * Items must be sorted by start; `cuts` need not be merged.
 */
export function subtractSpans<T extends Span>(items: readonly T[], cuts: readonly Span[]): T[] {
  const holes = mergeSpans(cuts);
  const result: T[] = [];
  let first = 0; // holes ending before the current item can never matter again: items are sorted by start
  for (const item of items) {
    while (first < holes.length && holes[first]!.end <= item.start) first++;
    let cursor = item.start;
    for (let i = first; i < holes.length && holes[i]!.start < item.end; i++) {
      const hole = holes[i]!;
      if (hole.start > cursor) result.push({ ...item, start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
    }
    if (cursor < item.end) result.push({ ...item, start: cursor, end: item.end });
  }
  return result;
}

/** The parts of each item inside any of `windows`; the inverse of subtractSpans. */
export function intersectSpans<T extends Span>(items: readonly T[], windows: readonly Span[]): T[] {
  const bounds = items.length === 0 ? { start: 0, end: 0 } : boundsOf(items);
  return subtractSpans(items, complementSpans(windows, bounds));
}

function boundsOf(items: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end);
  }
  return { start, end };
}

/** Total length of the spans, counting overlaps once. */
export function totalMs(spans: readonly Span[]): number {
  return mergeSpans(spans).reduce((sum, s) => sum + s.end - s.start, 0);
}
