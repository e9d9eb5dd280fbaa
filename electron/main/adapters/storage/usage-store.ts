import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type SQLOutputValue, type StatementSync } from 'node:sqlite';
import type { PrivacySettings } from '../../../shared/contract/privacy.ts';
import type { Observation, StoredEvent, StoredEventKind, UsageSink } from '../../../shared/domain/usage.ts';
import { AttentionRollup, type RollupSource } from './attention-rollup.ts';
import { BatchWriter, realSchedule, type Schedule } from './batch-writer.ts';
import { BUCKET_MS, decode, KIND_CODES, PRESENCE_CODES } from './codes.ts';
import { deleteAllEvents, deleteEndedBefore } from './deletion.ts';
import { EVENT_COLUMNS, fromRow, numericId, toValues } from './event-rows.ts';
import { migrate } from './migrations.ts';
import { privacyFilter } from './privacy-filter.ts';
import { readPrivacySettings, writePrivacySettings } from './privacy-settings-table.ts';
import { StringDictionary } from './string-dictionary.ts';

export const DATABASE_FILE = 'usage.sqlite';

export interface UsageStoreOptions {
  /** The folder that holds the database (the app passes its userData folder); created if missing. */
  directory: string;
  /** How long a write may wait before it is committed; the most a crash can lose. Default 2 s. */
  flushIntervalMs?: number;
  /** A batch this large is committed at once. Default 1000 events. */
  maxPendingEvents?: number;
  schedule?: Schedule;
  /** Called after each committed batch with its size (the crash test reports progress through it). */
  onFlush?: (count: number) => void;
  onError?: (error: unknown) => void;
}

/** Attention time of one window within one 15-minute bucket, from the rollup. */
export interface AttentionBucket {
  start: number;
  ms: number;
  /** Shared between buckets of the same window, so callers can memoise per object. */
  data: Observation;
}

/** The usage event log on node:sqlite: batched crash-safe writes, range reads, rollups and privacy deletes. */
export class UsageStore implements UsageSink {
  readonly path: string;
  private readonly db: DatabaseSync;
  private readonly strings: StringDictionary;
  private readonly rollup: AttentionRollup;
  private readonly writer: BatchWriter<StoredEvent>;
  private readonly onFlush: (count: number) => void;
  private readonly maxDuration = new Map<number, number>();
  private readonly observations = new Map<string, Observation>();
  private readonly statements: Record<
    'upsert' | 'extentOf' | 'rowOfKey' | 'between' | 'saveExtent',
    StatementSync
  >;
  private settings: PrivacySettings;
  private keep: (event: StoredEvent) => StoredEvent | null;
  private lastNumericId: number;
  private lastKeyedId: number;

