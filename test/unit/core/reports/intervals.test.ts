import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complementSpans,
  intersectSpans,
  mergeSpans,
  subtractSpans,
  totalMs,
  type Span,
} from '../../../../electron/core/reports/intervals.ts';

const span = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2000 }))
  .map(([start, length]): Span => ({ start, end: start + length }));
const spans = fc.array(span, { maxLength: 30 });
const sortedItems = spans.map((list) =>
  [...list].sort((a, b) => a.start - b.start).map((s, i) => ({ ...s, i })),
);

/** Milliseconds of `spans` covering instant t (spans from one item never overlap, so 0 or 1 per item). */
const covers = (list: readonly Span[], t: number) => list.some((s) => s.start <= t && t < s.end);

describe('span arithmetic', () => {
  it('subtract and intersect split each item exactly: pieces add up to the item and land on the right side', () => {
    fc.assert(
      fc.property(sortedItems, spans, (items, cuts) => {
        const outside = subtractSpans(items, cuts);
        const inside = intersectSpans(items, cuts);
        for (const item of items) {
          const length = (list: (Span & { i: number })[]) =>
            list.filter((p) => p.i === item.i).reduce((sum, p) => sum + p.end - p.start, 0);
          expect(length(outside) + length(inside)).toBe(item.end - item.start);
        }
        for (const piece of outside)
          expect(covers(cuts, piece.start) || covers(cuts, piece.end - 1)).toBe(false);
        for (const piece of inside)
          expect(covers(cuts, piece.start) && covers(cuts, piece.end - 1)).toBe(true);
      }),
    );
  });

  it('the complement within a range plus the merged spans inside it is the whole range, without overlap', () => {
    fc.assert(
      fc.property(spans, span, (list, range) => {
        const gaps = complementSpans(list, range);
        const covered = intersectSpans(mergeSpans(list), [range]);
        expect(totalMs(gaps) + totalMs(covered)).toBe(range.end - range.start);
        expect(totalMs([...gaps, ...covered])).toBe(range.end - range.start);
      }),
    );
  });

  it('merges touching spans and drops empty ones', () => {
    expect(
      mergeSpans([
        { start: 5, end: 7 },
        { start: 0, end: 5 },
        { start: 9, end: 9 },
      ]),
    ).toEqual([{ start: 0, end: 7 }]);
  });
});
