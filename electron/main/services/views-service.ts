import { DateTime } from 'luxon';
import type { Clock } from '../../core/clock.ts';
import { yearDayOf, yearView } from '../../core/reports/year-view.ts';
import type { ScheduleView } from '../../shared/contract/settings.ts';
import type { WeekView } from '../../shared/contract/reports.ts';
import type { FactsProgress, ThisWeekView, TodayView, YearView } from '../../shared/contract/views.ts';
import { rangeContaining } from '../../shared/domain/date-range.ts';
import type { LimitProgress } from '../../shared/domain/profiles.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { StoredEvent, StoredEventKind } from '../../shared/domain/usage.ts';
import { dateRangeSpan } from '../../core/reports/periods.ts';
import type { FactsService } from './facts-service.ts';
import type { ReportService, ReportStore, WeekQuery } from './report-service.ts';
import type { TodayService } from './today-service.ts';

export interface ViewsServiceDeps {
  clock: Clock;
  zone: () => string;
  store: ReportStore;
  facts: FactsService;
  /** The report and today services over another store (the today view passes one that reads each kind once). */
  reportsOver: (store: ReportStore) => { reports: ReportService; today: TodayService };
  limits: { getLimitProgress(date?: string): Promise<LimitProgress[]> };
  settings: () => Settings;
  schedule: () => ScheduleView;
  profileIds: () => string[];
  /** A Week or Month range's view, as getWeekView answers it (in the store's worker where there is one). */
  weekView: (query: WeekQuery) => Promise<WeekView>;
  /** The Year view computed beside the store (its worker); without, it is summed here from the facts. */
  yearView?: (year: number) => Promise<YearView>;
}

/**
 * A store that reads each kind of event once over `span` and answers every read inside it from that list: the
 * Today view asks the existing report functions (one fact decided in one place) without reading the day twice.
 */
function readOnce(store: ReportStore, span: { start: number; end: number }): ReportStore {
  const cache = new Map<StoredEventKind, Promise<StoredEvent[]>>();
  return {
    async eventsBetween<K extends StoredEventKind>(kind: K, from: number, to: number) {
      if (from < span.start || to > span.end) return store.eventsBetween(kind, from, to);
      let all = cache.get(kind);
      if (!all) cache.set(kind, (all = store.eventsBetween(kind, span.start, span.end)));
      return (await all).filter((e) => e.start < to && e.start + e.duration > from) as Extract<
        StoredEvent,
        { kind: K }
      >[];
    },
    attentionTotals: (spans) => store.attentionTotals(spans),
  };
}

/** One call per screen: the Today, this week's and Year views, and the facts' rebuild progress. */
export function createViewsService(deps: ViewsServiceDeps) {
  /** Today's local date by main's clock, in the zone everything is shown in. */
  const todayDate = () => DateTime.fromMillis(deps.clock.now(), { zone: deps.zone() }).toISODate()!;
  return {
    async getYearView(year: number): Promise<YearView> {
      if (deps.yearView) return deps.yearView(year);
      const days = await deps.facts.days(`${year}-01-01`, `${year}-12-31`);
      return yearView(year, deps.zone(), days.map(yearDayOf), deps.profileIds());
    },

    async getThisWeekView(): Promise<ThisWeekView> {
      // The settings of the moment the call came in: the view is built with the ones in effect then, too.
      const settings = deps.settings();
      const date = todayDate();
      const range = rangeContaining(date, 'week');
      return { settings, today: date, range, view: await deps.weekView(range) };
    },

    async getTodayView(): Promise<TodayView> {
      const zone = deps.zone();
      const date = todayDate();
      const { reports, today } = deps.reportsOver(readOnce(deps.store, dateRangeSpan(date, date, zone)));
      const [totals, apps, timeline, checks, crossings, limits] = await Promise.all([
        today.getDayTotals(date),
        reports.getAppUsage({ from: date, to: date }),
        reports.getDayTimeline({ date }),
        reports.getChecks({ from: date, to: date }),
        reports.getBoundaryCrossings({ from: date, to: date }),
        deps.limits.getLimitProgress(date),
      ]);
      return {
        totals,
        apps,
        timeline,
        checks,
        crossings,
        limits,
        settings: deps.settings(),
        schedule: deps.schedule(),
      };
    },

    getFactsProgress: (): FactsProgress => deps.facts.progress(),
  };
}

export type ViewsService = ReturnType<typeof createViewsService>;
