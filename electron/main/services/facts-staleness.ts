import { periodIndex, periodsIn } from '../../core/reports/periods.ts';
import type { Span } from '../../core/reports/intervals.ts';
import { scheduledIntervals } from '../../core/schedule/scheduled-intervals.ts';
import type { Settings } from '../../shared/domain/settings.ts';

/** The parts of the settings the schedule's intervals come from (kept with the facts to diff against later). */
export type ScheduleParts = Pick<Settings, 'windows' | 'manualSwitch' | 'endedEarly' | 'defaultProfileId'>;

export const scheduleOf = (settings: Settings): ScheduleParts => ({
  windows: settings.windows,
  manualSwitch: settings.manualSwitch,
  endedEarly: settings.endedEarly,
  defaultProfileId: settings.defaultProfileId,
});

/**
 * The local days within `history` whose scheduled intervals differ between the settings with `old`'s schedule
 * and `settings`: only those days' crossings and focus figures change. An "End now" or a one-off block touches a
 * day or two; a weekly window, every week it falls in.
 */
export function scheduleChangedDays(settings: Settings, old: ScheduleParts, history: Span): string[] {
  const zone = settings.timeZone;
  const days = periodsIn(history, 'day', zone);
  if (days.length === 0) return [];
  const span = { start: days[0]!.start, end: days.at(-1)!.end };
  const perDay = (s: Settings): string[] => {
    const lists: string[][] = days.map(() => []);
    for (const interval of scheduledIntervals(s, span.start, span.end)) {
      for (let i = Math.max(0, periodIndex(days, interval.start)); i < days.length; i++) {
        const day = days[i]!;
        if (day.start >= interval.end) break;
        const start = Math.max(day.start, interval.start);
        const end = Math.min(day.end, interval.end);
        if (end > start) lists[i]!.push(`${interval.kind}:${interval.profileId ?? ''}:${start}-${end}`);
      }
    }
    return lists.map((list) => list.sort().join('|'));
  };
  const before = perDay({ ...settings, ...old });
  const after = perDay(settings);
  return days.filter((_, i) => before[i] !== after[i]).map((d) => d.key);
}
