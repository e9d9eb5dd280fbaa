import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearDayOf } from '../../../electron/core/reports/year-view.ts';
import { LATEST_VERSION, migrate } from '../../../electron/main/adapters/storage/migrations.ts';
import { DATABASE_FILE, UsageStore } from '../../../electron/main/adapters/storage/usage-store.ts';
import { tempDirectory } from './temp-store.ts';

const version = (db: DatabaseSync) => Number(db.prepare('PRAGMA user_version').get()?.user_version);
const tables = (db: DatabaseSync) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => String(r.name));

describe('usage database migrations', () => {
  it('creates the latest schema in an empty database', () => {
    const { directory, cleanup } = tempDirectory();
    try {
      UsageStore.open({ directory }).close();
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      expect(version(db)).toBe(LATEST_VERSION);
      expect(LATEST_VERSION).toBe(8);
      expect(tables(db)).toEqual(
        expect.arrayContaining([
          'events',
          'strings',
          'kind_extent',
          'attention_rollup',
          'rollup_dirty',
          'privacy_settings',
          'fact_days',
          'fact_totals',
          'facts_dirty',
        ]),
      );
      expect(String(db.prepare('PRAGMA journal_mode').get()?.journal_mode)).toBe('wal');
      db.close();
    } finally {
      cleanup();
    }
  });

  it('upgrades a version 1 database with events in it, keeping them and rolling them up', () => {
    const { directory, cleanup } = tempDirectory();
    try {
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      expect(migrate(db, 1)).toBe(1);
      expect(tables(db)).not.toContain('attention_rollup');
      // A v1 writer's row: app string 1, a 10-minute window event; and a 2-minute idle inside it.
      db.exec(`INSERT INTO strings (id, value) VALUES (1, 'Editor');
        INSERT INTO events (id, kind, start, duration, app) VALUES (1, 0, 3600000, 600000, 1);
        INSERT INTO events (id, kind, start, duration, code) VALUES (2, 1, 3900000, 120000, 1);
        INSERT INTO kind_extent VALUES (0, 600000), (1, 120000);`);
      db.close();

      const store = UsageStore.open({ directory });
      expect(store.eventsBetween('window', 0, 86_400_000)).toEqual([
        { id: '1', kind: 'window', start: 3_600_000, duration: 600_000, data: { app: 'Editor' } },
      ]);
      const buckets = store.attentionTotals([{ start: 0, end: 86_400_000 }]);
      expect(buckets.reduce((sum, b) => sum + b.ms, 0)).toBe(480_000);
      store.close();

      const reopened = new DatabaseSync(join(directory, DATABASE_FILE));
      expect(version(reopened)).toBe(LATEST_VERSION);
      reopened.close();
    } finally {
      cleanup();
    }
  });

  it('gives version 4 events the profile of their time, split at the schedule, and keeps it after', () => {
    const { directory, cleanup } = tempDirectory();
    const H = 3_600_000;
    try {
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      expect(migrate(db, 4)).toBe(4);
      // One window event from 08:00 to 10:00 across a switch at 09:00; a second one at 11:00.
      db.exec(`INSERT INTO strings (id, value) VALUES (1, 'Editor'), (2, 'Game');
        INSERT INTO events (id, kind, start, duration, app) VALUES (1, 0, ${8 * H}, ${2 * H}, 1);
        INSERT INTO events (id, kind, start, duration, app) VALUES (2, 0, ${11 * H}, ${H}, 2);
        INSERT INTO kind_extent VALUES (0, ${2 * H});`);
      db.close();

      const store = UsageStore.open({ directory });
      const schedule = [
        { start: 0, end: 9 * H, profileId: 'private' },
        { start: 9 * H, end: 24 * H, profileId: 'professional' },
      ];
      expect(store.assignProfiles(() => schedule)).toBe(2);
      const day = { start: 0, end: 24 * H };
      expect(
        store.eventsBetween('window', day.start, day.end).map((e) => [e.start, e.duration, e.data]),
      ).toEqual([
        [8 * H, H, { app: 'Editor', profileId: 'private' }],
        [9 * H, H, { app: 'Editor', profileId: 'professional' }],
        [11 * H, H, { app: 'Game', profileId: 'professional' }],
      ]);
      const byProfile = (profileId: string) =>
        store
          .attentionTotals([day])
          .filter((t) => t.data.profileId === profileId)
          .reduce((sum, t) => sum + t.ms, 0);
      expect([byProfile('private'), byProfile('professional')]).toEqual([H, 2 * H]);

      // A later schedule edit does not move recorded time between profiles.
      expect(store.assignProfiles(() => [{ start: 0, end: 24 * H, profileId: 'private' }])).toBe(0);
      expect(byProfile('professional')).toBe(2 * H);
      store.close();
    } finally {
      cleanup();
    }
  });

  it('builds version 6 facts again: they lack the checks per kind a range needs', () => {
    const { directory, cleanup } = tempDirectory();
    try {
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      expect(migrate(db, 6)).toBe(6);
      db.exec(`INSERT INTO fact_days VALUES (20261118, 5, 0, 0, 0, 0, 0, 0);
        INSERT INTO fact_totals VALUES (20261118, 0, 1, 0, 2, 60000);`);
      db.close();

      const store = UsageStore.open({ directory });
      expect(store.builtFactDays('2026-11-01', '2026-11-30')).toEqual(new Set());
      store.saveDayFacts([
        {
          day: '2026-11-18',
          totals: [],
          checks: 3,
          activeMs: 3_600_000,
          checksByKind: [
            { kind: 'communication', checks: 2, gapsMs: [600_000] },
            { kind: 'social', checks: 1, gapsMs: [] },
          ],
          crossings: [],
          focusMs: 0,
          focusWorkMs: 0,
          stretch: null,
          pauseMs: 0,
        },
      ]);
      expect(store.dayFacts('2026-11-18', '2026-11-18')[0]).toMatchObject({
        activeMs: 3_600_000,
        checksByKind: [
          { kind: 'communication', checks: 2, gapsMs: [600_000] },
          { kind: 'social', checks: 1, gapsMs: [] },
        ],
      });
      store.close();
    } finally {
      cleanup();
    }
  });

  it('builds version 7 facts again: they lack the crossings list and the stretch the Week view draws', () => {
    const { directory, cleanup } = tempDirectory();
    try {
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      expect(migrate(db, 7)).toBe(7);
      db.exec(`INSERT INTO fact_days VALUES (20261118, 5, 60000, 0, 0, 0, 1800000, 0, 0, '[]');
        INSERT INTO fact_totals VALUES (20261118, 0, 1, 0, 2, 60000);`);
      db.close();

      const store = UsageStore.open({ directory });
      expect(store.builtFactDays('2026-11-01', '2026-11-30')).toEqual(new Set());
      const day = {
        day: '2026-11-18',
        totals: [{ profileId: 'private', app: 'Slack', site: null, category: 'work', ms: 60_000 }],
        checks: 0,
        activeMs: 60_000,
        checksByKind: [
          { kind: 'communication' as const, checks: 0, gapsMs: [] },
          { kind: 'social' as const, checks: 0, gapsMs: [] },
        ],
        crossings: [
          { kind: 'work-in-private' as const, start: 1000, end: 61_000, app: 'Slack', profileId: 'private' },
          {
            kind: 'social-in-focus' as const,
            start: 70_000,
            end: 80_000,
            app: 'firefox',
            site: 'youtube.com',
          },
        ],
        focusMs: 3_600_000,
        focusWorkMs: 0,
        stretch: { start: 1000, end: 61_000, workMs: 60_000, interruptions: 0 },
        pauseMs: 0,
      };
      // Saved twice (main's rebuild and the worker may both build a day): one copy, the same facts.
      store.saveDayFacts([day]);
      store.saveDayFacts([day]);
      expect(store.dayFacts('2026-11-18', '2026-11-18')).toEqual([day]);
      // The Year reads the crossings' sums, kept beside the list: what crossingsOf makes of it.
      expect(store.yearDays('2026-11-18', '2026-11-18')).toEqual([yearDayOf(day)]);
      expect(yearDayOf(day)).toMatchObject({ workInPrivateMs: 60_000, socialInFocusMs: 10_000 });
      store.saveDayFacts([{ ...day, crossings: [], stretch: null, totals: [] }]);
      expect(store.dayFacts('2026-11-18', '2026-11-18')).toEqual([
        { ...day, crossings: [], stretch: null, totals: [] },
      ]);
      store.saveDayFacts([day]);
      store.close();
      // A damaged column reads as nothing there (the tables are a cache; the events stay the truth).
      const damaged = new DatabaseSync(join(directory, DATABASE_FILE));
      damaged.exec(`UPDATE fact_days SET crossings = '[[2, 1, 2, "a", null, null]]', stretch = '[1, 2]'`);
      damaged.close();
      const reopened = UsageStore.open({ directory });
      expect(reopened.dayFacts('2026-11-18', '2026-11-18')[0]).toMatchObject({
        crossings: [],
        stretch: null,
      });
      reopened.close();
    } finally {
      cleanup();
    }
  });

  it('gives a long history without profiles (more events than a call takes arguments) its profile', () => {
    const { directory, cleanup } = tempDirectory();
    const N = 300_000;
    try {
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      migrate(db, 4);
      db.exec(`INSERT INTO strings (id, value) VALUES (1, 'Editor');
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${N})
        INSERT INTO events (id, kind, start, duration, app) SELECT i, 0, i * 1000, 1000, 1 FROM n;
        INSERT INTO kind_extent VALUES (0, 1000);`);
      db.close();
      const store = UsageStore.open({ directory });
      expect(store.assignProfiles(() => [{ start: 0, end: (N + 1) * 1000, profileId: 'private' }])).toBe(N);
      expect(store.eventsBetween('window', N * 1000, N * 1000 + 1)[0]?.data.profileId).toBe('private');
      store.close();
    } finally {
      cleanup();
    }
  });

  it('refuses a database written by a newer version instead of damaging it', () => {
    const { directory, cleanup } = tempDirectory();
    try {
      const db = new DatabaseSync(join(directory, DATABASE_FILE));
      db.exec(`PRAGMA user_version = ${LATEST_VERSION + 1}`);
      db.close();
      expect(() => UsageStore.open({ directory })).toThrow(/newer than this app/);
    } finally {
      cleanup();
    }
  });

  it('rolls a failed step back so the version never claims a half-applied schema', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE strings (x INTEGER)'); // collides with migration 1
    expect(() => migrate(db)).toThrow();
    expect(version(db)).toBe(0);
    db.close();
  });
});
