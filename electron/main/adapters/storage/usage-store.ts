import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync, SQLOutputValue, StatementSync } from 'node:sqlite';
import type { Span } from '../../../core/reports/intervals.ts';
import { localDaysOfUtcDay } from '../../../core/reports/local-days.ts';
import type { PrivacySettings } from '../../../shared/domain/privacy.ts';
import type { Observation, StoredEvent, StoredEventKind, UsageSink } from '../../../shared/domain/usage.ts';
import { AttentionRollup, type RollupSource } from './attention-rollup.ts';
import type { AppNotice } from '../../../shared/contract/app.ts';
import { BalansError } from '../../../shared/result.ts';
import { WriteFailedError, writeFailureOf, type WriteFailure } from '../write-failure.ts';
import { BatchWriter, type QueueBound } from './batch-writer.ts';
import type { Scheduler } from '../../../core/scheduler.ts';
import { systemScheduler } from '../scheduler.ts';
import { decode, KIND_CODES, PRESENCE_CODES } from './codes.ts';
import { countEndedBefore, deleteAllEvents, deleteEndedBefore } from './deletion.ts';
import { FactTables } from './fact-tables.ts';
import type { DayFacts } from '../../../core/reports/day-facts.ts';
import type { YearDay } from '../../../core/reports/year-view.ts';
import { EVENT_COLUMNS, fromRow, numericId, toValues } from './event-rows.ts';
import { openDatabase, type DatabaseAccess } from './database-file.ts';
import { LATEST_VERSION, migrate } from './migrations.ts';
import { privacyFilter } from './privacy-filter.ts';
import { backfillProfiles } from './profile-backfill.ts';
import { DATABASE_FILE, type AttentionTotal, type ProfileSpan } from './store-protocol.ts';
import { readPrivacySettings, writePrivacySettings } from './privacy-settings-table.ts';
import { StringDictionary } from './string-dictionary.ts';
import { inTransaction } from './transaction.ts';

export { DATABASE_FILE, type AttentionTotal } from './store-protocol.ts';

export const DEFAULT_QUEUE_BOUND: QueueBound = { maxItems: 50_000, maxFailingMs: 60 * 60_000 };

export interface UsageStoreOptions {
  /** The folder that holds the database (the app passes its userData folder); created if missing. */
  directory: string;
  /** How long a write may wait before it is committed; the most a crash can lose. Default 2 s. */
  flushIntervalMs?: number;
  /** A batch this large is committed at once. Default 1000 events. */
  maxPendingEvents?: number;
  /** How much is held in memory while commits fail. Default 50,000 events or 60 minutes, whichever comes first. */
  queueBound?: QueueBound;
  /** The flush timer. Default: the real timers. */
  scheduler?: Scheduler;
  /** The time the queue bound is measured in. Default Date.now. */
  now?: () => number;
  /** Told when writing fails, when the queue is full and when writing works again; the app shows these. */
  onNotice?: (notice: AppNotice) => void;
  /**
   * 'read-only' opens an existing, current database without writing to it (a data folder Balans cannot write);
   * writes are then kept in memory and reported like a full disk. 'memory' holds nothing on disk. Default read-write.
   */
  access?: DatabaseAccess;
  /** Called with the open connection before anything else; tests cap its size with PRAGMA max_page_count. */
  onOpen?: (db: DatabaseSync) => void;
  /** Called after each committed batch with its size (the crash test reports progress through it). */
  onFlush?: (count: number) => void;
  onError?: (error: unknown) => void;
}

/** The usage event log on node:sqlite: batched crash-safe writes, range reads, rollups and privacy deletes. */
export class UsageStore implements UsageSink {
  readonly path: string;
  private readonly db: DatabaseSync;
  private readonly strings: StringDictionary;
  private readonly rollup: AttentionRollup;
  private readonly facts: FactTables;
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
  private lastFailure: WriteFailure | null = null;

