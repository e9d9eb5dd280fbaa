import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipToDay } from '../../../../electron/core/boundaries/limits.ts';
import {
  advanceUsage,
  dayAround,
  recordUsage,
  seedTodayUsage,
  usageUntil,
  type TodayUsage,
} from '../../../../electron/core/boundaries/today-usage.ts';
import type { StoredEvent, UsageEvent } from '../../../../electron/shared/domain/usage.ts';
import { local, ZONE } from './harness.ts';

const MIN = 60_000;
type Window = Extract<StoredEvent, { kind: 'window' }>;

/** Per-app totals: what limits compare. */
function totals(events: readonly UsageEvent[]): Record<string, number> {
  const byApp: Record<string, number> = {};
  for (const e of events) byApp[e.data.app] = (byApp[e.data.app] ?? 0) + e.duration;
  return byApp;
}

/** One thing that happens: the tracker records (a new event or a longer version of one), time passes or goes back. */
const op = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    id: fc.integer({ min: 0, max: 5 }),
    app: fc.constantFrom('Code', 'Firefox', 'Slack'),
    back: fc.integer({ min: 0, max: 90 }),
    minutes: fc.integer({ min: 0, max: 120 }),
  }),
  fc.record({ kind: fc.constant('forward' as const), minutes: fc.integer({ min: 1, max: 240 }) }),
  fc.record({ kind: fc.constant('set-back' as const), minutes: fc.integer({ min: 1, max: 600 }) }),
);

describe('today’s running total', () => {
  it('equals the totals computed from the raw events, across midnight and a clock set back', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        // From late evening, so streams cross midnight.
        let now = local('2026-11-20T21:00');
        const stored = new Map<string, Window>();
        const read = () => [...stored.values()];
        let usage: TodayUsage = seedTodayUsage(read(), now, ZONE);
        for (const o of ops) {
          if (o.kind === 'record') {
            const event: Window = {
              id: `e${o.id}`,
              kind: 'window',
              start: now - o.back * MIN,
              duration: Math.min(o.minutes, o.back) * MIN,
              data: { app: o.app, title: '' },
            };
            stored.set(event.id, event);
            usage = recordUsage(usage, [event]);
          } else {
            now += (o.kind === 'forward' ? 1 : -1) * o.minutes * MIN;
            const next = advanceUsage(usage, now, ZONE);
            // A re-seed reads the store as the app does: the whole day up to now.
            usage = next === 'reseed' ? seedTodayUsage(read(), now, ZONE) : next;
          }
          const day = dayAround(now, ZONE);
          expect(totals(usageUntil(usage, now))).toEqual(totals(clipToDay(read(), day.start, now)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('starts the new day at local midnight with only the part after it', () => {
    const before = local('2026-11-20T23:50');
    const event: Window = {
      id: 'late',
      kind: 'window',
      start: before,
      duration: 20 * MIN,
      data: { app: 'Code', title: '' },
    };
    const usage = recordUsage(seedTodayUsage([], before, ZONE), [event]);
    const after = advanceUsage(usage, local('2026-11-21T00:10'), ZONE);
    expect(after).not.toBe('reseed');
    expect(totals(usageUntil(after as TodayUsage, local('2026-11-21T00:10')))).toEqual({ Code: 10 * MIN });
  });

  it('asks for a re-seed when the clock is set back', () => {
    const usage = seedTodayUsage([], local('2026-11-20T12:00'), ZONE);
    expect(advanceUsage(usage, local('2026-11-20T11:00'), ZONE)).toBe('reseed');
  });
});
