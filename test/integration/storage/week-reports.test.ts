import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { StoreClient } from '../../../electron/main/adapters/storage/store-client.ts';
import { reportHandlers } from '../../../electron/main/ipc/report-handlers.ts';
import { createReportService } from '../../../electron/main/services/report-service.ts';
import { reportCalls } from '../../../electron/shared/contract/reports.ts';
import { allEvents, at, categorise, DATE, intervals, ZONE } from '../../fixtures/day-fixture.ts';
import { tempDirectory } from './temp-store.ts';

const M = 60_000;
let temp: ReturnType<typeof tempDirectory>;
let store: StoreClient;
const clock = manualClock(at(24));

beforeEach(() => {
  temp = tempDirectory();
  store = StoreClient.open({ directory: temp.directory, access: 'read-write', now: 0 });
  store.write(allEvents);
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
      categorise,
      intervals: (from, to) => intervals.filter((i) => i.end > from && i.start < to),
    }),
  );

describe('focus kept and pauses through the report handlers, on a real store', () => {
  it('gives the share of focus-window time spent on work, computed by hand', async () => {
    clock.set(at(24));
    expect(await reports().getFocusKept({ from: DATE, to: DATE })).toEqual({
      focusMs: 90 * M,
      workMs: 84 * M,
      share: 84 / 90,
    });
  });

  it('counts focus time only up to now', async () => {
    clock.set(at(14));
    expect(await reports().getFocusKept({ from: DATE, to: DATE })).toMatchObject({
      focusMs: 30 * M,
      share: 1,
    });
    clock.set(at(24));
  });

  it('lists the fixture day’s pause with its reason', async () => {
    expect(await reports().getPauses({ from: DATE, to: DATE })).toEqual({
      pauses: [{ start: at(15), end: at(15, 30), scope: 'tracking', reason: 'walk' }],
      totalMs: 30 * M,
      byReason: [{ reason: 'walk', count: 1, ms: 30 * M }],
    });
    expect(await reports().getPauses({ from: '2025-03-05', to: '2025-03-06' })).toMatchObject({ totalMs: 0 });
  });

  it('the contract refuses reversed ranges for both calls', () => {
    for (const name of ['getFocusKept', 'getPauses'] as const)
      expect(reportCalls[name].input.safeParse({ from: DATE, to: '2025-03-01' }).success).toBe(false);
  });
});