  private constructor(options: UsageStoreOptions) {
    const access = options.access ?? 'read-write';
    if (access === 'read-write') mkdirSync(options.directory, { recursive: true });
    this.path = join(options.directory, DATABASE_FILE);
    this.db = openDatabase(this.path, access);
    options.onOpen?.(this.db);
    if (access === 'read-only') {
      // Nothing may be written, so nothing is migrated: an older schema than this app reads is refused.
      const version = Number(this.db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
      if (version !== LATEST_VERSION)
        throw new Error(`A read-only usage database must be version ${LATEST_VERSION}, not ${version}`);
    } else {
      // WAL: readers never block the writer and a torn write cannot corrupt the file; FULL: a committed batch
      // survives power loss too (one fsync every few seconds is cheap).
      this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
      migrate(this.db);
    }
    this.strings = new StringDictionary(this.db);
    this.rollup = new AttentionRollup(this.db);
    this.facts = new FactTables(this.db, this.strings);
    this.statements = {
      upsert: this.db.prepare(
        `INSERT INTO events (${EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
         kind = excluded.kind, start = excluded.start, duration = excluded.duration, app = excluded.app,
         title = excluded.title, site = excluded.site, executable = excluded.executable, code = excluded.code,
         extra = excluded.extra, profile = excluded.profile`,
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
    this.forgetCaches();
    const ids = this.db.prepare('SELECT max(id) AS high, min(id) AS low FROM events').get();
    this.lastNumericId = Math.max(0, Number(ids?.high ?? 0));
    this.lastKeyedId = Math.min(0, Number(ids?.low ?? 0));
    this.settings = readPrivacySettings(this.db);
    this.keep = privacyFilter(this.settings);
    this.onFlush = options.onFlush ?? (() => {});
    const bound = options.queueBound ?? DEFAULT_QUEUE_BOUND;
    const tell = options.onNotice ?? (() => {});
    const log = options.onError ?? ((error) => console.error('Balans: could not save usage events', error));
    this.writer = new BatchWriter({
      commit: (events) => this.commit(events),
      intervalMs: options.flushIntervalMs ?? 2000,
      maxPending: options.maxPendingEvents ?? 1000,
      bound,
      scheduler: options.scheduler ?? systemScheduler,
      now: options.now ?? Date.now,
      onError: (error, first) => {
        log(error);
        this.lastFailure = writeFailureOf(error);
        if (first) tell(storageNotice('error', 'storage.notWritten', this.lastFailure, bound));
      },
      onFull: () =>
        tell(storageNotice('error', 'storage.queueFull', this.lastFailure ?? 'write-failed', bound)),
      onRecovered: (written, refused) =>
        tell(
          refused > 0
            ? { level: 'warning', key: 'storage.writtenAgainSomeLost', values: { written, refused } }
            : { level: 'info', key: 'storage.writtenAgain', values: { written } },
        ),
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

  /** The highest numeric event id in use (ids the client hands out follow it). */
  get lastEventId(): number {
    return this.lastNumericId;
  }

  /** Every small document kept in the database (the client keeps a copy, so reading one never waits). */
  allMeta(): [string, string][] {
    return this.db
      .prepare('SELECT key, value FROM meta ORDER BY key')
      .all()
      .map((row) => [String(row.key), String(row.value)]);
  }

  /** Commits pending events now; returns how many were written. Throws `unavailable` when they could not be. */
  flush(): number {
    try {
      return this.writer.flush();
    } catch (error) {
      throw unavailable(error);
    }
  }

  /** Why the last commit failed, or null while writing works; pending events are then kept in memory. */
  writeFailure(): WriteFailure | null {
    return this.writer.failingSinceMs === null ? null : (this.lastFailure ?? 'write-failed');
  }

  /** Commits what it can before a read; a read never fails because writing does (the failure was reported). */
  private flushBeforeRead(): void {
    try {
      this.writer.flush();
    } catch {
      // Reported through onError/onNotice; reads see the committed rows plus what is still queued.
    }
  }

  /** Events of one kind overlapping [from, to), ordered by start; pending writes are committed first. */
  eventsBetween<K extends StoredEventKind>(
    kind: K,
    from: number,
    to: number,
  ): Extract<StoredEvent, { kind: K }>[] {
    this.flushBeforeRead();
    const rows = this.rowsBetween(KIND_CODES[kind], from, to).map((row) => fromRow(row, this.strings));
    if (this.writer.pendingCount > 0) return this.withQueued(kind, rows, from, to);
    return rows as Extract<StoredEvent, { kind: K }>[];
  }

  /**
   * Attention time (idle, locked and asleep cut out) per app and site within each span, from the rollup. Spans
   * are cut at 15-minute edges, which every local hour and day falls on. Observations carry app and site but no
   * title: rules are applied to them at read time.
   */
  attentionTotals(spans: readonly Span[]): AttentionTotal[] {
    this.flushBeforeRead();
    return this.rollup.totals(spans, this.rollupSource()).map((row) => ({
      start: spans[row.index]!.start,
      ms: row.ms,
      data: this.observation(row.app, row.site, row.profile),
    }));
  }

  /**
   * Gives window events recorded without a profile (those from before the store recorded it) the profile the
   * schedule gives, split at its edges; returns how many events were assigned. A no-op once every event has one.
   */
  assignProfiles(profilesBetween: (from: number, to: number) => ProfileSpan[]): number {
    this.flush();
    // Nothing to do (the usual case, and the only one a read-only database can answer): no write at all.
    if (!this.db.prepare('SELECT 1 FROM events WHERE kind = 0 AND profile IS NULL LIMIT 1').get()) return 0;
    this.db.exec('BEGIN IMMEDIATE');
    let changed: { start: number; end: number }[];
    try {
      changed = backfillProfiles(this.db, this.strings, profilesBetween, () => ++this.lastNumericId);
      for (const range of changed) {
        this.rollup.touch(range.start, range.end);
        this.facts.touch(range.start, range.end);
      }
      this.rollup.saveDirty();
      this.facts.saveDirty();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.rollup.dropUnsaved();
      this.facts.dropUnsaved();
      this.strings.forget();
      throw error;
    }
    return changed.length;
  }

  /** The [start, end) of window events recorded without a profile (as backfillProfiles asks), or null. */
  unprofiledExtent(): Span | null {
    this.flush();
    const row = this.db
      .prepare(
        `SELECT min(start) AS low, max(start + max(1, duration)) AS high FROM events
         WHERE kind = ${KIND_CODES.window} AND profile IS NULL`,
      )
      .get();
    return row?.low === null || row?.low === undefined
      ? null
      : { start: Number(row.low), end: Number(row.high) };
  }

  /** Deletes events that ended at or before `cutoff`; returns how many. */
  deleteEndedBefore(cutoff: number): number {
    this.flush();
    try {
      return deleteEndedBefore(this.db, cutoff);
    } catch (error) {
      throw unavailable(error);
    } finally {
      this.forgetCaches();
    }
  }

  countEndedBefore(cutoff: number): number {
    this.flush();
    return countEndedBefore(this.db, cutoff);
  }

  /** Deletes every event, including those not yet committed; settings stay. */
  deleteEverything(): number {
    const discarded = this.writer.pendingCount;
    this.writer.discard();
    try {
      const deleted = deleteAllEvents(this.db);
      return deleted + discarded;
    } catch (error) {
      throw unavailable(error);
    } finally {
      this.forgetCaches();
    }
  }

  /** The facts of the built local days in [from, to] (yyyy-mm-dd), as plain data; pending writes first. */
  dayFacts(from: string, to: string): DayFacts[] {
    this.flushBeforeRead();
    return this.facts.read(from, to);
  }

  /** What the Year view sums of the built local days in [from, to] (the crossings as sums); pending writes first. */
  yearDays(from: string, to: string): YearDay[] {
    this.flushBeforeRead();
    return this.facts.readSums(from, to);
  }

  /** Which local days in [from, to] have facts. */
  builtFactDays(from: string, to: string): Set<string> {
    this.flushBeforeRead();
    return this.facts.builtDays(from, to);
  }

  /** Saves whole days' facts; the facts service built them from the events. */
  saveDayFacts(days: readonly DayFacts[]): void {
    this.facts.save(days);
  }

  /** Deletes the facts of local days (in `zone`) whose events changed; returns the marks seen. */
  absorbFactChanges(zone: string): number {
    this.flushBeforeRead();
    return this.facts.absorbDirty((utcDay) => localDaysOfUtcDay(utcDay, zone));
  }

  /** Deletes the facts of these local days (the schedule over them changed). */
  invalidateFacts(days: readonly string[]): void {
    this.facts.invalidate(days);
  }

  /** Drops every fact; the facts service builds them again from the events. */
  dropFacts(): void {
    this.facts.dropAll();
  }

  /** Where the history begins (the earliest event's start), or null when there is none. */
  firstEventStart(): number | null {
    this.flushBeforeRead();
    return this.facts.firstEventStart();
  }

  /** A small document kept in the database (the parent lock's mirror, its tamper log), or null. */
  readMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return row ? String(row.value) : null;
  }

  writeMeta(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  privacySettings(): PrivacySettings {
    return structuredClone(this.settings);
  }

  /** Saves new privacy settings; they apply to every write from now on, including pending ones. */
  updatePrivacySettings(next: PrivacySettings): PrivacySettings {
    try {
      this.settings = writePrivacySettings(this.db, next);
    } catch (error) {
      if (!isSqliteError(error)) throw error;
      throw unavailable(error);
    }
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
    try {
      this.writer.flush();
    } catch {
      // A disk that still refuses them loses what is queued; the user was told when writing first failed.
    } finally {
      this.db.close();
    }
  }

  private commit(events: StoredEvent[]): void {
    let committed = false;
    try {
      inTransaction(this.db, () => {
        for (const event of events) this.upsert(event);
        this.rollup.saveDirty();
        this.facts.saveDirty();
      });
      committed = true;
    } finally {
      // A batch that did not commit may have cached string ids, dirty days and extents that were never stored;
      // keeping any of them would let the retry write events pointing at strings that do not exist.
      if (!committed) this.forgetCaches();
    }
    this.onFlush(events.length);
  }

  /** Committed rows with the queued events of the same kind laid over them (latest write per id wins). */
  private withQueued<K extends StoredEventKind>(
    kind: K,
    rows: StoredEvent[],
    from: number,
    to: number,
  ): Extract<StoredEvent, { kind: K }>[] {
    const byId = new Map(rows.map((event) => [event.id, event]));
    for (const event of this.writer.pendingItems()) {
      if (event.kind !== kind) continue;
      if (event.start < to && event.start + event.duration > from) byId.set(event.id, event);
      else byId.delete(event.id);
    }
    return ([...byId.values()] as Extract<StoredEvent, { kind: K }>[]).sort((a, b) => a.start - b.start);
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
    // Every kind counts in some fact (running in focus kept, pauses in pause time): the days it covered are stale.
    if (old) this.facts.touch(Number(old.start), Number(old.start) + Number(old.duration));
    const values = toValues(event, this.strings);
    this.statements.upsert.run(rowid, ...values, numeric === null ? event.id : null);
    const [kind, start, duration] = values;
    if (kind <= KIND_CODES.presence) this.rollup.touch(start, start + duration);
    this.facts.touch(start, start + duration);
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
          data: { app: Number(row[4]), site: id(row[6]), profile: id(row[10]) },
        })),
      presence: (from, to) =>
        this.rowsBetween(KIND_CODES.presence, from, to).map((row) => ({
          start: Number(row[2]),
          duration: Number(row[3]),
          data: { state: decode(PRESENCE_CODES, Number(row[8])) },
        })),
    };
  }

  private observation(app: number, site: number, profile: number): Observation {
    const key = `${app},${site},${profile}`;
    let data = this.observations.get(key);
    if (!data) {
      data = { app: this.strings.value(app) };
      if (site !== 0) data.site = this.strings.value(site);
      if (profile !== 0) data.profileId = this.strings.value(profile);
      this.observations.set(key, data);
    }
    return data;
  }

  /** Drops every cache that mirrors the database and re-reads the ones it needs from what is really stored. */
  private forgetCaches(): void {
    this.strings.forget();
    this.observations.clear();
    this.rollup.dropUnsaved();
    this.facts.dropUnsaved();
    this.maxDuration.clear();
    for (const row of this.db.prepare('SELECT kind, max_duration FROM kind_extent').all()) {
      this.maxDuration.set(Number(row.kind), Number(row.max_duration));
    }
  }
}

function isSqliteError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { errcode?: unknown }).errcode === 'number'
  );
}

/** A write the disk refused, as the contract reports it; the message names the reason for logs. */
function unavailable(error: unknown): BalansError {
  if (error instanceof BalansError) return error;
  return new WriteFailedError('The usage database', error);
}

function storageNotice(
  level: AppNotice['level'],
  key: string,
  reason: WriteFailure,
  bound: QueueBound,
): AppNotice {
  return { level, key, values: { reason, minutes: Math.round(bound.maxFailingMs / 60_000) } };
}
