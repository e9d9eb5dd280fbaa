import type { DayFacts } from '../../../core/reports/day-facts.ts';
import { dateRangeSpan, periodsIn, type Period } from '../../../core/reports/periods.ts';
import { yearDayOf, yearView, type YearDay } from '../../../core/reports/year-view.ts';
import { compileRules } from '../../../core/rules/matcher.ts';
import { scheduledIntervals } from '../../../core/schedule/scheduled-intervals.ts';
import { DateTime } from 'luxon';
import type { CrossingSegment, WeekView } from '../../../shared/contract/reports.ts';
import type { YearView } from '../../../shared/contract/views.ts';
import type { Settings } from '../../../shared/domain/settings.ts';
import { computeDayFacts, type DayFactsDeps } from '../../services/day-facts-from-store.ts';
import { createReportService, type ReportStore, type WeekQuery } from '../../services/report-service.ts';
import type { UsageStore } from './usage-store.ts';

/** The store's reads as the report service takes them; answered at once, since this is the store's own thread. */
const readsOf = (store: UsageStore): ReportStore => ({
  eventsBetween: (kind, from, to) => Promise.resolve(store.eventsBetween(kind, from, to)),
  attentionTotals: (spans) => Promise.resolve(store.attentionTotals(spans)),
});

let compiled: { settings: Settings; key: string; matcher: ReturnType<typeof compileRules> } | null = null;

/** The rules of these settings, compiled once for as long as they stay the same. */
function matcherOf(settings: Settings) {
  const key = JSON.stringify([settings.rules, settings.profiles.map((p) => p.ruleOverrides)]);
  if (compiled?.key !== key) compiled = { settings, key, matcher: compileRules(settings) };
  return compiled.matcher;
}

/**
 * The facts of the days from the store's tables: saved days as they are, missing ended days built from the raw
 * events and saved (as the facts service's days() does), days still going on (today) built and not kept.
 */
async function storedDayFacts(
  store: UsageStore,
  days: readonly Period[],
  deps: DayFactsDeps,
): Promise<DayFacts[]> {
  if (days.length === 0) return [];
  const computed = await buildMissing(store, days, deps);
  return [...store.dayFacts(days[0]!.key, days.at(-1)!.key), ...computed];
}

/**
 * The facts service's background build, beside the store: the ended days from..to that have no facts, built from
 * the raw events with main's settings and saved; answers how many were built. Reading a day's 1,500 events here
 * rather than sending them to main halves a rebuild's work and leaves main's thread alone.
 */
export async function buildDayFactsInWorker(
  store: UsageStore,
  settings: Settings,
  now: number,
  from: string,
  to: string,
): Promise<number> {
  // Main absorbed the write marks in its lock just before (sync); absorbing here would hide them from its count.
  const { zone, categorise, intervals } = contextOf(settings);
  const ended = periodsIn(dateRangeSpan(from, to, zone), 'day', zone).filter((d) => d.end <= now);
  if (ended.length === 0) return 0;
  return (await buildMissing(store, ended, { now, zone, categorise, intervals })).length;
}

/** The days without facts built from the raw events now, the ended ones saved; returns them all. */
async function buildMissing(
  store: UsageStore,
  days: readonly Period[],
  deps: DayFactsDeps,
): Promise<DayFacts[]> {
  const built = store.builtFactDays(days[0]!.key, days.at(-1)!.key);
  const missing = days.filter((d) => !built.has(d.key));
  if (missing.length === 0) return [];
  const computed = await computeDayFacts(readsOf(store), missing, deps);
  try {
    store.saveDayFacts(computed.filter((_, i) => missing[i]!.end <= deps.now));
  } catch {
    // The tables are a cache: on a full or read-only disk the day is built again next time.
  }
  return computed;
}

/** What the views and the build compute with, from main's settings. */
function contextOf(settings: Settings) {
  const matcher = matcherOf(settings);
  const zone = settings.timeZone;
  const categorise: DayFactsDeps['categorise'] = (observation) => matcher.categorise(observation);
  const intervals = (from: number, to: number) => scheduledIntervals(settings, from, to);
  return { matcher, zone, categorise, intervals };
}

/** A view from the stored facts first deletes the days whose events changed since main's sync (write marks). */
function absorbFor(store: UsageStore, zone: string, facts: boolean): void {
  if (facts) store.absorbFactChanges(zone);
}

/**
 * The report service main composes, beside the store, with the settings main has in effect (concrete zone) and
 * its "now", for the Week or Month screen and its crossing list. With `facts` (main synced the tables to these
 * settings, in its facts service's lock), days come from their stored facts: days whose events changed since are
 * absorbed first (their facts deleted and built again), so a range change reads the raw events of today and of
 * missing days only. Without, every day is built from the raw events (the comparison path). Every read resolves
 * at once, so one answer is done before the next request.
 */
function rangeReports(store: UsageStore, settings: Settings, now: number, facts: boolean) {
  const { matcher, zone, categorise, intervals } = contextOf(settings);
  absorbFor(store, zone, facts);
  return createReportService({
    store: readsOf(store),
    clock: { now: () => now },
    zone: () => zone,
    categorise,
    readsTitles: () => matcher.readsTitles,
    intervals,
    profileIds: () => settings.profiles.map((p) => p.id),
    ...(facts && {
      dayFacts: (days: readonly Period[]) =>
        storedDayFacts(store, days, { now, zone, categorise, intervals }),
    }),
  });
}

/** The Week or Month screen (`getWeekView`), computed beside the store (see rangeReports). */
export function weekViewInWorker(
  store: UsageStore,
  settings: Settings,
  now: number,
  query: WeekQuery,
  facts: boolean,
): Promise<WeekView> {
  return rangeReports(store, settings, now, facts).getWeekView(query);
}

/** Each crossing of a Week or Month range (`getCrossingList`), from the days the view counts. */
export function crossingListInWorker(
  store: UsageStore,
  settings: Settings,
  now: number,
  query: WeekQuery,
  facts: boolean,
): Promise<CrossingSegment[]> {
  return rangeReports(store, settings, now, facts).getCrossingList(query);
}

/**
 * The Year screen beside the store: `yearView` over the year's days' facts up to today, so main never receives
 * (and deserialises) 365 days of facts. Main built the ended days first (`facts.synced` with a range, in chunks);
 * what is still missing here (a day written to since, and today) is built now, ended days saved. Without `facts`,
 * every day is built from the raw events.
 */
export async function yearViewInWorker(
  store: UsageStore,
  settings: Settings,
  now: number,
  year: number,
  facts: boolean,
): Promise<YearView> {
  const { zone, categorise, intervals } = contextOf(settings);
  absorbFor(store, zone, facts);
  const deps = { now, zone, categorise, intervals };
  const today = DateTime.fromMillis(now, { zone }).toISODate()!;
  const last = `${year}-12-31` < today ? `${year}-12-31` : today;
  const periods =
    `${year}-01-01` <= last ? periodsIn(dateRangeSpan(`${year}-01-01`, last, zone), 'day', zone) : [];
  let days: YearDay[];
  if (!facts) days = (await computeDayFacts(readsOf(store), periods, deps)).map(yearDayOf);
  else if (periods.length === 0) days = [];
  else {
    const computed = (await buildMissing(store, periods, deps)).map(yearDayOf);
    days = [...store.yearDays(periods[0]!.key, periods.at(-1)!.key), ...computed];
  }
  return yearView(
    year,
    zone,
    days,
    settings.profiles.map((p) => p.id),
  );
}
