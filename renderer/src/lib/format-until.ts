import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { formatTime, formatWeekdayTime } from './format.ts';

/**
 * When something ends, as a sentence can say it: "8:00 PM" today, "tomorrow 8:00 PM", or a weekday beyond. A
 * time on a later day always says so: "until 8:00 PM" at 21:10 would be read as an hour ago.
 */
export function formatUntil(t: TFunction, at: number, now: number, locale: string, zone: string): string {
  const day = (ms: number) => DateTime.fromMillis(ms, { zone }).startOf('day');
  const days = Math.round(day(at).diff(day(now), 'days').days);
  const time = formatTime(at, locale, zone);
  if (days <= 0) return t('pause.todayAt', { time });
  if (days === 1) return t('pause.tomorrowAt', { time });
  return formatWeekdayTime(at, locale, zone);
}
