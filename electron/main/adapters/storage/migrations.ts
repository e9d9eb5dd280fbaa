import type { DatabaseSync } from 'node:sqlite';
import { DAY_MS } from './codes.ts';
import { inTransaction } from './transaction.ts';

/** One schema step; `up` runs inside the migration's transaction. */
export interface Migration {
  version: number;
  up(db: DatabaseSync): void;
}

/** Numbered migrations; the database's PRAGMA user_version is the last one applied. Append only. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        -- App, title, site and executable strings are stored once and referenced by id.
        CREATE TABLE strings (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE);
        -- One row per event. Numeric event ids are the rowid itself; other ids go in key (negative rowids).
        -- code: presence state or pause scope; extra: JSON for rare pause details.
        CREATE TABLE events (
          id INTEGER PRIMARY KEY,
          kind INTEGER NOT NULL,
          start INTEGER NOT NULL,
          duration INTEGER NOT NULL,
          app INTEGER, title INTEGER, site INTEGER, executable INTEGER,
          code INTEGER,
          extra TEXT,
          key TEXT
        );
        CREATE INDEX events_by_kind_start ON events (kind, start);
        CREATE UNIQUE INDEX events_by_key ON events (key) WHERE key IS NOT NULL;
        -- The longest event per kind, so an overlap query can bound its index scan.
        CREATE TABLE kind_extent (kind INTEGER PRIMARY KEY, max_duration INTEGER NOT NULL);
      `);
    },
  },
  {
    version: 2,
    up(db) {
      db.exec(`
        -- Attention time (window minus idle/locked/asleep) per 15-minute bucket, app and site; a cache rebuilt
        -- from events for any day marked dirty. Titles are left out (they would make it as large as the events),
        -- and categories are never stored: they are applied on read.
        CREATE TABLE attention_rollup (
          bucket INTEGER NOT NULL, app INTEGER NOT NULL, site INTEGER NOT NULL, ms INTEGER NOT NULL,
          PRIMARY KEY (bucket, app, site)
        ) WITHOUT ROWID;
        CREATE TABLE rollup_dirty (day INTEGER PRIMARY KEY);
      `);
      // Every day that already has window or presence events must be rolled up on first read.
      markEveryDayDirty(db);
    },
  },
  {
    version: 3,
    up(db) {
      db.exec(`
        -- Privacy settings as one JSON document; one row.
        CREATE TABLE privacy_settings (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
      `);
    },
  },
  {
    version: 4,
    up(db) {
      db.exec(`
        -- Small documents kept with the history: the parent lock's mirror and its tamper log.
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      `);
    },
  },
  {
    version: 5,
    up(db) {
      db.exec(`
        -- The profile active when a window event happened, recorded with it (an interned string). Events from
        -- before this version get the profile the schedule gives (UsageStore.assignProfiles, which needs the
        -- settings and so runs once the app has them); the partial index finds them cheaply.
        ALTER TABLE events ADD COLUMN profile INTEGER;
        CREATE INDEX events_without_profile ON events (start) WHERE kind = 0 AND profile IS NULL;
        -- The rollup is keyed by profile too, so a profile's totals and its rules come from the rollup.
        DROP TABLE attention_rollup;
        CREATE TABLE attention_rollup (
          bucket INTEGER NOT NULL, app INTEGER NOT NULL, site INTEGER NOT NULL, profile INTEGER NOT NULL,
          ms INTEGER NOT NULL,
          PRIMARY KEY (bucket, app, site, profile)
        ) WITHOUT ROWID;
      `);
      markEveryDayDirty(db);
    },
  },
  {
    version: 6,
    up(db) {
      db.exec(`
        -- Per local day (yyyymmdd in the settings' zone) what the views sum, derived from the events with the rules,
        -- profiles and schedule in force; built in the background by the facts service and always droppable.
        -- fact_days has one row per built day (its presence means "built"); fact_totals its attention per profile,
        -- app, site and category (interned strings; 0 = none).
        CREATE TABLE fact_days (
          day INTEGER PRIMARY KEY,
          checks INTEGER NOT NULL, work_in_private_ms INTEGER NOT NULL, social_in_focus_ms INTEGER NOT NULL,
          focus_ms INTEGER NOT NULL, focus_work_ms INTEGER NOT NULL, stretch_ms INTEGER NOT NULL,
          pause_ms INTEGER NOT NULL
        );
        CREATE TABLE fact_totals (
          day INTEGER NOT NULL, profile INTEGER NOT NULL, app INTEGER NOT NULL, site INTEGER NOT NULL,
          category INTEGER NOT NULL, ms INTEGER NOT NULL,
          PRIMARY KEY (day, profile, app, site, category)
        ) WITHOUT ROWID;
        -- UTC days whose events changed since the facts were built, marked in the writer's own transaction.
        CREATE TABLE facts_dirty (utc_day INTEGER PRIMARY KEY);
      `);
    },
  },
  {
    version: 7,
    up(db) {
      db.exec(`
        -- Checks per kind with the gaps between them (JSON; a range's median needs the gaps, not the day's median)
        -- and the day's attention time. Days built before have neither, so they are built again.
        ALTER TABLE fact_days ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE fact_days ADD COLUMN check_kinds TEXT NOT NULL DEFAULT '[]';
        DELETE FROM fact_totals;
        DELETE FROM fact_days;
      `);
    },
  },
  {
    version: 8,
    up(db) {
      db.exec(`
        -- The Week view is composed from the facts: a day keeps its crossings list (JSON, compact rows) and its
        -- longest focus stretch whole (JSON or NULL); the stretch's work time is read from it, so its column
        -- goes. The crossing sums stay, written from the list, so the Year reads no list. Days built before are
        -- built again.
        ALTER TABLE fact_days ADD COLUMN crossings TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE fact_days ADD COLUMN stretch TEXT;
        ALTER TABLE fact_days DROP COLUMN stretch_ms;
        DELETE FROM fact_totals;
        DELETE FROM fact_days;
      `);
    },
  },
];

/** Every day that has window or presence events must be rolled up (again) on first read. */
function markEveryDayDirty(db: DatabaseSync): void {
  const insert = db.prepare('INSERT OR IGNORE INTO rollup_dirty (day) VALUES (?)');
  for (const row of db.prepare('SELECT start, duration FROM events WHERE kind IN (0, 1)').iterate()) {
    const start = Number(row.start);
    const end = start + Number(row.duration);
    for (let day = Math.floor(start / DAY_MS); day <= Math.floor(end / DAY_MS); day++) insert.run(day);
  }
}

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;

/** Brings the schema to `target` (default: latest); each step commits on its own so a crash leaves a valid version. */
export function migrate(db: DatabaseSync, target = LATEST_VERSION): number {
  const current = Number(db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
  if (current > LATEST_VERSION) {
    throw new Error(`The usage database is version ${current}, newer than this app (${LATEST_VERSION}).`);
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    inTransaction(db, () => {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
  return Math.max(current, Math.min(target, LATEST_VERSION));
}
