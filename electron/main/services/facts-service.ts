import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import type { Categorise } from '../../core/reports/categorise.ts';
import type { ScheduledInterval } from '../../core/reports/crossings.ts';
import type { DayFacts } from '../../core/reports/day-facts.ts';
import { dateRangeSpan, periodsIn, type Period } from '../../core/reports/periods.ts';
import type { FactsProgress } from '../../shared/contract/views.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import { computeDayFacts, type EventReads } from './day-facts-from-store.ts';
import { scheduleChangedDays, scheduleOf, type ScheduleParts } from './facts-staleness.ts';

/** What the facts service needs from the usage store (the store client answers it from the worker). */
export interface FactsStore extends EventReads {
  dayFacts(from: string, to: string): Promise<DayFacts[]>;
  builtFactDays(from: string, to: string): Promise<Set<string>>;
  saveDayFacts(days: readonly DayFacts[]): Promise<void>;
  /**
   * Builds and saves, beside the store, the facts of the ended days from..to that have none (the store's worker
   * does; then no event crosses to main for a build). Without it, the days are built here and saved.
   */
  buildDayFacts?(settings: Settings, now: number, from: string, to: string): Promise<number>;
  /** Deletes the facts of the local days (in `zone`) whose events changed; returns how many marks it saw. */
  absorbFactChanges(zone: string): Promise<number>;
  invalidateFacts(days: readonly string[]): Promise<void>;
  dropFacts(): Promise<void>;
  firstEventStart(): Promise<number | null>;
  readMeta(key: string): string | null;
  writeMeta(key: string, value: string): Promise<void>;
}

export interface FactsServiceDeps {
  store: FactsStore;
  clock: Clock;
  /** The settings in effect (concrete zone): rules, profiles and the schedule the facts are built with. */
  settings: () => Settings;
  categorise: Categorise;
  intervals: (from: number, to: number) => ScheduledInterval[];
  onProgress?: (progress: FactsProgress) => void;
  /** Lets other work run between chunks (default: setImmediate). */
  yieldNow?: () => Promise<void>;
  /**
   * Days built per chunk (one read of the events, one transaction). Default 4: the store's worker builds a chunk in
   * about 30 ms, so a view waits at most that long, and a year builds in two thirds of the time one day a chunk
   * takes (fewer reads, schedule walks and commits).
   */
  chunkDays?: number;
  /** Compute every day from the raw events and keep nothing (the benches' comparison path). */
  raw?: boolean;
}

const BASIS_KEY = 'facts.basis';
const SCHEDULE_KEY = 'facts.schedule';
/**
 * Raised whenever what a day's facts mean changes (2: a check is counted per kind, so chat straight to social media
 * is two; 3: a day keeps its crossings list and its longest stretch whole, for the Week view), so facts built by an
 * older Balans are built again.
 */
const FACTS_MEANING = 3;

/**
 * What categories and profile splits depend on, and what the facts mean: a change re-colours every day, so every
 * fact goes.
 */
function basisOf(settings: Settings): string {
  const basis = {
    meaning: FACTS_MEANING,
    zone: settings.timeZone,
    rules: settings.rules,
    categories: settings.categories.map((c) => c.id),
    profiles: settings.profiles.map((p) => [p.id, p.ruleOverrides]),
  };
  return createHash('sha256').update(JSON.stringify(basis)).digest('base64');
}

/**
 * Keeps the per-day facts in step with the raw events and the settings, builds missing days in the background in
 * chunks (yielding between them, so IPC, tracking and the boundary loop go on), and answers views with the facts
 * of whole past days and live figures for today. Staleness: a write marks its days (FactTables); a change of rules,
 * categories, profiles or zone drops every fact; a schedule change deletes the days whose schedule differs.
 */
