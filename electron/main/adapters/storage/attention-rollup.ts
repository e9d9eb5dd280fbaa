import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { attentionSegments } from '../../../core/reports/attention.ts';
import type { PresenceState } from '../../../shared/domain/usage.ts';
import { BUCKET_MS, DAY_MS } from './codes.ts';
import { inTransaction } from './transaction.ts';

/** Interned ids of a window's app, site and profile; 0 means "no site" or "no profile". */
export interface WindowKey {
  app: number;
  site: number;
  profile: number;
}

/** Raw rows the rollup is rebuilt from, read by the store. */
export interface RollupSource {
  windows(from: number, to: number): { start: number; duration: number; data: WindowKey }[];
  presence(from: number, to: number): { start: number; duration: number; data: { state: PresenceState } }[];
}

/** One bucket's attention of one app, site and profile. */
interface BucketRow extends WindowKey {
  bucket: number;
  ms: number;
}

export interface RollupRow extends WindowKey {
  /** Which of the requested spans the row belongs to. */
  index: number;
  ms: number;
}

/**
 * Attention time per 15-minute bucket, app, site and profile, cached in attention_rollup. Any write touching a UTC day marks
 * it dirty; reads rebuild dirty days first, so the cache never disagrees with the events.
 */
export class AttentionRollup {
  private readonly db: DatabaseSync;
  private readonly dirtyInBatch = new Set<number>();
  private readonly insertDirty: StatementSync;
  private readonly selectDirty: StatementSync;
  private readonly deleteDirty: StatementSync;
  private readonly deleteBuckets: StatementSync;
  private readonly insertRow: StatementSync;
  private readonly sumRows: StatementSync;
  private readonly bucketRows: StatementSync;

  constructor(db: DatabaseSync) {
    this.db = db;
    this.insertDirty = db.prepare('INSERT OR IGNORE INTO rollup_dirty (day) VALUES (?)');
    this.selectDirty = db.prepare('SELECT day FROM rollup_dirty WHERE day >= ? AND day < ? ORDER BY day');
    this.deleteDirty = db.prepare('DELETE FROM rollup_dirty WHERE day = ?');
    this.deleteBuckets = db.prepare('DELETE FROM attention_rollup WHERE bucket >= ? AND bucket < ?');
    this.insertRow = db.prepare(
      'INSERT INTO attention_rollup (bucket, app, site, profile, ms) VALUES (?, ?, ?, ?, ?)',
    );
    this.sumRows = db.prepare(
      `SELECT app, site, profile, sum(ms) FROM attention_rollup WHERE bucket >= ? AND bucket < ?
       GROUP BY app, site, profile`,
    );
    this.sumRows.setReturnArrays(true);
    this.bucketRows = db.prepare(
      'SELECT bucket, app, site, profile, ms FROM attention_rollup WHERE bucket >= ? AND bucket < ?',
    );
    this.bucketRows.setReturnArrays(true);
  }

  /** Notes that [start, end) changed; persisted by saveDirty() inside the writer's transaction. */
  touch(start: number, end: number): void {
    for (let day = Math.floor(start / DAY_MS); day <= Math.floor(end / DAY_MS); day++)
      this.dirtyInBatch.add(day);
  }

  /** Writes the days touched in this batch; call inside the transaction that changed the events. */
  saveDirty(): void {
    for (const day of this.dirtyInBatch) this.insertDirty.run(day);
    this.dirtyInBatch.clear();
  }

  /** Forgets touched days of a batch that was rolled back. */
  dropUnsaved(): void {
    this.dirtyInBatch.clear();
  }

