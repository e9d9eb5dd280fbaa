import type { DayFacts } from '../../../core/reports/day-facts.ts';
import { runsOf, type Period } from '../../../core/reports/periods.ts';
import { compileRules } from '../../../core/rules/matcher.ts';
import { scheduledIntervals } from '../../../core/schedule/scheduled-intervals.ts';
import type { WeekView } from '../../../shared/contract/reports.ts';
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
  const from = days[0]!.key;
  const to = days.at(-1)!.key;
  const built = store.builtFactDays(from, to);
  const computed: DayFacts[] = [];
  for (const run of runsOf(days.filter((d) => !built.has(d.key)))) {
    const facts = await computeDayFacts(readsOf(store), run, deps);
    try {
      store.saveDayFacts(facts.filter((_, i) => run[i]!.end <= deps.now));
    } catch {
      // The tables are a cache: on a full or read-only disk the day is built again next time.
    }
    computed.push(...facts);
  }
  return [...store.dayFacts(from, to), ...computed];
}

/**
 * The Week or Month screen, computed beside the store by the same report service main composes, with the settings
 * main has in effect (concrete zone) and its "now". With `facts` (main synced the tables to these settings, in its
 * facts service's lock), the view is composed from the days' stored facts: days whose events changed since are
 * absorbed first (their facts deleted and built again), so a range change reads the raw events of today and of
 * missing days only. Without, every day is built from the raw events (the comparison path). Every read resolves
 * at once, so one view is done before the next request.
 */
export function weekViewInWorker(
  store: UsageStore,
  settings: Settings,
  now: number,
  query: WeekQuery,
  facts: boolean,
): Promise<WeekView> {
  const matcher = matcherOf(settings);
  const zone = settings.timeZone;
  const categorise: DayFactsDeps['categorise'] = (observation) => matcher.categorise(observation);
  const intervals = (from: number, to: number) => scheduledIntervals(settings, from, to);
  if (facts) store.absorbFactChanges(zone);
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
  }).getWeekView(query);
}