export function createFactsService(deps: FactsServiceDeps) {
  const yieldNow = deps.yieldNow ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const chunkDays = deps.chunkDays ?? 4;
  let lastSettings: Settings | null = null;
  let progress: FactsProgress = { running: false, done: 0, total: 0 };
  let lastEmit = 0;
  let generation = 0;
  let lock: Promise<unknown> = Promise.resolve();
  let rebuilding: Promise<void> | null = null;

  /** Runs `work` after every earlier piece of work: the view and the rebuild never build the same day at once. */
  const serial = <T>(work: () => T | Promise<T>): Promise<T> => {
    const next = lock.then(work);
    lock = next.catch(() => undefined);
    return next;
  };

  const zone = () => deps.settings().timeZone;
  const today = () => DateTime.fromMillis(deps.clock.now(), { zone: zone() }).toISODate()!;

  /** Brings the tables in line with the events written and the settings in force; cheap when nothing changed. */
  const sync = async (): Promise<void> => {
    if (deps.raw) return;
    const settings = deps.settings();
    if (settings !== lastSettings) {
      const basis = basisOf(settings);
      const schedule = scheduleOf(settings);
      if (deps.store.readMeta(BASIS_KEY) !== basis) {
        await deps.store.dropFacts();
        generation++;
      } else {
        const saved = deps.store.readMeta(SCHEDULE_KEY);
        if (saved !== JSON.stringify(schedule)) {
          const days =
            saved === null ? null : await changedDays(settings, JSON.parse(saved) as ScheduleParts);
          if (days === null) await deps.store.dropFacts();
          else await deps.store.invalidateFacts(days);
          generation++;
        }
      }
      await deps.store.writeMeta(BASIS_KEY, basis);
      await deps.store.writeMeta(SCHEDULE_KEY, JSON.stringify(schedule));
      lastSettings = settings;
    }
    if ((await deps.store.absorbFactChanges(zone())) > 0) generation++;
  };

  const changedDays = async (settings: Settings, old: ScheduleParts): Promise<string[] | null> => {
    const first = await deps.store.firstEventStart();
    if (first === null) return [];
    return scheduleChangedDays(settings, old, { start: first, end: deps.clock.now() });
  };

  /** Computes the facts of consecutive days from one read of the events over them all. */
  const compute = (days: readonly Period[]): Promise<DayFacts[]> =>
    computeDayFacts(deps.store, days, {
      now: deps.clock.now(),
      zone: zone(),
      categorise: deps.categorise,
      intervals: deps.intervals,
    });

  /** Builds and saves the facts of consecutive ended days, in the store's worker where it can. */
  const buildAndSave = async (days: readonly Period[]): Promise<void> => {
    if (days.length === 0) return;
    if (deps.store.buildDayFacts)
      await deps.store.buildDayFacts(deps.settings(), deps.clock.now(), days[0]!.key, days.at(-1)!.key);
    else await deps.store.saveDayFacts(await compute(days));
  };

  const daysOf = (from: string, to: string): Period[] =>
    periodsIn(dateRangeSpan(from, to, zone()), 'day', zone());

  const emit = (next: FactsProgress, force = false) => {
    progress = next;
    const now = Date.now();
    if (force || now - lastEmit >= 200) {
      lastEmit = now;
      deps.onProgress?.({ ...progress });
    }
  };

  /**
   * Builds and saves the ended days of `periods` that have no facts, a chunk at a time with a yield in between (a
   * year after a rule change never holds up IPC); returns the missing days still going on (today).
   */
  const buildEnded = async (periods: readonly Period[]): Promise<Period[]> => {
    if (periods.length === 0) return [];
    const built = await deps.store.builtFactDays(periods[0]!.key, periods.at(-1)!.key);
    const now = deps.clock.now();
    const missing = periods.filter((d) => !built.has(d.key));
    const toSave = missing.filter((d) => d.end <= now);
    for (let i = 0; i < toSave.length; i += chunkDays) {
      if (i > 0) await yieldNow();
      await buildAndSave(toSave.slice(i, i + chunkDays));
    }
    return missing.filter((d) => d.end > now);
  };

  /** The ended days from the first event to yesterday that have no facts. */
  const missingDays = async (): Promise<Period[]> => {
    const first = await deps.store.firstEventStart();
    if (first === null) return [];
    const z = zone();
    const from = DateTime.fromMillis(first, { zone: z }).toISODate()!;
    const yesterday = DateTime.fromISO(today(), { zone: z }).minus({ days: 1 }).toISODate()!;
    if (yesterday < from) return [];
    const built = await deps.store.builtFactDays(from, yesterday);
    return daysOf(from, yesterday).filter((d) => !built.has(d.key));
  };

  /** Builds every missing day in chunks; one run at a time, started again if the settings change meanwhile. */
  const rebuild = (): Promise<void> => {
    if (deps.raw) return Promise.resolve();
    rebuilding ??= (async () => {
      try {
        let seen = -1;
        let todo: Period[] = [];
        let done = 0;
        for (;;) {
          const chunk = await serial(async () => {
            await sync();
            if (seen !== generation) {
              seen = generation;
              todo = await missingDays();
              done = 0;
              emit({ running: todo.length > 0, done, total: todo.length }, true);
            }
            const days = todo.splice(0, chunkDays);
            await buildAndSave(days);
            return days.length;
          });
          if (chunk === 0) break;
          done += chunk;
          emit({ running: true, done, total: done + todo.length });
          await yieldNow();
        }
        emit({ running: false, done, total: done }, true);
      } finally {
        rebuilding = null;
      }
    })();
    return rebuilding;
  };

  return {
    /**
     * The facts of each local day in [from, to]: saved facts for built past days, built (and saved) now for
     * missing ones, live from the events for today; days after today are left out.
     */
    days(from: string, to: string): Promise<DayFacts[]> {
      return serial(async () => {
        const last = to < today() ? to : today();
        if (last < from) return [];
        const periods = daysOf(from, last);
        if (deps.raw) {
          const out: DayFacts[] = [];
          for (let i = 0; i < periods.length; i += chunkDays)
            out.push(...(await compute(periods.slice(i, i + chunkDays))));
          return out;
        }
        await sync();
        const live = await buildEnded(periods);
        const [saved, liveFacts] = await Promise.all([deps.store.dayFacts(from, last), compute(live)]);
        return [...saved, ...liveFacts].sort((a, b) => (a.day < b.day ? -1 : 1));
      });
    },
    /**
     * Runs `work` with the tables in line with the events written and the settings given to it (the ones synced
     * to), inside the serial lock: no rebuild step, drop or invalidation of main's runs meanwhile, so the store's
     * worker may read, build and save days for the Week and Year views without racing them. With `build`, the
     * ended days of that range that have no facts are built (and saved) first.
     */
    synced<T>(
      work: (settings: Settings, facts: boolean) => Promise<T>,
      build?: { from: string; to: string },
    ): Promise<T> {
      return serial(async () => {
        const settings = deps.settings();
        await sync();
        // The Year view's ended days are built here first, in chunks, rather than in one long worker request.
        if (build && !deps.raw) {
          const last = build.to < today() ? build.to : today();
          if (build.from <= last) await buildEnded(daysOf(build.from, last));
        }
        return work(settings, !deps.raw);
      });
    },
    /** Marks the tables against the settings now and builds what is missing in the background. */
    refresh(): Promise<void> {
      return rebuild();
    },
    progress: (): FactsProgress => ({ ...progress }),
    /** Drops every fact and builds them again (tests and the "drop and rebuild" check). */
    async dropAndRebuild(): Promise<void> {
      await serial(async () => {
        await deps.store.dropFacts();
        generation++;
      });
      await rebuild();
    },
  };
}

export type FactsService = ReturnType<typeof createFactsService>;
