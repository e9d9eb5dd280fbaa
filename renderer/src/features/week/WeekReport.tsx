import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryDayBars, categoryTrend, profileDayBars } from '../../charts/day-bars.ts';
import { StackedBars } from '../../charts/StackedBars.tsx';
import { Empty } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { formatDuration, formatShortDate } from '../../lib/format.ts';
import { dayLabeller } from './format-range.ts';
import { AppSiteTable } from './AppSiteTable.tsx';
import { FocusSummary } from './FocusSummary.tsx';
import { WEEK_MARKS, type WeekBase, type WeekData } from './load-week.ts';
import { PausesSummary } from './PausesSummary.tsx';
import { TrendTable } from './TrendTable.tsx';
import { isFuture } from '../../../../electron/shared/domain/date-range.ts';
import { withShownNames } from '../../lib/profile-name.ts';
import { useFirstFrameDrawn } from '../../lib/use-first-frame-drawn.ts';
import { ChecksTable } from '../review/ChecksTable.tsx';
import { CrossingsDrillDown } from '../review/CrossingsDrillDown.tsx';

/**
 * The figures of one week or month, once its data has arrived. Memoised: on a range change the last range stays
 * on screen while the next loads, and drawing it again would hold up the next range's call by a whole render.
 */
export const WeekReport = memo(function WeekReport({ data, base }: { data: WeekData; base: WeekBase }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { range } = data;
  const belowInView = useFirstFrameDrawn();
  useEffect(() => {
    // The frame after the commit is when the user sees the bars: that is what the benchmark times.
    const frame = requestAnimationFrame(() =>
      performance.mark(WEEK_MARKS.rendered, { detail: `${range.kind}:${range.from}` }),
    );
    return () => cancelAnimationFrame(frame);
  }, [range]);

  const totalMs = data.totals.periods.reduce((sum, p) => sum + p.totalMs, 0);
  if (totalMs === 0) return <Empty message={t(isFuture(range, base.today) ? 'week.future' : 'week.empty')} />;

  const labelOfDay = dayLabeller(range.kind, locale);
  const labelOfCategory = (category: string) => t(`category.${category}`, { defaultValue: category });
  const minutes = (value: number) => formatDuration(value * 60_000, locale);
  const dates = { from: formatShortDate(range.from, locale), to: formatShortDate(range.to, locale) };
  const byCategory = categoryDayBars(data.totals, labelOfDay, labelOfCategory);
  const profiles = withShownNames(base.settings.profiles, t);
  const byProfile = profileDayBars(profiles, data.byProfile, labelOfDay);

  return (
    <div className="week-report" data-range={`${range.kind}:${range.from}`}>
      <p className="big" data-testid="week-total">
        {t('week.total', { duration: formatDuration(totalMs, locale) })}
      </p>
      <h2>{t('week.byDay')}</h2>
      <StackedBars
        data={byCategory.rows}
        xKey="day"
        series={byCategory.series}
        label={t('week.byDayLabel', dates)}
        formatMinutes={minutes}
        testId="week-category-chart"
      />
      <h2>{t('week.byProfile')}</h2>
      <StackedBars
        data={byProfile.rows}
        xKey="day"
        series={byProfile.series}
        label={t('week.byProfileLabel', dates)}
        formatMinutes={minutes}
        testId="week-profile-chart"
        height={220}
      />
      {belowInView && (
        <>
          <h2>{t('week.apps')}</h2>
          <AppSiteTable apps={data.apps} caption={t('week.appsCaption', dates)} />
          <h2>{t('week.trend')}</h2>
          <TrendTable
            trend={categoryTrend(sinceComparedFrom(data), data.previousTotals)}
            caption={t('week.trendCaption', {
              from: formatShortDate(data.comparison.current.from, locale),
              to: formatShortDate(data.comparison.current.to, locale),
              previousFrom: formatShortDate(data.comparison.previous.from, locale),
              previousTo: formatShortDate(data.comparison.previous.to, locale),
            })}
          />
          <h2>{t('week.focus')}</h2>
          <FocusSummary data={data} zone={data.totals.zone} />
          <CrossingsDrillDown
            count={data.crossings.count}
            loadList={() => balans().getCrossingList({ from: range.from, to: range.to })}
            listKey={`${range.from}:${range.to}`}
            zone={data.totals.zone}
            profileName={(id) => profiles.find((p) => p.id === id)?.name ?? id}
            withDay
          />
          <h2>{t('review.checks')}</h2>
          <ChecksTable split={data.checks} />
          <h2>{t('week.pauses')}</h2>
          <PausesSummary pauses={data.pauses} zone={data.totals.zone} />
        </>
      )}
    </div>
  );
});

/** The range's days that are compared (up to today): days to come have nothing, but a clock set back might. */
const sinceComparedFrom = ({ totals, comparison }: WeekData): WeekData['totals'] => ({
  ...totals,
  periods: totals.periods.filter((p) => p.period <= comparison.current.to),
});
