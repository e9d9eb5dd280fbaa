import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Tracker } from '../../../../electron/core/tracking/tracker.ts';
import { PresenceTimeline, type PresenceSignal } from '../../../../electron/core/tracking/presence.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import { applyWrites, sequentialIds } from '../../../support/memory-sink.ts';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const GRACE = 15_000;
/** Short, so that generated runs often go idle. */
const IDLE = 10_000;

type Step =
  | { kind: 'observe'; app: string | undefined }
  | { kind: 'time'; ms: number; typing: boolean }
  | { kind: 'signal'; signal: PresenceSignal }
  | { kind: 'pause'; forMs: number | undefined }
  | { kind: 'resume' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('observe' as const),
    app: fc.constantFrom('Editor', 'Chat', 'Vault', undefined),
  }),
  fc.record({
    kind: fc.constant('time' as const),
    // mostly heartbeats, sometimes long stretches (idle) and jumps beyond the grace window (gaps)
    ms: fc.oneof(
      fc.integer({ min: 0, max: 3_000 }),
      fc.integer({ min: 3_000, max: GRACE - 1 }),
      fc.integer({ min: GRACE + 1, max: 400_000 }),
    ),
    typing: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('signal' as const),
    signal: fc.constantFrom('lock', 'unlock', 'suspend', 'resume'),
  }),
  fc.record({
    kind: fc.constant('pause' as const),
    forMs: fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('resume' as const) }),
);

type Interval = { start: number; end: number };
const interval = (e: StoredEvent): Interval => ({ start: e.start, end: e.start + e.duration });
const within = (inner: Interval, outer: Interval) => inner.start >= outer.start && inner.end <= outer.end;

/** Runs the steps like the tracking service does (heartbeat each second of time passing) and returns the log. */
function simulate(steps: Step[]): StoredEvent[] {
  const tracker = new Tracker({
    graceMs: GRACE,
    newId: sequentialIds(),
    privacy: { recordTitles: true, exclusions: { apps: ['Vault'], sites: [], titleKeywords: [] } },
  });
  const timeline = new PresenceTimeline(T0, IDLE);
  const log = new Map<string, StoredEvent>();
  let now = T0;
  let lastInput = T0;
  applyWrites(log, tracker.start(now));
  for (const s of steps) {
    if (s.kind === 'observe') applyWrites(log, tracker.observe(s.app ? { app: s.app } : undefined, now));
    if (s.kind === 'signal') {
      const change = timeline.signal(s.signal, now);
      if (change) applyWrites(log, tracker.changePresence(change, now));
    }
    if (s.kind === 'pause')
      applyWrites(log, tracker.pauseTracking({ ...(s.forMs && { until: now + s.forMs }) }, now));
    if (s.kind === 'resume') applyWrites(log, tracker.resume(now));
    if (s.kind === 'time') {
      // a long stretch without ticks is a gap (process frozen, machine off); short ones tick every second
      const tickEvery = s.ms > GRACE ? s.ms : 1_000;
      for (let passed = 0; passed < s.ms; passed += tickEvery) {
        now += Math.min(tickEvery, s.ms - passed);
        if (s.typing) lastInput = now;
        const change = timeline.sample(now - lastInput, now);
        if (change) applyWrites(log, tracker.changePresence(change, now));
        applyWrites(log, tracker.tick(now));
      }
    }
  }
  applyWrites(log, tracker.stop(now));
  return [...log.values()];
}

describe('Tracker (properties)', () => {
  it('attributes time to an app only while someone is present, tracking runs and is not paused, never to excluded apps', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const events = simulate(steps);
        const of = (kind: StoredEvent['kind']) => events.filter((e) => e.kind === kind);
        const windows = of('window').filter((w) => w.duration > 0);
        const active = of('presence').filter((p) => p.kind === 'presence' && p.data.state === 'active');
        for (const e of events) expect(e.duration).toBeGreaterThanOrEqual(0);
        for (const w of windows) {
          if (w.kind === 'window') expect(w.data.app).not.toBe('Vault');
          expect(active.some((p) => within(interval(w), interval(p)))).toBe(true);
          expect(of('running').some((r) => within(interval(w), interval(r)))).toBe(true);
          for (const p of of('pause')) {
            const a = interval(w);
            const b = interval(p);
            expect(a.end <= b.start || a.start >= b.end).toBe(true);
          }
        }
        const sorted = windows.map(interval).sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
