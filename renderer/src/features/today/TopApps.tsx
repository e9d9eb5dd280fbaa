import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppUsage, SiteUsage } from '../../../../electron/shared/contract/reports.ts';
import { CategoryNames } from '../../components/CategoryNames.tsx';
import { Truncated } from '../../components/Truncated.tsx';
import { formatDuration } from '../../lib/format.ts';
import { siteList } from './site-list.ts';
import './today.css';

/** How many apps Today lists. */
const TOP = 8;

/**
 * Today's top apps as main measured them, a browser's time listed by site under it ("Firefox 3 h: github.com
 * 1 h 20 min, youtube.com 50 min, …, other pages"); its shorter sites are summed in one row whose button lists
 * them all (and folds them again).
 */
export function TopApps({ apps }: { apps: AppUsage[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // The browsers whose every site is listed (opened by the folded row's button).
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (app: string) =>
    setOpened((now) => {
      const next = new Set(now);
      if (!next.delete(app)) next.add(app);
      return next;
    });
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
        {apps.slice(0, TOP).flatMap((app) => {
          const list = siteList(app.sites, opened.has(app.app));
          const siteRow = (site: SiteUsage) => {
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
          };
          return [
            <tr key={app.app} data-app={app.app}>
              <th scope="row">
                <Truncated text={app.app} />
              </th>
              <td>
                <CategoryNames byCategory={app.byCategory} />
              </td>
              <td>{formatDuration(app.ms, locale)}</td>
            </tr>,
            ...list.shown.map(siteRow),
            ...(list.foldable
              ? [
                  <tr key={`${app.app}\u0000more`} className="site-row" data-site-of={app.app}>
                    <th scope="row">
                      <span className="visually-hidden">{t('apps.siteIn', { app: app.app })}</span>
                      <button
                        type="button"
                        className="more-sites"
                        aria-expanded={!list.folded}
                        data-testid="more-sites"
                        onClick={() => toggle(app.app)}
                      >
                        {list.folded
                          ? t('apps.moreSites', { count: list.folded.count })
                          : t('apps.fewerSites')}
                      </button>
                    </th>
                    <td />
                    <td>{list.folded && formatDuration(list.folded.ms, locale)}</td>
                  </tr>,
                ]
              : []),
            ...(list.otherPages ? [siteRow(list.otherPages)] : []),
          ];
        })}
      </tbody>
    </table>
  );
}
