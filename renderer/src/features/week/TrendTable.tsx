import { useTranslation } from 'react-i18next';
import type { CategoryTrend } from '../../charts/day-bars.ts';
import { categoryColor } from '../../charts/palette.ts';
import { formatDuration, numberFormat } from '../../lib/format.ts';

/** Time per category now and in the previous period, with the change as a signed percentage. */
export function TrendTable({ trend, caption }: { trend: CategoryTrend[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const percent = numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 0,
  });
  return (
    <table className="week-trend" data-testid="week-trend">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('week.category')}</th>
          <th scope="col">{t('week.now')}</th>
          <th scope="col">{t('week.before')}</th>
          <th scope="col">{t('week.change')}</th>
        </tr>
      </thead>
      <tbody>
        {trend.map((row) => (
          <tr key={row.category} data-category={row.category}>
            <th scope="row">
              {row.category !== 'total' && (
                <span
                  className="swatch"
                  style={{ background: categoryColor(row.category) }}
                  aria-hidden="true"
                />
              )}
              {row.category === 'total'
                ? t('week.totalRow')
                : t(`category.${row.category}`, { defaultValue: row.category })}
            </th>
            <td>{formatDuration(row.currentMs, locale)}</td>
            <td>{formatDuration(row.previousMs, locale)}</td>
            <td>{row.change === null ? t('week.noChange') : percent.format(row.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
