import type { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import { reportHandlers } from '../../../electron/main/ipc/report-handlers.ts';
import { createReportService } from '../../../electron/main/services/report-service.ts';
import type { AppNotice } from '../../../electron/shared/contract/app.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { BalansError } from '../../../electron/shared/result.ts';
import { inThreadStore } from '../../support/in-thread-store.ts';
import { tempDirectory } from './temp-store.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';

const ZONE = 'UTC';
const DATE = '2025-03-04';
const T0 = Date.UTC(2025, 2, 4, 8);
const S = 1000;

let temp: ReturnType<typeof tempDirectory>;
let db: DatabaseSync;
let store: UsageStore;
let notices: AppNotice[];
const schedule = manualScheduler();
const clock = manualClock(T0 + 3 * 3_600_000);

beforeEach(() => {
  temp = tempDirectory();
  notices = [];
  store = UsageStore.open({
    directory: temp.directory,
    scheduler: schedule,
    now: () => clock.now(),
    onOpen: (connection) => (db = connection),
    onNotice: (notice) => notices.push(notice),
    onError: () => {},
  });
});
afterEach(() => {
  store.close();
  temp.cleanup();
});

/** The n-th window: its own app and a long title of its own, so every batch needs new strings and pages. */
const window = (n: number): StoredEvent => ({
  id: String(n),
  kind: 'window',
  start: T0 + n * 10 * S,
  duration: 10 * S,
  data: { app: `App ${n % 7}`, title: `Document ${n} ${'x'.repeat(400)}` },
});
const pageCount = () => Number(db.prepare('PRAGMA page_count').get()?.page_count);
/** Caps the database at its current size plus `pages`: SQLite then fails writes with SQLITE_FULL. */
const capAt = (pages: number) => db.exec(`PRAGMA max_page_count = ${pageCount() + pages}`);

const reports = () =>
  reportHandlers(
    createReportService({
      // The store's engine on this thread: the test drives its retry timer by hand (manualScheduler).
      store: inThreadStore(store),
      clock,
      zone: () => ZONE,
      categorise: () => 'work',
      intervals: () => [],
    }),
  );

describe('the usage store on a full disk', () => {
  it('keeps failed batches queued, tells the user, and writes them once there is room: nothing lost', async () => {
    let n = 0;
    store.write([{ id: 'run', kind: 'running', start: T0, duration: 2 * 3_600_000, data: {} }]);
    for (; n < 20; n++) store.write([window(n)]);
    store.flush();
    capAt(3);
    // Write until a commit fails for want of room.
    let failed = false;
    for (let batch = 0; batch < 50 && !failed; batch++) {
      for (let i = 0; i < 10; i++, n++) store.write([window(n)]);
      try {
        store.flush();
      } catch (error) {
        expect(error).toBeInstanceOf(BalansError);
        expect((error as BalansError).code).toBe('unavailable');
        failed = true;
      }
    }
    expect(failed).toBe(true);
    expect(store.writeFailure()).toBe('disk-full');
    expect(notices).toEqual([
      { level: 'error', key: 'storage.notWritten', values: { reason: 'disk-full', minutes: 60 } },
    ]);
    // While the disk is full, more usage arrives and reads still work, queued events included.
    for (let i = 0; i < 10; i++, n++) store.write([window(n)]);
    schedule.fire(); // the retry fails again, quietly: one notice per outage
    expect(notices).toHaveLength(1);
    expect(store.eventsBetween('window', T0, T0 + n * 10 * S)).toHaveLength(n);
    const duringOutage = await reports().getDayTimeline({ date: DATE });
    expect(duringOutage).toBeDefined();

    // Room again (raise the cap); the retry writes what was kept, and later writes go through as before.
    db.exec('PRAGMA max_page_count = 1073741823');
    expect(schedule.waiting()).toBe(1);
    schedule.fire();
    expect(store.writeFailure()).toBeNull();
    expect(notices.at(-1)).toMatchObject({ level: 'info', key: 'storage.writtenAgain' });
    for (let i = 0; i < 10; i++, n++) store.write([window(n)]);
    store.flush();

    // Every event before, during and after is readable with its own strings, and reports work.
    const stored = store.eventsBetween('window', T0, T0 + n * 10 * S);
    expect(stored.map((e) => e.id)).toEqual(Array.from({ length: n }, (_, i) => String(i)));
    expect(stored).toEqual(Array.from({ length: n }, (_, i) => window(i)));
    expect(store.integrityCheck()).toBe('ok');
    const totals = await reports().getUsageTotals({ from: DATE, to: DATE, unit: 'day' });
    expect(totals.periods[0]!.totalMs).toBe(n * 10 * S);
    const timeline = await reports().getDayTimeline({ date: DATE });
    expect(JSON.stringify(timeline)).toContain(`Document ${n - 1} `);
  });

  it('bounds what it keeps while failing: the oldest writes are kept and the user is told when it is full', () => {
    const bounded = UsageStore.open({
      directory: `${temp.directory}/bounded`,
      scheduler: manualScheduler(),
      now: () => clock.now(),
      queueBound: { maxItems: 5, maxFailingMs: 60_000 },
      onOpen: (connection) => (db = connection),
      onNotice: (notice) => notices.push(notice),
      onError: () => {},
    });
    try {
      capAt(0);
      // The first write that needs a new page fails; what it held and the next writes wait, up to five.
      let n = 0;
      for (; n < 100 && bounded.writeFailure() === null; n++) {
        bounded.write([window(n)]);
        try {
          bounded.flush();
        } catch {
          // expected once the file is full
        }
      }
      const firstQueued = n - 1;
      for (let i = 0; i < 10; i++) bounded.write([window(n + i)]);
      const queued = bounded.eventsBetween('window', T0, T0 + 1000 * S).map((e) => Number(e.id));
      expect(queued.slice(-5)).toEqual([0, 1, 2, 3, 4].map((i) => firstQueued + i));
      expect(notices.map((notice) => notice.key)).toEqual(['storage.notWritten', 'storage.queueFull']);
    } finally {
      db.exec('PRAGMA max_page_count = 1073741823');
      bounded.close();
    }
  });
});
