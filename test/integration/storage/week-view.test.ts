import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { StoreClient } from '../../../electron/main/adapters/storage/store-client.ts';
import { createDispatch, type Handlers } from '../../../electron/main/ipc/handler-table.ts';
import { reportHandlers } from '../../../electron/main/ipc/report-handlers.ts';
import { createReportService } from '../../../electron/main/services/report-service.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { allEvents, at, categorise, intervals, ZONE } from '../../fixtures/day-fixture.ts';
import { tempDirectory } from './temp-store.ts';

const WEEK = 7 * 86_400_000;
const WEEK_QUERY = { from: '2025-03-03', to: '2025-03-09' };
const PREVIOUS = { from: '2025-02-24', to: '2025-03-02' };

// The fixture day under the profile its hour belongs to, and the same day a week earlier with less of it, so the
// profile split and the previous period have something to tell apart.
const withProfile = (event: StoredEvent): StoredEvent =>
  event.kind === 'window'
    ? { ...event, data: { ...event.data, profileId: event.start < at(17, 30) ? 'work' : 'home' } }
    : event;
const weekBefore = (event: StoredEvent): StoredEvent => ({
  ...event,
  id: `b${event.id}`,
  start: event.start - WEEK,
});
const events: StoredEvent[] = [
  ...allEvents.map(withProfile),
  ...allEvents.filter((e) => e.start < at(12)).map((e) => weekBefore(withProfile(e))),
];

let temp: ReturnType<typeof tempDirectory>;
let store: StoreClient;
const clock = manualClock(at(24) + 5 * 86_400_000);

beforeEach(() => {
  temp = tempDirectory();
  store = StoreClient.open({ directory: temp.directory, access: 'read-write', now: 0 });
  store.write(events);
});
afterEach(() => {
  store.close();
  temp.cleanup();
});

const service = () =>
  createReportService({
    store,
    clock,
    zone: () => ZONE,
    categorise,
    intervals: (from, to) =>
      [...intervals, ...intervals.map((i) => ({ ...i, start: i.start - WEEK, end: i.end - WEEK }))].filter(
        (i) => i.end > from && i.start < to,
      ),
    profileIds: () => ['work', 'home', 'unused'],
  });

describe('getWeekView: the Week screen in one call, on a real store', () => {
  const query = WEEK_QUERY;

  it('answers exactly what the per-card report calls answer', async () => {
    const reports = service();
    const view = await reports.getWeekView(query);
    expect(view.totals).toEqual(await reports.getUsageTotals({ ...WEEK_QUERY, unit: 'day' }));
    // The week is over (the clock is on its Sunday): it is compared with the whole week before.
    expect(view.comparison).toEqual({ current: WEEK_QUERY, previous: PREVIOUS, days: 7 });
    expect(view.previousTotals).toEqual(await reports.getUsageTotals({ ...PREVIOUS, unit: 'day' }));
    expect(view.byProfile).toEqual(
      await Promise.all(
        ['work', 'home', 'unused'].map(async (profileId) => ({
          profileId,
          totals: await reports.getUsageTotals({ ...WEEK_QUERY, unit: 'day', profileId }),
        })),
      ),
    );
    expect(view.stretch).toEqual(await reports.getLongestFocusStretch(WEEK_QUERY));
    expect(view.focusKept).toEqual(await reports.getFocusKept(WEEK_QUERY));
    expect(view.pauses).toEqual(await reports.getPauses(WEEK_QUERY));
    const crossings = await reports.getBoundaryCrossings(WEEK_QUERY);
    expect(view.crossings).toEqual({
      workInPrivateMs: crossings.workInPrivateMs,
      socialInFocusMs: crossings.socialInFocusMs,
      count: crossings.segments.length,
    });
    expect(await reports.getCrossingList(WEEK_QUERY)).toEqual(crossings.segments);
  });

  it('has real figures to compare: the profiles split the day and the previous week differs', async () => {
    const view = await service().getWeekView(query);
    const total = (t: { periods: { totalMs: number }[] }) => t.periods.reduce((sum, p) => sum + p.totalMs, 0);
    const [work, home, unused] = view.byProfile.map((p) => total(p.totals));
    expect(work).toBeGreaterThan(0);
    expect(home).toBeGreaterThan(0);
    expect(unused).toBe(0);
    expect(work! + home!).toBe(total(view.totals));
    expect(total(view.previousTotals)).toBeGreaterThan(0);
    expect(total(view.previousTotals)).toBeLessThan(total(view.totals));
    expect(view.crossings.count).toBeGreaterThan(0);
    expect(view.focusKept.share).not.toBeNull();
  });

  it('reads the window events once for the whole screen', async () => {
    const reports = createReportService({
      store: {
        eventsBetween: (kind, from, to) => {
          reads.push(kind);
          return store.eventsBetween(kind, from, to);
        },
        attentionTotals: (spans) => store.attentionTotals(spans),
      },
      clock,
      zone: () => ZONE,
      categorise,
      intervals: () => [],
      profileIds: () => ['work', 'home'],
    });
    const reads: string[] = [];
    await reports.getWeekView(query);
    expect(reads.filter((k) => k === 'window')).toEqual(['window']);
    expect(reads.filter((k) => k === 'presence')).toEqual(['presence']);
  });
});

describe('getWeekView through the dispatcher (contract)', () => {
  const dispatch = () => createDispatch(reportHandlers(service()) as Handlers);
  const valid = WEEK_QUERY;

  it('answers a valid range', async () => {
    const result = await dispatch()('getWeekView', valid);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'a previous period (main chooses it)',
      { ...valid, previousFrom: '2025-02-24', previousTo: '2025-03-02' },
    ],
    ['a range ending before it starts', { ...valid, from: '2025-03-09', to: '2025-03-03' }],
    ['a date that is not one', { ...valid, from: '2025-02-30' }],
    ['an unknown field', { ...valid, profileId: 'work' }],
    ['no input', undefined],
  ])('refuses %s with a typed error', async (_what, input) => {
    const result = await dispatch()('getWeekView', input);
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('refuses a range longer than the raw-event limit with a typed error', async () => {
    const result = await dispatch()('getWeekView', {
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
  });
});
