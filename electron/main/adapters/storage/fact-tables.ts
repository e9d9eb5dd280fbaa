import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { z } from 'zod';
import { CHECK_KINDS, type CrossingSegment, type FocusStretch } from '../../../shared/contract/reports.ts';
import { crossingsOf } from '../../../core/reports/crossings.ts';
import type { DayFacts, FactTotal } from '../../../core/reports/day-facts.ts';
import type { YearDay } from '../../../core/reports/year-view.ts';
import { DAY_MS } from './codes.ts';
import type { StringDictionary } from './string-dictionary.ts';
import { inTransaction } from './transaction.ts';

/** yyyy-mm-dd as the integer yyyymmdd the facts are keyed by (sorts like the date). */
export const dayKey = (day: string): number => Number(day.replaceAll('-', ''));
export const dayOfKey = (key: number): string => {
  const s = String(key).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
};

const checkKindsSchema = z.array(
  z.object({ kind: z.enum(CHECK_KINDS), checks: z.int().min(0), gapsMs: z.array(z.number().min(0)) }),
);

/**
 * A day's checks per kind as saved. Every kind is present, in CHECK_KINDS order; one the column lacks (or cannot be
 * read: the tables are a cache, the events stay the truth) counts no checks.
 */
function checksByKindOf(column: string): DayFacts['checksByKind'] {
  const saved = parsed(checkKindsSchema, column, []);
  return CHECK_KINDS.map((kind) => saved.find((k) => k.kind === kind) ?? { kind, checks: 0, gapsMs: [] });
}

/** A saved column read leniently: the tables are a cache (the events stay the truth), so damage reads as `empty`. */
function parsed<T>(schema: z.ZodType<T>, column: string | null, empty: T): T {
  try {
    return column === null ? empty : schema.parse(JSON.parse(column));
  } catch {
    return empty;
  }
}

const CROSSING_KINDS = ['work-in-private', 'social-in-focus'] as const;
/**
 * A crossing as saved: [kind index, start, length, app, site or null, profile or null]. A busy day has a few hundred
 * and the Year reads every day's, so rows are checked by hand rather than by a schema per row (several times
 * slower); a damaged column reads as no crossings.
 */
type SavedCrossing = [0 | 1, number, number, string, string | null, string | null];
const isText = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isSavedCrossing = (row: unknown): row is SavedCrossing =>
  Array.isArray(row) &&
  row.length === 6 &&
  (row[0] === 0 || row[0] === 1) &&
  Number.isFinite(row[1]) &&
  Number.isFinite(row[2]) &&
  (row[2] as number) >= 0 &&
  typeof row[3] === 'string' &&
  isText(row[4]) &&
  isText(row[5]);
const savedCrossingsSchema = z.custom<SavedCrossing[]>(
  (value) => Array.isArray(value) && value.every(isSavedCrossing),
);
/** The day's longest stretch as saved: [start, end, work time, interruptions], or null. */
const savedStretchSchema = z.tuple([z.number(), z.number(), z.number().min(0), z.int().min(0)]).nullable();

const crossingsColumn = (crossings: readonly CrossingSegment[]): string =>
  JSON.stringify(
    crossings.map((c) => [
      CROSSING_KINDS.indexOf(c.kind),
      c.start,
      c.end - c.start,
      c.app,
      c.site ?? null,
      c.profileId ?? null,
    ]),
  );

function crossingsOfColumn(column: string): CrossingSegment[] {
  return parsed(savedCrossingsSchema, column, []).map(([kind, start, ms, app, site, profileId]) => {
    const crossing: CrossingSegment = { kind: CROSSING_KINDS[kind], start, end: start + ms, app };
    if (site !== null) crossing.site = site;
    if (profileId !== null) crossing.profileId = profileId;
    return crossing;
  });
}

const stretchColumn = (stretch: FocusStretch | null): string | null =>
  stretch && JSON.stringify([stretch.start, stretch.end, stretch.workMs, stretch.interruptions]);

function stretchOfColumn(column: string | null): FocusStretch | null {
  const saved = parsed(savedStretchSchema, column, null);
  return saved && { start: saved[0], end: saved[1], workMs: saved[2], interruptions: saved[3] };
}

