import { DateTime } from 'luxon';

/** The summary comes on Monday from this local hour on. */
export const WEEKLY_SUMMARY_HOUR = 9;

/** The ISO week (yyyy-Www) whose summary is due at `now`, or null when it is not Monday morning yet. */
export function weeklySummaryDue(now: number, zone: string, lastSentWeek: string | null): string | null {
  const local = DateTime.fromMillis(now, { zone });
  if (local.weekday !== 1 || local.hour < WEEKLY_SUMMARY_HOUR) return null;
  const week = `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
  return week === lastSentWeek ? null : week;
}
