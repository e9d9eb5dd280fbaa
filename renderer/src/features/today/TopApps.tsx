import { useTranslation } from 'react-i18next';
import type { AppUsage } from '../../../../electron/shared/contract/reports.ts';
import { CategoryNames } from '../../components/CategoryNames.tsx';
import { Truncated } from '../../components/Truncated.tsx';
import { formatDuration } from '../../lib/format.ts';
import './today.css';

/** How many apps Today lists. */
const TOP = 8;

/**
 * Today's top apps as main measured them, a browser's time listed by site under it ("Firefox 3 h: github.com
 * 1 h 20 min, youtube.com 50 min, …, other pages"); its shorter sites summed in one row.
 */
export function TopApps({ apps }: { apps: AppUsage[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <table className="top-apps" data-testid="top-apps">
      <colgroup>
        <col className="top-apps-name" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('today.app')}</th>
          <th scope="col">{t('today.category')}</th>
          <th scope="col">{t('today.time')}</th>
        </tr>
      </thead>
      <tbody>
        {apps.slice(0, TOP).flatMap((app) => [
          <tr key={app.app} data-app={app.app}>
            <th scope="row">
              <Truncated text={app.app} />
            </th>
            <td>
              <CategoryNames byCategory={app.byCategory} />
            </td>
            <td>{formatDuration(app.ms, locale)}</td>
          </tr>,
          ...app.sites.map((site) => {
            const name = site.site ?? t('apps.otherPages');
            return (
              <tr key={`${app.app}\u0000${site.site ?? ''}`} className="site-row" data-site-of={app.app}>
                <th scope="row">
                  <span className="visually-hidden">{t('apps.siteIn', { app: app.app })}</span>
                  <Truncated text={name} />
                </th>
                <td>
                  <CategoryNames byCategory={site.byCategory} />
                </td>
                <td>{formatDuration(site.ms, locale)}</td>
              </tr>
            );
          }),
          ...(app.moreSites
            ? [
                <tr key={`${app.app}\u0000more`} className="site-row" data-site-of={app.app}>
                  <th scope="row">
                    <span className="visually-hidden">{t('apps.siteIn', { app: app.app })}</span>
                    {t('apps.moreSites', { count: app.moreSites.count })}
                  </th>
                  <td />
                  <td>{formatDuration(app.moreSites.ms, locale)}</td>
                </tr>,
              ]
            : []),
        ])}
      </tbody>
    </table>
  );
}
