import { useTranslation } from 'react-i18next';
import { dateTimeFormat, formatDuration, formatTime, numberFormat } from '../../lib/format.ts';
import type { WeekData } from './load-week.ts';

/** Focus kept, the longest focus stretch and the boundary crossings of the period. */
export function FocusSummary({ data, zone }: { data: WeekData; zone: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const duration = (ms: number) => formatDuration(ms, locale);
  const { focusKept, crossings } = data;
  const longest = data.stretch.longest;
  const share = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ul className="week-focus">
      <li data-testid="focus-kept">
        {focusKept.share === null
          ? t('week.noFocus')
          : t('week.focusKept', {
              share: share.format(focusKept.share),
              work: duration(focusKept.workMs),
              focus: duration(focusKept.focusMs),
            })}
      </li>
      <li data-testid="longest-stretch">
        {longest
          ? t('week.longest', {
              duration: duration(longest.workMs),
              day: dateTimeFormat(locale, {
                weekday: 'long',
                day: 'numeric',
                month: 'short',
                timeZone: zone,
              }).format(longest.start),
              from: formatTime(longest.start, locale, zone),
              until: formatTime(longest.end, locale, zone),
              interruptions: longest.interruptions,
            })
          : t('week.noStretch')}
      </li>
      <li data-testid="week-crossings">
        {t('week.crossings', {
          work: duration(crossings.workInPrivateMs),
          social: duration(crossings.socialInFocusMs),
        })}
      </li>
    </ul>
  );
}
