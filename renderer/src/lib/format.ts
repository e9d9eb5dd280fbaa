// Building an Intl formatter costs far more than formatting with one (a Week screen built six date formatters a
// render; a busy day's timeline formats thousands of times): every formatter of the renderer comes from here, one
// per locale and options, kept. Lint refuses `new Intl.…` anywhere else in the renderer.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();
function kept<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(
  key: string,
  make: () => T,
): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** The date and time formatter for a locale and options, built once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  kept(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** The number formatter for a locale and options, built once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  kept(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** The collator for a locale and options, built once. */
export const collator = (locale: string, options: Intl.CollatorOptions): Intl.Collator =>
  kept(`collator|${locale}|${JSON.stringify(options)}`, () => new Intl.Collator(locale, options));

/** A duration in the user's language: "2 h 5 min", "2 u 5 min", "2 tim 5 min" (Intl, no hand-made plurals). */
export function formatDuration(ms: number, locale: string): string {
  const totalMinutes = Math.round(ms / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  if (minutes === 0) return unit(hours, 'hour');
  return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

/** A calendar date in the user's language, e.g. "Sunday 22 November 2026". */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // Noon UTC keeps the calendar day the same in every zone when formatting a date-only value.
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return dateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** A countdown as the clock shows it: "4:59", "1:05:00". */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** The zone to format instants in: the one main resolved (never 'system'); the page's own until it is known. */
const zoneOption = (timeZone?: string) => (timeZone ? { timeZone } : {});

/** A clock time in the user's language and the settings' zone, e.g. "18:00" or "6:00 PM". */
export function formatTime(ms: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { timeStyle: 'short', ...zoneOption(timeZone) }).format(ms);
}

/** A weekday and time, e.g. "Mon 18:00", "ma 18:00". */
export function formatWeekdayTime(ms: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...zoneOption(timeZone),
  }).format(ms);
}

/** The name of an ISO weekday (1 = Monday), e.g. "Monday", "maandag", "måndag". */
export function weekdayName(day: number, locale: string, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday; noon UTC keeps the day the same when formatted in UTC.
  return dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, day, 12));
}

/** A wall-clock "HH:mm" (as stored in a weekly window) in the user's language: "18:00" or "6:00 PM". */
export function formatClock(time: string, locale: string): string {
  const [h, m] = time.split(':').map(Number);
  return dateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1, h ?? 0, m ?? 0),
  );
}

/** A stored local date-time ("2026-11-20T18:00") as the user reads one: "20 Nov 2026, 18:00". */
export function formatLocalDateTime(local: string, locale: string): string {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0),
  );
}

/** A calendar date in a list, short: "20 Nov 2026", "20 nov. 2026". */
export function formatShortDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12),
  );
}

/** A day and time in the settings' zone, for a list over several days: "Tue 17 Nov, 21:00", "di 17 nov, 21:00". */
export function formatDayTime(ms: number, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...zoneOption(timeZone),
  }).format(ms);
}
