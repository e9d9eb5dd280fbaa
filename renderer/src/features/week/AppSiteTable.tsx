import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUsage } from '../../../../electron/shared/contract/reports.ts';
import { CategoryNames } from '../../components/CategoryNames.tsx';
import { Truncated } from '../../components/Truncated.tsx';
import { formatDuration, numberFormat } from '../../lib/format.ts';
import './app-table.css';
import { appRows, sortRows, type AppRow, type AppSortKey, type SortDirection } from './app-rows.ts';

const COLUMNS: readonly AppSortKey[] = ['app', 'site', 'category', 'time', 'share'];

/**
 * Every app and site of the range with its category, time and share, as main totalled them; any column sorts
 * (a button in its header, aria-sort says how). Long names are cut with the whole name in the tooltip.
 */
export function AppSiteTable({ apps, caption }: { apps: AppUsage[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [sort, setSort] = useState<{ key: AppSortKey; direction: SortDirection } | null>(null);
  const siteText = (row: AppRow) =>
    row.site === undefined ? '' : row.site === null ? t('apps.otherPages') : row.site;
  const text = (row: AppRow, key: 'app' | 'site' | 'category') =>
    key === 'app'
      ? row.app
      : key === 'site'
        ? siteText(row)
        : t(`category.${row.category}`, { defaultValue: row.category });
  const rows = appRows(apps);
  const shown = sort ? sortRows(rows, sort.key, sort.direction, text, locale) : rows;
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const toggle = (key: AppSortKey) =>
    setSort((current) => ({
      key,
      direction:
        current?.key === key
          ? current.direction === 'ascending'
            ? 'descending'
            : 'ascending'
          : key === 'time' || key === 'share'
            ? 'descending'
            : 'ascending',
    }));
  return (
    <table className="app-table" data-testid="app-table">
      <caption>{caption}</caption>
      <colgroup>
        <col className="app-table-app" />
        <col className="app-table-site" />
        <col className="app-table-category" />
        <col className="app-table-time" />
        <col className="app-table-share" />
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map((key) => (
            <th key={key} scope="col" aria-sort={sort?.key === key ? sort.direction : undefined}>
              <button type="button" className="sort-button" onClick={() => toggle(key)}>
                {t(`apps.${key}`)}
                <span aria-hidden="true" className="sort-mark">
                  {sort?.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.key} data-app={row.app} data-site={row.site ?? ''}>
            <th scope="row">
              <Truncated text={row.app} />
            </th>
            <td>
              {row.site === undefined ? (
                <>
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">{t('apps.noSite')}</span>
                </>
              ) : (
                <Truncated text={siteText(row)} />
              )}
            </td>
            <td>
              <CategoryNames byCategory={row.byCategory} />
            </td>
            <td>{formatDuration(row.ms, locale)}</td>
            <td>{percent.format(row.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
