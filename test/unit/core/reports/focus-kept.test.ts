import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attentionSegments } from '../../../../electron/core/reports/attention.ts';
import { focusKept } from '../../../../electron/core/reports/focus-kept.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import {
  at,
  categorise,
  DAY_END,
  DAY_START,
  intervals,
  presence,
  running,
  windows,
} from '../../../fixtures/day-fixture.ts';

const M = 60_000;
const range = { start: DAY_START, end: DAY_END };
const watched = running.map((e) => ({ start: e.start, end: e.start + e.duration }));
const attention = attentionSegments(windows as Extract<StoredEvent, { kind: 'window' }>[], presence, range);

describe('focusKept on the fixture day', () => {
  it('counts work inside the 13:30–15:00 focus window: Code 13:30–14:00 and 14:06–15:00', () => {
    // 90 min of focus window; x.com 14:00–14:05 (social) and Slack 14:05–14:06 are not work.
    expect(focusKept(attention, intervals, range, watched, categorise)).toEqual({
      focusMs: 90 * M,
      workMs: 84 * M,
      share: 84 / 90,
    });
  });

  it('cuts focus windows at the range end, so time still to come is not counted as lost', () => {
    const untilTwo = { start: DAY_START, end: at(14) };
    expect(focusKept(attention, intervals, untilTwo, watched, categorise)).toEqual({
      focusMs: 30 * M,
      workMs: 30 * M,
      share: 1,
    });
  });

  it('does not count focus time while Balans was not running as lost', () => {
    // Balans stopped at 14:30: the last half hour of the window is unknown, not time lost.
    const untilHalfPast = watched.map((s) => ({ start: s.start, end: Math.min(s.end, at(14, 30)) }));
    expect(focusKept(attention, intervals, range, untilHalfPast, categorise)).toEqual({
      focusMs: 60 * M,
      workMs: 54 * M,
      share: 54 / 60,
    });
  });

  it('has no share when no focus window fell in the range', () => {
    const noFocus = intervals.filter((i) => i.kind !== 'focus-window');
    expect(focusKept(attention, noFocus, range, watched, categorise)).toEqual({
      focusMs: 0,
      workMs: 0,
      share: null,
    });
  });

  it('never counts more work than focus time, and never counts work outside focus windows', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 200 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 6 }), (work, focus) => {
        const segments = work.map(([start, length]) => ({
          start,
          end: start + length,
          data: { app: 'Code' },
        }));
        const windows = focus.map(([start, length]) => ({
          kind: 'focus-window' as const,
          start,
          end: start + length,
        }));
        const kept = focusKept(
          segments,
          windows,
          { start: 0, end: 1200 },
          [{ start: 0, end: 1200 }],
          () => 'work',
        );
        expect(kept.workMs).toBeLessThanOrEqual(kept.focusMs);
        if (kept.share !== null) expect(kept.share).toBeLessThanOrEqual(1);
        const noFocus = focusKept(
          segments,
          [],
          { start: 0, end: 1200 },
          [{ start: 0, end: 1200 }],
          () => 'work',
        );
        expect(noFocus.workMs).toBe(0);
      }),
    );
  });
});