  private constructor(options: UsageStoreOptions) {
    mkdirSync(options.directory, { recursive: true });
    this.path = join(options.directory, DATABASE_FILE);
    this.db = new DatabaseSync(this.path);
    // WAL: readers never block the writer and a torn write cannot corrupt the file; FULL: a committed batch
    // survives power loss too (one fsync every few seconds is cheap).
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    migrate(this.db);
    this.strings = new StringDictionary(this.db);
    this.rollup = new AttentionRollup(this.db);
    this.statements = {
      upsert: this.db.prepare(
        `INSERT INTO events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
         kind = excluded.kind, start = excluded.start, duration = excluded.duration, app = excluded.app,
         title = excluded.title, site = excluded.site, executable = excluded.executable, code = excluded.code,
         extra = excluded.extra`,
      ),
      extentOf: this.db.prepare('SELECT kind, start, duration FROM events WHERE id = ?'),
      rowOfKey: this.db.prepare('SELECT id FROM events WHERE key = ?'),
      between: this.db.prepare(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE kind = ? AND start >= ? AND start < ? AND start + duration > ?
         ORDER BY start`,
      ),
      saveExtent: this.db.prepare(
        `INSERT INTO kind_extent (kind, max_duration) VALUES (?, ?)
         ON CONFLICT (kind) DO UPDATE SET max_duration = max(max_duration, excluded.max_duration)`,
      ),
    };
    this.statements.between.setReturnArrays(true);
    for (const row of this.db.prepare('SELECT kind, max_duration FROM kind_extent').all()) {
      this.maxDuration.set(Number(row.kind), Number(row.max_duration));
    }
    const ids = this.db.prepare('SELECT max(id) AS high, min(id) AS low FROM events').get();
    this.lastNumericId = Math.max(0, Number(ids?.high ?? 0));
    this.lastKeyedId = Math.min(0, Number(ids?.low ?? 0));
    this.settings = readPrivacySettings(this.db);
    this.keep = privacyFilter(this.settings);
    this.onFlush = options.onFlush ?? (() => {});
    this.writer = new BatchWriter({
      commit: (events) => this.commit(events),
      intervalMs: options.flushIntervalMs ?? 2000,
      maxPending: options.maxPendingEvents ?? 1000,
      schedule: options.schedule ?? realSchedule,
      onError: options.onError ?? ((error) => console.error('Balans: could not save usage events', error)),
    });
  }

  /** Opens (creating and migrating as needed) the store in `options.directory`. */
  static open(options: UsageStoreOptions): UsageStore {
    return new UsageStore(options);
  }

  /** A fresh compact event id; numeric ids cost no extra bytes on disk (other strings work, but cost more). */
  nextEventId(): string {
    return String(++this.lastNumericId);
  }

  /** Queues events for the next batch; events of excluded apps/sites are dropped here, titles too when off. */
  write(events: readonly StoredEvent[]): void {
    for (const event of events) {
      const kept = this.keep(event);
      if (kept) this.writer.add(kept.id, kept);
    }
  }

  /** Commits pending events now; returns how many were written. */
  flush(): number {
    return this.writer.flush();
  }

  /** Events of one kind overlapping [from, to), ordered by start; pending writes are committed first. */
  eventsBetween<K extends StoredEventKind>(
    kind: K,
    from: number,
    to: number,
  ): Extract<StoredEvent, { kind: K }>[] {
    this.flush();
    return this.rowsBetween(KIND_CODES[kind], from, to).map((row) => fromRow(row, this.strings)) as Extract<
      StoredEvent,
      { kind: K }
    >[];
  }

  /** Attention time (idle, locked and asleep cut out) per window and 15-minute bucket starting in [from, to). */
  attentionBuckets(from: number, to: number): AttentionBucket[] {
    this.flush();
    return this.rollup.rows(from, to, this.rollupSource()).map((row) => ({
      start: row.bucket * BUCKET_MS,
      ms: row.ms,
      data: this.observation(row.app, row.title, row.site),
    }));
  }

  /** Deletes events that ended at or before `cutoff`; returns how many. */
  deleteEndedBefore(cutoff: number): number {
    this.flush();
    const deleted = deleteEndedBefore(this.db, cutoff);
    this.forgetCaches();
    return deleted;
  }

  /** Deletes every event, including those not yet committed; settings stay. */
  deleteEverything(): number {
    const discarded = this.writer.pendingCount;
    this.writer.discard();
    const deleted = deleteAllEvents(this.db);
    this.maxDuration.clear();
    this.forgetCaches();
    return deleted + discarded;
  }

  privacySettings(): PrivacySettings {
    return structuredClone(this.settings);
  }

  /** Saves new privacy settings; they apply to every write from now on, including pending ones. */
  updatePrivacySettings(next: PrivacySettings): PrivacySettings {
    this.settings = writePrivacySettings(this.db, next);
    this.keep = privacyFilter(this.settings);
    return this.privacySettings();
  }

  /** PRAGMA integrity_check's verdict: 'ok' or the problems found. */
  integrityCheck(): string {
    return this.db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((row) => String(row.integrity_check))
      .join('\n');
  }

  /** Commits pending events and closes the database. */
  close(): void {
    this.flush();
    this.db.close();
  }

  private commit(events: StoredEvent[]): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      for (const event of events) this.upsert(event);
      this.rollup.saveDirty();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.rollup.dropUnsaved();
      this.strings.forget();
      throw error;
    }
    this.onFlush(events.length);
  }

  private upsert(event: StoredEvent): void {
    const numeric = numericId(event.id);
    let rowid: number;
    if (numeric !== null) {
      rowid = numeric;
      this.lastNumericId = Math.max(this.lastNumericId, numeric);
    } else {
      // Other ids keep their string in `key` and get negative rowids, so they never collide with numeric ones.
      const existing = this.statements.rowOfKey.get(event.id);
      rowid = existing ? Number(existing.id) : --this.lastKeyedId;
    }
    const old = this.statements.extentOf.get(rowid);
    if (old && Number(old.kind) <= KIND_CODES.presence) {
      this.rollup.touch(Number(old.start), Number(old.start) + Number(old.duration));
    }
    const values = toValues(event, this.strings);
    this.statements.upsert.run(rowid, ...values, numeric === null ? event.id : null);
    const [kind, start, duration] = values;
    if (kind <= KIND_CODES.presence) this.rollup.touch(start, start + duration);
    if (duration > (this.maxDuration.get(kind) ?? -1)) {
      this.maxDuration.set(kind, duration);
      this.statements.saveExtent.run(kind, duration);
    }
  }

  private rowsBetween(kind: number, from: number, to: number): SQLOutputValue[][] {
    // Events are indexed by start; the longest event of the kind bounds how early an overlapping one can start.
    const earliest = from - (this.maxDuration.get(kind) ?? 0);
    return this.statements.between.all(kind, earliest, to, from) as unknown as SQLOutputValue[][];
  }

  private rollupSource(): RollupSource {
    const id = (value: unknown) => (value === null ? 0 : Number(value));
    return {
      windows: (from, to) =>
        this.rowsBetween(KIND_CODES.window, from, to).map((row) => ({
          start: Number(row[2]),
          duration: Number(row[3]),
          data: { app: id(row[4]), title: id(row[5]), site: id(row[6]) },
        })),
      presence: (from, to) =>
        this.rowsBetween(KIND_CODES.presence, from, to).map((row) => ({
          start: Number(row[2]),
          duration: Number(row[3]),
          data: { state: decode(PRESENCE_CODES, Number(row[8])) },
        })),
    };
  }

  private observation(app: number, title: number, site: number): Observation {
    const key = `${app},${title},${site}`;
    let data = this.observations.get(key);
    if (!data) {
      data = { app: this.strings.value(app) };
      if (title !== 0) data.title = this.strings.value(title);
      if (site !== 0) data.site = this.strings.value(site);
      this.observations.set(key, data);
    }
    return data;
  }

  private forgetCaches(): void {
    this.strings.forget();
    this.observations.clear();
  }
}
