import { readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreClient } from '../../../electron/main/adapters/storage/store-client.ts';
import { UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import type { StoredEvent } from '../../../electron/shared/domain/usage.ts';
import { inThreadStore } from '../../support/in-thread-store.ts';
import { tempDirectory } from './temp-store.ts';
import { manualScheduler } from '../../support/manual-scheduler.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 2, 3, 9); // a Monday, 09:00 UTC

const win = (id: string, start: number, duration: number, app = 'Editor', title?: string): StoredEvent => ({
  id,
  kind: 'window',
  start,
  duration,
  data: title === undefined ? { app } : { app, title },
});

let temp: ReturnType<typeof tempDirectory>;
let schedule: ReturnType<typeof manualScheduler>;
let store: UsageStore;
beforeEach(() => {
  temp = tempDirectory();
});
afterEach(() => temp.cleanup());

/** What another process would see: committed rows only. */
const committedRows = () => {
  const db = new DatabaseSync(store.path, { readOnly: true });
  const count = Number(db.prepare('SELECT count(*) AS n FROM events').get()?.n);
  db.close();
  return count;
};

describe('UsageStore writes, its timers driven by hand', () => {
  beforeEach(() => {
    schedule = manualScheduler();
    store = UsageStore.open({ directory: temp.directory, scheduler: schedule, maxPendingEvents: 50 });
  });
  afterEach(() => store.close());

  it('upserts by id: a heartbeat extending an event keeps one row with the latest duration', () => {
    const id = store.nextEventId();
    for (let s = 1; s <= 10; s++) store.write([win(id, T0, s * 1000, 'Editor', 'main.ts')]);
    store.flush();
    store.write([win(id, T0, 60_000, 'Editor', 'main.ts')]);
    store.flush();
    expect(store.eventsBetween('window', T0, T0 + HOUR)).toEqual([win(id, T0, 60_000, 'Editor', 'main.ts')]);
    expect(committedRows()).toBe(1);
  });

  it('holds writes in memory until the batch is due, then commits them in one go', () => {
    store.write([win('1', T0, 1000), win('2', T0 + 1000, 1000)]);
    expect(committedRows()).toBe(0);
    expect(schedule.waiting()).toBe(1);
    schedule.fire();
    expect(committedRows()).toBe(2);
    expect(schedule.waiting()).toBe(0);
  });

  it('commits at once when the batch is full, so memory and loss stay bounded', () => {
    for (let i = 1; i <= 49; i++) store.write([win(String(i), T0 + i * 1000, 1000)]);
    expect(committedRows()).toBe(0);
    store.write([win('50', T0 + 50_000, 1000)]);
    expect(committedRows()).toBe(50);
  });
});

/** The store's behaviour as the services see it, on this thread and through the client in its worker. */
type Subject = ReturnType<typeof inThreadStore> | StoreClient;
const subjects: [string, (directory: string) => Subject][] = [
  [
    'on the calling thread',
    (directory) =>
      inThreadStore(UsageStore.open({ directory, scheduler: manualScheduler(), maxPendingEvents: 50 })),
  ],
  [
    'through the client, in its worker',
    (directory) =>
      StoreClient.open({
        directory,
        access: 'read-write',
        now: T0,
        flushIntervalMs: 60_000,
        maxPendingEvents: 50,
      }),
  ],
];

describe.each(subjects)('UsageStore %s', (_name, openSubject) => {
  let store: Subject;
  const reopen = () => openSubject(temp.directory);
  beforeEach(() => {
    store = reopen();
  });
  afterEach(() => store.close());

  describe('writes', () => {
    it('round-trips every kind of event, including string ids that are not numbers', async () => {
      const events: StoredEvent[] = [
        {
          id: 'w-1',
          kind: 'window',
          start: T0,
          duration: 5000,
          data: { app: 'Firefox', title: 'News', site: 'bbc.co.uk', executable: '/usr/bin/firefox' },
        },
        { id: '7', kind: 'presence', start: T0, duration: 300_000, data: { state: 'locked' } },
        { id: '8', kind: 'running', start: T0, duration: HOUR, data: {} },
        {
          id: 'p-1',
          kind: 'pause',
          start: T0,
          duration: 60_000,
          data: { scope: 'tracking', reason: 'lunch', profileId: 'work' },
        },
      ];
      store.write(events);
      store.write([{ ...events[0]!, duration: 9000 } as StoredEvent]);
      for (const event of events) {
        const expected = event.id === 'w-1' ? { ...event, duration: 9000 } : event;
        expect(await store.eventsBetween(event.kind, T0, T0 + 1)).toEqual([expected]);
      }
      // A later numeric id never lands on a row a string id was given.
      expect(Number(store.nextEventId())).toBeGreaterThan(8);
    });

    it('commits pending writes on close', async () => {
      store.write([win('1', T0, 1000)]);
      store.close();
      store = reopen();
      expect(await store.eventsBetween('window', T0, T0 + 1)).toHaveLength(1);
    });

    it('keeps handing out new ids after a restart', async () => {
      const first = store.nextEventId();
      store.write([win(first, T0, 1000)]);
      store.close();
      store = reopen();
      expect(Number(store.nextEventId())).toBeGreaterThan(Number(first));
    });
  });

  describe('reads', () => {
    it('returns the events overlapping a range, ordered by start, including a long one that began earlier', async () => {
      store.write([
        { id: '1', kind: 'running', start: T0 - DAY, duration: 2 * DAY, data: {} },
        { id: '2', kind: 'running', start: T0 + 3 * HOUR, duration: HOUR, data: {} },
        { id: '3', kind: 'running', start: T0 - 3 * HOUR, duration: HOUR, data: {} },
        { id: '4', kind: 'running', start: T0 + 5 * HOUR, duration: HOUR, data: {} },
      ]);
      const ids = (await store.eventsBetween('running', T0, T0 + 5 * HOUR)).map((e) => e.id);
      expect(ids).toEqual(['1', '2']);
    });

    it('rolls up attention time with idle cut out, and rebuilds a day when a later write changes it', async () => {
      store.write([win('1', T0, HOUR, 'Editor'), win('2', T0 + HOUR, 30 * 60_000, 'Chat')]);
      const total = async () =>
        (await store.attentionTotals([{ start: T0 - DAY, end: T0 + DAY }])).reduce((sum, b) => sum + b.ms, 0);
      expect(await total()).toBe(90 * 60_000);
      // The presence source reports idle late (after its threshold): the rollup must still cut it out.
      store.write([
        {
          id: '3',
          kind: 'presence',
          start: T0 + 10 * 60_000,
          duration: 20 * 60_000,
          data: { state: 'idle' },
        },
      ]);
      expect(await total()).toBe(70 * 60_000);
      // Per span: the Chat event (10:00–10:30) split across two half-hours, with the titles left out.
      const halfHours = [0, 1, 2, 3].map((i) => ({
        start: T0 + i * 30 * 60_000,
        end: T0 + (i + 1) * 30 * 60_000,
      }));
      const chat = (await store.attentionTotals(halfHours)).filter((b) => b.data.app === 'Chat');
      expect(chat.map((b) => [b.start - T0, b.ms])).toEqual([[HOUR, 30 * 60_000]]);
      const editor = (await store.attentionTotals(halfHours)).filter((b) => b.data.app === 'Editor');
      expect(editor.map((b) => [b.start - T0, b.ms])).toEqual([
        [0, 10 * 60_000],
        [30 * 60_000, 30 * 60_000],
      ]);
    });
  });

  describe('privacy', () => {
    it('never writes excluded apps or sites, nor titles when titles are off', async () => {
      await store.updatePrivacySettings({
        recordTitles: false,
        excludedApps: ['KeePassXC'],
        excludedSites: ['bank.example'],
        retentionDays: null,
      });
      store.write([
        win('1', T0, 1000, 'keepassxc', 'Passwords.kdbx'),
        {
          id: '2',
          kind: 'window',
          start: T0 + 1000,
          duration: 1000,
          data: { app: 'Firefox', title: 'Login', site: 'www.bank.example' },
        },
        win('3', T0 + 2000, 1000, 'Editor', 'secret-plan.md'),
      ]);
      await store.flush();
      expect(await store.eventsBetween('window', T0, T0 + HOUR)).toEqual([
        win('3', T0 + 2000, 1000, 'Editor'),
      ]);
      store.close();
      expect(readFileSync(`${temp.directory}/usage.sqlite`).includes('secret-plan')).toBe(false);
      store = reopen();
      expect(store.privacySettings().excludedApps).toEqual(['KeePassXC']);
    });

    it('retention deletes events that ended before the cutoff and the strings only they used', async () => {
      store.write([
        win('1', T0 - 40 * DAY, 1000, 'OldApp'),
        win('2', T0 - 30 * DAY - 500, 1000, 'Straddling'),
        win('3', T0, 1000, 'Editor'),
      ]);
      const apps = async () =>
        [
          ...new Set(
            (await store.attentionTotals([{ start: T0 - 50 * DAY, end: T0 + DAY }])).map((b) => b.data.app),
          ),
        ].sort();
      expect(await apps()).toEqual(['Editor', 'OldApp', 'Straddling']);
      expect(await store.deleteEndedBefore(T0 - 30 * DAY)).toBe(1);
      expect((await store.eventsBetween('window', 0, T0 + DAY)).map((e) => e.data.app)).toEqual([
        'Straddling',
        'Editor',
      ]);
      expect(await apps()).toEqual(['Editor', 'Straddling']);
      const db = new DatabaseSync(store.path, { readOnly: true });
      expect(db.prepare("SELECT count(*) AS n FROM strings WHERE value = 'OldApp'").get()?.n).toBe(0);
      db.close();
    });

    it('delete everything removes committed and pending events and leaves no trace of titles in the files', async () => {
      store.write([win('1', T0, 1000, 'Editor', 'diary-entry-committed')]);
      await store.flush();
      store.write([win('2', T0 + 1000, 1000, 'Editor', 'diary-entry-pending')]);
      expect(await store.deleteEverything()).toBe(2);
      expect(await store.eventsBetween('window', 0, T0 + DAY)).toEqual([]);
      expect(await store.attentionTotals([{ start: 0, end: T0 + DAY }])).toEqual([]);
      store.close();
      for (const suffix of ['', '-wal']) {
        const bytes = (() => {
          try {
            return readFileSync(`${store.path}${suffix}`);
          } catch {
            return Buffer.alloc(0);
          }
        })();
        expect(bytes.includes('diary-entry')).toBe(false);
      }
      store = reopen();
      expect(await store.integrityCheck()).toBe('ok');
    });
  });
});
