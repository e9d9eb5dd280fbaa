import { afterEach, describe, expect, it } from 'vitest';
import type { TodayView } from '../../../electron/shared/contract/views.ts';
import type {
  BoundaryCrossings,
  CrossingSegment,
  WeekView,
} from '../../../electron/shared/contract/reports.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { workingWeek } from '../../e2e/seeded-settings.ts';
import { REVIEW_ZONE, reviewAt, reviewEvents, reviewNow } from '../../fixtures/review-week.ts';

/**
 * Issue 12, item 4: the one-call views carry checks split by kind and each crossing, and both equal what the raw
 * events give (the per-card calls read them). Figures by hand: see test/fixtures/review-week.ts.
 */
const zone = REVIEW_ZONE;
const M = 60_000;
const local = reviewAt;
const now = reviewNow;
const events = reviewEvents;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function open() {
  const app = composeHostApp({ clock: { now: () => now }, zone, settings: workingWeek(zone), events });
  await app.ready;
  cleanups.push(() => app.close());
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await app.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.code}`);
    return result.data as T;
  };
  return { app, call };
}

describe('checks split by kind in the Today and Week views', () => {
  it('Today carries today’s figures as counted by hand', async () => {
    const { call } = await open();
    const today = await call<TodayView>('getTodayView', undefined);
    expect(today.checks.split).toEqual({
      activeMs: 347 * M,
      byKind: [
        {
          kind: 'communication',
          checks: 4,
          perActiveHour: 4 / (347 / 60),
          medianMsBetweenChecks: 160 * M, // 165, 160, 100
        },
        { kind: 'social', checks: 1, perActiveHour: 1 / (347 / 60), medianMsBetweenChecks: null },
      ],
    });
    expect(today.checks.totalChecks).toBe(5);
    // And what the per-card call reads from the raw events.
    expect(today.checks).toEqual(await call('getChecks', { from: '2026-11-18', to: '2026-11-18' }));
  });

  it('Week takes the median over the days’ gaps together and equals the raw-event report of the range', async () => {
    const { call } = await open();
    const week = await call<WeekView>('getWeekView', { from: '2026-11-16', to: '2026-11-22' });
    // Gaps 165, 160 on Monday and Tuesday, 165, 160, 100 today: the median is 160. The days' own medians
    // (162.5, 162.5, 160) would give 162.5.
    expect(week.checks).toEqual({
      activeMs: (3 * 342 + 5 + 30) * M,
      byKind: [
        {
          kind: 'communication',
          checks: 10,
          perActiveHour: 10 / ((3 * 342 + 35) / 60),
          medianMsBetweenChecks: 160 * M,
        },
        { kind: 'social', checks: 3, perActiveHour: 3 / ((3 * 342 + 35) / 60), medianMsBetweenChecks: null },
      ],
    });
    const raw = await call<{ split: unknown }>('getChecks', { from: '2026-11-16', to: '2026-11-22' });
    expect(week.checks).toEqual(raw.split);
  });
});

describe('crossings listed one by one in the Today and Week views', () => {
  it('names when, which app and site, and which way each crossing went', async () => {
    const { call } = await open();
    const today = await call<TodayView>('getTodayView', undefined);
    expect(today.crossings.segments).toEqual([
      {
        kind: 'social-in-focus',
        start: local('2026-11-18', '10:42'),
        end: local('2026-11-18', '10:48'),
        app: 'firefox',
        site: 'instagram.com',
        profileId: 'professional',
      },
    ]);
    const range = { from: '2026-11-16', to: '2026-11-22' };
    const week = await call<WeekView>('getWeekView', range);
    // The view carries the count and sums; the list comes on its own, and says the same as the range's report.
    const list = await call<CrossingSegment[]>('getCrossingList', range);
    const report = await call<BoundaryCrossings>('getBoundaryCrossings', range);
    expect(list).toEqual(report.segments);
    expect(week.crossings).toEqual({
      workInPrivateMs: report.workInPrivateMs,
      socialInFocusMs: report.socialInFocusMs,
      count: list.length,
    });
    expect(list.map((s) => [s.kind, s.site ?? s.app, s.profileId])).toEqual([
      ['social-in-focus', 'instagram.com', 'professional'],
      ['social-in-focus', 'instagram.com', 'professional'],
      ['work-in-private', 'Code', 'private'],
      ['social-in-focus', 'instagram.com', 'professional'],
    ]);
    expect(list[2]!.start).toBe(local('2026-11-17', '21:00'));
  });
});
