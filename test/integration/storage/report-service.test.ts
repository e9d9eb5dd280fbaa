import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import type { Categorise } from '../../../electron/core/reports/categorise.ts';
import { StoreClient } from '../../../electron/main/adapters/storage/store-client.ts';
import { privacyHandlers } from '../../../electron/main/ipc/privacy-handlers.ts';
import { reportHandlers } from '../../../electron/main/ipc/report-handlers.ts';
import { createPrivacyService } from '../../../electron/main/services/privacy-service.ts';
import { createReportService } from '../../../electron/main/services/report-service.ts';
import { reportCalls } from '../../../electron/shared/contract/reports.ts';
import { BalansError } from '../../../electron/shared/result.ts';
import { allEvents, at, categorise, DATE, intervals, ZONE } from '../../fixtures/day-fixture.ts';
import { tempDirectory } from './temp-store.ts';

const S = 1000;
let temp: ReturnType<typeof tempDirectory>;
let store: StoreClient;
const clock = manualClock(at(24) + 3 * 86_400_000);
let rules: Categorise = categorise;

beforeEach(async () => {
  temp = tempDirectory();
  store = StoreClient.open({ directory: temp.directory, access: 'read-write', now: 0 });
  store.write(allEvents);
  // The fixture's events carry no profile: they get the schedule's, as events from before version 4 do.
  await store.assignProfiles((from, to) =>
    intervals.flatMap((i) =>
      i.kind === 'profile' && i.end > from && i.start < to ? [{ ...i, profileId: i.profileId! }] : [],
    ),
  );
});
afterEach(() => {
  store.close();
  temp.cleanup();
});

const reports = () =>
  reportHandlers(
    createReportService({
      store,
      clock,
      zone: () => ZONE,
      categorise: (o) => rules(o),
      intervals: (from, to) => intervals.filter((i) => i.end > from && i.start < to),
    }),
  );

describe('report service on a real store holding the fixture day', () => {
  it('gives the hand-computed day totals from the rollup, and the same per hour', async () => {
    const days = await reports().getUsageTotals({ from: DATE, to: DATE, unit: 'day' });
    expect(days.periods.map((p) => [p.period, p.totalMs])).toEqual([[DATE, 27_900 * S]]);
    expect(days.periods[0]!.byCategory.find((c) => c.category === 'work')?.ms).toBe(23_610 * S);
    const hours = await reports().getUsageTotals({ from: DATE, to: DATE, unit: 'hour' });
    expect(hours.periods.reduce((sum, p) => sum + p.totalMs, 0)).toBe(27_900 * S);
    expect(hours.periods.find((p) => p.start === at(10))?.totalMs).toBe(40 * 60 * S);
  });

  it('applies rules at read time: a changed rule re-colours stored history', async () => {
    rules = (o) => (o.app === 'Slack' ? 'work' : categorise(o));
    try {
      const days = await reports().getUsageTotals({ from: DATE, to: DATE, unit: 'day' });
      expect(days.periods[0]!.byCategory.find((c) => c.category === 'work')?.ms).toBe((23_610 + 1410) * S);
    } finally {
      rules = categorise;
    }
  });

  it('restricts totals to a profile', async () => {
    const work = await reports().getUsageTotals({ from: DATE, to: DATE, unit: 'day', profileId: 'work' });
    expect(work.periods[0]!.totalMs).toBe((27_900 - 900) * S);
  });

  it('answers timeline, checks, crossings and focus stretch as computed by hand', async () => {
    const handlers = reports();
    const timeline = await handlers.getDayTimeline({ date: DATE });
    expect(timeline.segments.filter((s) => s.kind === 'gap')).toHaveLength(3);
    expect((await handlers.getChecks({ from: DATE, to: DATE })).totalChecks).toBe(8);
    const crossings = await handlers.getBoundaryCrossings({ from: DATE, to: DATE });
    expect([crossings.workInPrivateMs, crossings.socialInFocusMs]).toEqual([900 * S, 300 * S]);
    expect((await handlers.getLongestFocusStretch({ from: DATE, to: DATE })).longest?.workMs).toBe(5390 * S);
  });

  it('ends today’s timeline at now: the rest of the day is not a gap', async () => {
    clock.set(at(12, 30));
    try {
      const { segments } = await reports().getDayTimeline({ date: DATE });
      expect(segments.at(-1)).toEqual({ kind: 'gap', start: at(12), end: at(12, 30) });
    } finally {
      clock.set(at(24) + 3 * 86_400_000);
    }
  });

  it('refuses ranges too long for the raw-event reports, and the contract refuses reversed ranges', async () => {
    await expect(reports().getChecks({ from: '2025-01-01', to: '2025-12-31' })).rejects.toThrow(BalansError);
    expect(reportCalls.getChecks.input.safeParse({ from: DATE, to: '2025-03-01' }).success).toBe(false);
  });
});

describe('privacy service on a real store', () => {
  it('a shorter retention deletes expired events at once; delete everything empties the store', async () => {
    const privacy = privacyHandlers(createPrivacyService({ store, clock }));
    // now = fixture day + 3 days: a 2-day retention expires the whole fixture day, a 7-day one nothing.
    await privacy.updatePrivacySettings({ retentionDays: 7 });
    expect(await store.eventsBetween('window', at(0), at(24))).toHaveLength(19);
    await privacy.updatePrivacySettings({ retentionDays: 2 });
    expect(await store.eventsBetween('window', at(0), at(24))).toHaveLength(0);
    expect((await privacy.getPrivacySettings()).retentionDays).toBe(2);

    store.write(allEvents);
    expect(await privacy.deleteEverything({ confirm: true })).toEqual({ deletedEvents: allEvents.length });
    expect(await store.eventsBetween('running', 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });
});
