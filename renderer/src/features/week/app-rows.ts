import type { AppUsage } from '../../../../electron/shared/contract/reports.ts';
import type { CategoryTotal } from '../../../../electron/shared/contract/today.ts';
import { collator } from '../../lib/format.ts';

/** One row of the app and site table: an app, or one site of a browser (site null: its pages with no site). */
export interface AppRow {
  key: string;
  app: string;
  /** Undefined for an app that is not a browser; null for a browser's "other pages". */
  site: string | null | undefined;
  /** The category with most of the row's time; sorting by category uses it. */
  category: string;
  byCategory: CategoryTotal[];
  ms: number;
  share: number;
}

export type AppSortKey = 'app' | 'site' | 'category' | 'time' | 'share';
export type SortDirection = 'ascending' | 'descending';

/**
 * The rows of the table in main's order: apps by time, a browser's sites (by time, "other pages" last) in its
 * place, so a site stands under its browser. Figures are main's; nothing is summed here.
 */
export function appRows(apps: readonly AppUsage[]): AppRow[] {
  return apps.flatMap((app): AppRow[] =>
    app.sites.length === 0
      ? [
          {
            key: app.app,
            app: app.app,
            site: undefined,
            category: app.category,
            byCategory: app.byCategory,
            ms: app.ms,
            share: app.share,
          },
        ]
      : app.sites.map((site) => ({
          key: `${app.app}\u0000${site.site ?? ''}`,
          app: app.app,
          site: site.site,
          category: site.category,
          byCategory: site.byCategory,
          ms: site.ms,
          share: site.share,
        })),
  );
}

/**
 * The rows sorted by one column; ties keep main's order, so sorting by app keeps each browser's sites by time.
 * Text columns compare the words shown (`text`), in the user's language.
 */
export function sortRows(
  rows: readonly AppRow[],
  key: AppSortKey,
  direction: SortDirection,
  text: (row: AppRow, key: 'app' | 'site' | 'category') => string,
  locale: string,
): AppRow[] {
  const byText = collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: AppRow, b: AppRow): number =>
    key === 'time' || key === 'share' ? a.ms - b.ms : byText.compare(text(a, key), text(b, key));
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
