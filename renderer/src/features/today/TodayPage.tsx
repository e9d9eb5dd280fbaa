import { useTranslation } from 'react-i18next';
import { categoryBars } from '../../charts/category-bars.ts';
import { Empty, ErrorState, Loading } from '../../components/StateViews.tsx';
import { balans } from '../../lib/balans.ts';
import { formatDate, formatDuration } from '../../lib/format.ts';
import { useCall } from '../../lib/use-call.ts';
import { CategoryChart } from './CategoryChart.tsx';

/** Where today's time went: per category as a chart, and the top apps and sites. */
export function TodayPage() {
  const { t, i18n } = useTranslation();
  const totals = useCall(() => balans().getDayTotals(undefined), 'today');
  const locale = i18n.language;
  const labelOf = (category: string) => t(`category.${category}`, { defaultValue: category });

  return (
    <section aria-labelledby="today-title" className="page">
      <h1 id="today-title">{t('today.title')}</h1>
      {totals.status === 'loading' && <Loading />}
      {totals.status === 'error' && <ErrorState failure={totals.failure} onRetry={totals.reload} />}
      {totals.status === 'ready' && (
        <>
          <p className="subtitle" data-testid="today-date">
            {formatDate(totals.data.date, locale)}
          </p>
          {totals.data.totalMs === 0 ? (
            <Empty message={t('today.empty')} />
          ) : (
            <>
              <p data-testid="today-total">
                {t('today.total', { duration: formatDuration(totals.data.totalMs, locale) })}
              </p>
              <h2>{t('today.byCategory')}</h2>
              <CategoryChart
                bars={categoryBars(totals.data, labelOf)}
                label={t('today.chartLabel')}
                formatMinutes={(minutes) => formatDuration(minutes * 60_000, locale)}
              />
              <h2>{t('today.topApps')}</h2>
              <table className="top-apps">
                <thead>
                  <tr>
                    <th scope="col">{t('today.app')}</th>
                    <th scope="col">{t('today.category')}</th>
                    <th scope="col">{t('today.time')}</th>
                  </tr>
                </thead>
                <tbody>
                  {totals.data.byApp.slice(0, 8).map((app) => (
                    <tr key={`${app.category}:${app.app}`}>
                      <td>{app.app}</td>
                      <td>{labelOf(app.category)}</td>
                      <td>{formatDuration(app.ms, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
