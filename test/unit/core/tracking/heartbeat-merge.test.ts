import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  endOf,
  mergeHeartbeat,
  sameData,
  type Span,
} from '../../../../electron/core/tracking/heartbeat-merge.ts';
import { sequentialIds } from '../../../support/memory-sink.ts';

const options = () => ({ graceMs: 5_000, newId: sequentialIds() });

describe('mergeHeartbeat', () => {
  it('extends the open event under the same id when equal data arrives within the grace window', () => {
    const opts = options();
    const first = mergeHeartbeat(undefined, 1_000, { app: 'xterm' }, opts);
    const second = mergeHeartbeat(first, 4_000, { app: 'xterm' }, opts);
    const third = mergeHeartbeat(second, 8_500, { app: 'xterm' }, opts);
    expect(first).toEqual({ id: 'e1', start: 1_000, duration: 0, data: { app: 'xterm' } });
    expect(third).toEqual({ id: 'e1', start: 1_000, duration: 7_500, data: { app: 'xterm' } });
  });

  it('starts a new event when the data differs', () => {
    const opts = options();
    const first = mergeHeartbeat(undefined, 0, { app: 'xterm', title: 'a' }, opts);
    const next = mergeHeartbeat(first, 2_000, { app: 'xterm', title: 'b' }, opts);
    expect(next).toEqual({ id: 'e2', start: 2_000, duration: 0, data: { app: 'xterm', title: 'b' } });
    expect(first.duration).toBe(0); // the open event is not mutated
  });

  it('starts a new event when equal data arrives after the grace window (a gap)', () => {
    const opts = options();
    const first = mergeHeartbeat(undefined, 0, { app: 'xterm' }, opts);
    const extended = mergeHeartbeat(first, 3_000, { app: 'xterm' }, opts);
    const late = mergeHeartbeat(extended, 3_000 + 5_001, { app: 'xterm' }, opts);
    expect(late.id).toBe('e2');
    expect(late.start).toBe(8_001);
  });

  it('starts a new event when a heartbeat lies before the open event (the clock ran back)', () => {
    const opts = options();
    const first = mergeHeartbeat(undefined, 10_000, { app: 'xterm' }, opts);
    expect(mergeHeartbeat(first, 9_000, { app: 'xterm' }, opts).id).toBe('e2');
  });

  it('never shortens an event for a heartbeat inside it', () => {
    const opts = options();
    const open: Span<{ app: string }> = { id: 'x', start: 0, duration: 4_000, data: { app: 'a' } };
    expect(mergeHeartbeat(open, 1_000, { app: 'a' }, opts).duration).toBe(4_000);
  });
});

describe('sameData', () => {
  it('treats absent and undefined fields alike and compares values', () => {
    expect(sameData({ app: 'a', title: undefined }, { app: 'a' })).toBe(true);
    expect(sameData({ app: 'a', title: 't' }, { app: 'a' })).toBe(false);
    expect(sameData({ app: 'a' }, { app: 'b' })).toBe(false);
    expect(sameData({}, {})).toBe(true);
  });
});

describe('mergeHeartbeat (properties)', () => {
  const heartbeats = fc.array(
    fc.record({ gap: fc.integer({ min: 0, max: 12_000 }), app: fc.constantFrom('a', 'b', 'c') }),
    { minLength: 1, maxLength: 60 },
  );

  it('folds any heartbeat sequence into non-overlapping events that split exactly where data changes or a gap exceeds the grace', () => {
    fc.assert(
      fc.property(heartbeats, (beats) => {
        const opts = options();
        const events = new Map<string, Span<{ app: string }>>();
        let open: Span<{ app: string }> | undefined;
        let at = 0;
        let splits = 0;
        for (const [i, beat] of beats.entries()) {
          at += beat.gap;
          const previous = open;
          open = mergeHeartbeat(open, at, { app: beat.app }, opts);
          events.set(open.id, open);
          const shouldSplit = i === 0 || previous?.data.app !== beat.app || beat.gap > opts.graceMs;
          if (shouldSplit) splits += 1;
          expect(open.id !== previous?.id).toBe(shouldSplit);
          expect(endOf(open)).toBe(at); // an event always reaches its latest heartbeat
        }
        const sorted = [...events.values()].sort((x, y) => x.start - y.start);
        expect(sorted).toHaveLength(splits);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]!.start).toBeGreaterThanOrEqual(endOf(sorted[i - 1]!));
      }),
    );
  });
});