  /**
   * Attention per app and site within each span (spans are cut at bucket edges: whole local hours and days in
   * every zone). Summed in SQLite, one range scan per span, so a year of days returns a few thousand rows.
   * Dirty days in the range are rebuilt first.
   */
  totals(spans: readonly { start: number; end: number }[], source: RollupSource): RollupRow[] {
    if (spans.length === 0) return [];
    const from = Math.min(...spans.map((s) => s.start));
    const to = Math.max(...spans.map((s) => s.end));
    const unsaved = this.rebuildDirty(Math.floor(from / DAY_MS), Math.ceil(to / DAY_MS), source);
    const rows: RollupRow[] = [];
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index]!;
      const fromBucket = Math.ceil(span.start / BUCKET_MS);
      const toBucket = Math.ceil(span.end / BUCKET_MS);
      if (unsaved.size === 0) {
        for (const [app, site, profile, ms] of this.sumRows.all(
          fromBucket,
          toBucket,
        ) as unknown as number[][])
          rows.push({ index, app: app!, site: site!, profile: profile!, ms: ms! });
      } else {
        for (const row of this.mergedRows(fromBucket, toBucket, unsaved)) rows.push({ index, ...row });
      }
    }
    return rows;
  }

  /**
   * Rebuilds the dirty days in range and saves them. When the disk refuses the save (full, read-only), the days
   * stay dirty and their rebuilt rows are returned, so reports still answer from the events.
   */
  private rebuildDirty(fromDay: number, toDay: number, source: RollupSource): Map<number, BucketRow[]> {
    const days = this.selectDirty.all(fromDay, toDay).map((row) => Number(row.day));
    const rebuilt = new Map(days.map((day) => [day, this.computeDay(day, source)]));
    if (days.length === 0) return rebuilt;
    try {
      inTransaction(this.db, () => {
        for (const [day, rows] of rebuilt) this.saveDay(day, rows);
      });
      return new Map();
    } catch {
      return rebuilt;
    }
  }

  /** Saved rows of clean days with the rebuilt rows of unsaved days, summed per app, site and profile. */
  private mergedRows(
    fromBucket: number,
    toBucket: number,
    unsaved: Map<number, BucketRow[]>,
  ): (WindowKey & { ms: number })[] {
    const sums = new Map<string, WindowKey & { ms: number }>();
    const add = (app: number, site: number, profile: number, ms: number) => {
      const key = `${app},${site},${profile}`;
      const sum = sums.get(key);
      if (sum) sum.ms += ms;
      else sums.set(key, { app, site, profile, ms });
    };
    const dayOf = (bucket: number) => Math.floor((bucket * BUCKET_MS) / DAY_MS);
    for (const [bucket, app, site, profile, ms] of this.bucketRows.all(
      fromBucket,
      toBucket,
    ) as unknown as number[][])
      if (!unsaved.has(dayOf(bucket!))) add(app!, site!, profile!, ms!);
    for (const rows of unsaved.values())
      for (const row of rows)
        if (row.bucket >= fromBucket && row.bucket < toBucket) add(row.app, row.site, row.profile, row.ms);
    return [...sums.values()];
  }

  private computeDay(day: number, source: RollupSource): BucketRow[] {
    const range = { start: day * DAY_MS, end: (day + 1) * DAY_MS };
    const segments = attentionSegments(
      source.windows(range.start, range.end),
      source.presence(range.start, range.end),
      range,
    );
    const totals = new Map<string, BucketRow>();
    for (const segment of segments) {
      // Split at bucket edges so each bucket holds only its own milliseconds.
      for (let at = segment.start; at < segment.end;) {
        const bucket = Math.floor(at / BUCKET_MS);
        const until = Math.min(segment.end, (bucket + 1) * BUCKET_MS);
        const { app, site, profile } = segment.data;
        const key = `${bucket},${app},${site},${profile}`;
        const row = totals.get(key);
        if (row) row.ms += until - at;
        else totals.set(key, { bucket, app, site, profile, ms: until - at });
        at = until;
      }
    }
    return [...totals.values()];
  }

  private saveDay(day: number, rows: readonly BucketRow[]): void {
    this.deleteBuckets.run((day * DAY_MS) / BUCKET_MS, ((day + 1) * DAY_MS) / BUCKET_MS);
    for (const r of rows) this.insertRow.run(r.bucket, r.app, r.site, r.profile, r.ms);
    this.deleteDirty.run(day);
  }
}
