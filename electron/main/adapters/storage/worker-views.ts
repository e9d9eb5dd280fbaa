import { compileRules } from '../../../core/rules/matcher.ts';
import { scheduledIntervals } from '../../../core/schedule/scheduled-intervals.ts';
import type { WeekView } from '../../../shared/contract/reports.ts';
import type { Settings } from '../../../shared/domain/settings.ts';
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
 * The Week or Month screen, computed beside the store by the same report service main composes, with the settings
 * main has in effect (concrete zone) and its "now": reading 45,000 events a month and deriving the cards from them
 * never holds up the main thread. Every read resolves at once, so one view is done before the next request.
 */
export function weekViewInWorker(
  store: UsageStore,
  settings: Settings,
  now: number,
  query: WeekQuery,
): Promise<WeekView> {
  const matcher = matcherOf(settings);
  return createReportService({
    store: readsOf(store),
    clock: { now: () => now },
    zone: () => settings.timeZone,
    categorise: (observation) => matcher.categorise(observation),
    readsTitles: () => matcher.readsTitles,
    intervals: (from, to) => scheduledIntervals(settings, from, to),
    profileIds: () => settings.profiles.map((p) => p.id),
  }).getWeekView(query);
}