/**
 * The per-day facts tables (migrations 6, 7 and 8): a cache of what the views sum, keyed by local day and profile, built by
 * the facts service from the raw events. Writes of events mark their UTC days in facts_dirty in the same
 * transaction (so a crash cannot lose the mark); the service turns those marks into deleted local days before it
 * reads. The tables can always be dropped: raw events stay the truth.
 */
export class FactTables {
  private readonly db: DatabaseSync;
  private readonly strings: StringDictionary;
  private readonly touched = new Set<number>();
  private readonly statements: Record<
    | 'markDirty'
    | 'dirty'
    | 'clearDirty'
    | 'deleteDay'
    | 'deleteTotals'
    | 'insertDay'
    | 'insertTotal'
    | 'days'
    | 'sums'
    | 'totals'
    | 'built',
    StatementSync
  >;

  constructor(db: DatabaseSync, strings: StringDictionary) {
    this.db = db;
    this.strings = strings;
    this.statements = {
      markDirty: db.prepare('INSERT OR IGNORE INTO facts_dirty (utc_day) VALUES (?)'),
      dirty: db.prepare('SELECT utc_day FROM facts_dirty ORDER BY utc_day'),
      clearDirty: db.prepare('DELETE FROM facts_dirty WHERE utc_day = ?'),
      deleteDay: db.prepare('DELETE FROM fact_days WHERE day = ?'),
      deleteTotals: db.prepare('DELETE FROM fact_totals WHERE day = ?'),
      insertDay: db.prepare(
        `INSERT INTO fact_days (day, checks, focus_ms, focus_work_ms, pause_ms, active_ms, check_kinds, crossings,
         stretch, work_in_private_ms, social_in_focus_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertTotal: db.prepare(
        `INSERT INTO fact_totals (day, profile, app, site, category, ms) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET ms = ms + excluded.ms`,
      ),
      days: db.prepare(
        `SELECT day, checks, focus_ms, focus_work_ms, pause_ms, active_ms, check_kinds, crossings, stretch
         FROM fact_days WHERE day >= ? AND day <= ? ORDER BY day`,
      ),
      sums: db.prepare(
        `SELECT day, checks, focus_ms, focus_work_ms, pause_ms, active_ms, check_kinds, work_in_private_ms,
         social_in_focus_ms FROM fact_days WHERE day >= ? AND day <= ? ORDER BY day`,
      ),
      totals: db.prepare(
        'SELECT day, profile, app, site, category, ms FROM fact_totals WHERE day >= ? AND day <= ? ORDER BY day',
      ),
      built: db.prepare('SELECT day FROM fact_days WHERE day >= ? AND day <= ?'),
    };
    this.statements.totals.setReturnArrays(true);
    this.statements.days.setReturnArrays(true);
    this.statements.sums.setReturnArrays(true);
  }

  /** Notes that events in [start, end] changed; saved by saveDirty() inside the writer's transaction. */
  touch(start: number, end: number): void {
    for (let day = Math.floor(start / DAY_MS); day <= Math.floor(end / DAY_MS); day++) this.touched.add(day);
  }

  saveDirty(): void {
    for (const day of this.touched) this.statements.markDirty.run(day);
    this.touched.clear();
  }

  dropUnsaved(): void {
    this.touched.clear();
  }

  /**
   * Turns the dirty UTC days into stale local days: deletes the facts of every local day `localDaysOf` names for
   * each, and the marks, in one transaction. Returns how many marks there were.
   */
  absorbDirty(localDaysOf: (utcDay: number) => readonly string[]): number {
    const marks = this.statements.dirty.all().map((row) => Number(row.utc_day));
    if (marks.length === 0) return 0;
    inTransaction(this.db, () => {
      for (const mark of marks) {
        for (const day of localDaysOf(mark)) this.deleteDay(dayKey(day));
        this.statements.clearDirty.run(mark);
      }
    });
    return marks.length;
  }

  /** Deletes the facts of these local days (their schedule changed); they are built again. */
  invalidate(days: readonly string[]): void {
    if (days.length === 0) return;
    inTransaction(this.db, () => days.forEach((day) => this.deleteDay(dayKey(day))));
  }

  /** The local days in [from, to] (yyyy-mm-dd) that have facts. */
  builtDays(from: string, to: string): Set<string> {
    return new Set(this.statements.built.all(dayKey(from), dayKey(to)).map((r) => dayOfKey(Number(r.day))));
  }

  /**
   * Saves the facts of whole days, replacing what they had, in one transaction: an idempotent upsert, so a day
   * built twice (main's rebuild and the worker's Week view) holds one copy, the last one saved.
   */
  save(days: readonly DayFacts[]): void {
    inTransaction(this.db, () => {
      for (const facts of days) {
        const key = dayKey(facts.day);
        this.deleteDay(key);
        // The list's sums, kept beside it (decided by crossingsOf) so the Year reads no list.
        const sums = crossingsOf(facts.crossings);
        this.statements.insertDay.run(
          key,
          facts.checks,
          facts.focusMs,
          facts.focusWorkMs,
          facts.pauseMs,
          facts.activeMs,
          JSON.stringify(facts.checksByKind),
          crossingsColumn(facts.crossings),
          stretchColumn(facts.stretch),
          sums.workInPrivateMs,
          sums.socialInFocusMs,
        );
        for (const t of facts.totals) {
          this.statements.insertTotal.run(
            key,
            t.profileId === null ? 0 : this.strings.intern(t.profileId),
            this.strings.intern(t.app),
            t.site === null ? 0 : this.strings.intern(t.site),
            this.strings.intern(t.category),
            t.ms,
          );
        }
      }
    });
  }

  /** The facts of the built days in [from, to], in day order. */
  read(from: string, to: string): DayFacts[] {
    const byDay = new Map<number, DayFacts>();
    for (const [
      day,
      checks,
      focus,
      focusWork,
      pause,
      active,
      kinds,
      crossings,
      stretch,
    ] of this.statements.days.all(dayKey(from), dayKey(to)) as unknown as [
      number,
      number,
      number,
      number,
      number,
      number,
      string,
      string,
      string | null,
    ][]) {
      byDay.set(day, {
        day: dayOfKey(day),
        totals: [],
        checks,
        crossings: crossingsOfColumn(crossings),
        focusMs: focus,
        focusWorkMs: focusWork,
        stretch: stretchOfColumn(stretch),
        pauseMs: pause,
        activeMs: active,
        checksByKind: checksByKindOf(kinds),
      });
    }
    this.addTotals(byDay, from, to);
    return [...byDay.values()];
  }

  /** What the Year view sums of the built days in [from, to], in day order: the crossings as their sums. */
  readSums(from: string, to: string): YearDay[] {
    const byDay = new Map<number, YearDay>();
    for (const [day, checks, focus, focusWork, pause, active, kinds, wip, sif] of this.statements.sums.all(
      dayKey(from),
      dayKey(to),
    ) as unknown as [number, number, number, number, number, number, string, number, number][]) {
      byDay.set(day, {
        day: dayOfKey(day),
        totals: [],
        checks,
        focusMs: focus,
        focusWorkMs: focusWork,
        pauseMs: pause,
        activeMs: active,
        checksByKind: checksByKindOf(kinds),
        workInPrivateMs: wip,
        socialInFocusMs: sif,
      });
    }
    this.addTotals(byDay, from, to);
    return [...byDay.values()];
  }

  private addTotals(byDay: Map<number, { totals: FactTotal[] }>, from: string, to: string): void {
    const value = (id: number) => (id === 0 ? null : this.strings.value(id));
    for (const [day, profile, app, site, category, ms] of this.statements.totals.all(
      dayKey(from),
      dayKey(to),
    ) as unknown as number[][]) {
      const total: FactTotal = {
        profileId: value(profile!),
        app: this.strings.value(app!),
        site: value(site!),
        category: this.strings.value(category!),
        ms: ms!,
      };
      byDay.get(day!)?.totals.push(total);
    }
  }

  /** Drops every fact (and mark); everything is built again from the events. */
  dropAll(): void {
    this.db.exec('DELETE FROM fact_totals; DELETE FROM fact_days; DELETE FROM facts_dirty;');
  }

  /** The start of the earliest event, or null in an empty store: where the facts begin. */
  firstEventStart(): number | null {
    const row = this.db.prepare('SELECT min(start) AS first FROM events').get();
    return row?.first === null || row?.first === undefined ? null : Number(row.first);
  }

  private deleteDay(key: number): void {
    this.statements.deleteTotals.run(key);
    this.statements.deleteDay.run(key);
  }
}
