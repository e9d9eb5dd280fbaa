import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactsProgress } from '../../../../electron/shared/contract/views.ts';
import { StackedBars } from '../../charts/StackedBars.tsx';
import { yearCategoryBars, yearProfileBars } from '../../charts/year-bars.ts';
import { Empty, ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { dateTimeFormat, formatDuration } from '../../lib/format.ts';
import { withShownNames } from '../../lib/profile-name.ts';
import { useCall } from '../../lib/use-call.ts';
import { useState } from 'react';
import type { WeekBase } from './load-week.ts';
import { YearChecksTable } from '../review/YearChecksTable.tsx';

/** Marks the benchmark times the Year view by (click → data → rendered). */
export const YEAR_MARKS = { data: 'balans:year:data', rendered: 'balans:year:rendered' } as const;

/** The rebuild of the per-day facts, while it runs: a large one (a rule change over years) takes seconds. */
function FactsRebuild() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<FactsProgress | null>(null);
  useEffect(() => {
    const api = balans();
    void api.getFactsProgress(undefined).then((r) => r.ok && setProgress(r.data));
    return api.on('factsProgress', setProgress);
  }, []);
  if (!progress?.running || progress.total === 0) return null;
  return (
    <p className="hint" data-testid="facts-progress">
      <label>
        {t('year.rebuilding', { done: progress.done, total: progress.total })}{' '}
        <progress max={progress.total} value={progress.done} />
      </label>
    </p>
  );
}

/** The year's month-by-month trend per category and per profile, from one getYearView call. */
export function YearReport({ year, base, version }: { year: number; base: WeekBase; version: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const view = useCall(async () => {
    const result = await balans().getYearView({ year });
    performance.mark(YEAR_MARKS.data, { detail: String(year) });
    return result;
  }, `year:${year}#${version}`);
  const ready = view.status === 'ready' ? view.data : null;
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() =>
      performance.mark(YEAR_MARKS.rendered, { detail: String(year) }),
    );
    return () => cancelAnimationFrame(frame);
  }, [ready, year]);
  const monthName = dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const labelOfMonth = (month: string) => monthName.format(Date.parse(`${month}-15T12:00Z`));
  const labelOfCategory = (category: string) => t(`category.${category}`, { defaultValue: category });
  const minutes = (value: number) => formatDuration(value * 60_000, locale);
  return (
    <>
      <FactsRebuild />
      {view.status === 'loading' && <Loading />}
      {view.status === 'error' && <ErrorState failure={view.failure} onRetry={view.reload} />}
      {ready && ready.months.every((m) => m.totalMs === 0) && <Empty message={t('week.empty')} />}
      {ready && ready.months.some((m) => m.totalMs > 0) && (
        <div className="week-report" data-range={`year:${year}`}>
          <p className="big" data-testid="year-total">
            {t('week.total', {
              duration: formatDuration(
                ready.months.reduce((sum, m) => sum + m.totalMs, 0),
                locale,
              ),
            })}
          </p>
          <h2>{t('year.byMonth')}</h2>
          <StackedBars
            {...yearCategoryBars(ready, labelOfMonth, labelOfCategory)}
            xKey="month"
            label={t('year.byMonthLabel', { year })}
            formatMinutes={minutes}
            testId="year-category-chart"
          />
          <h2>{t('year.byProfile')}</h2>
          <StackedBars
            {...yearProfileBars(ready, labelOfMonth, withShownNames(base.settings.profiles, t))}
            xKey="month"
            label={t('year.byProfileLabel', { year })}
            formatMinutes={minutes}
            testId="year-profile-chart"
            height={220}
          />
          <h2>{t('review.checksByMonth')}</h2>
          <YearChecksTable months={ready.months} labelOfMonth={labelOfMonth} />
        </div>
      )}
    </>
  );
}
