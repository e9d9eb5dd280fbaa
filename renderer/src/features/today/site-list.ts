import type { SiteUsage } from '../../../../electron/shared/contract/reports.ts';

/** How many of a browser's sites Today lists before the rest are folded into one row. */
export const TOP_SITES = 5;

/** A browser's sites as Today lists them: its longest first, the rest folded (or all, when opened). */
export interface SiteList {
  shown: SiteUsage[];
  /** The sites folded away, counted and summed; null when none are. */
  folded: { count: number; ms: number } | null;
  /** The browser's time with no site recorded ("other pages"), always last. */
  otherPages: SiteUsage | null;
  /** Whether it has more sites than are listed folded, so the list can be opened and folded again. */
  foldable: boolean;
}

/** Cuts main's site list (largest first, "other pages" last) to the `top` longest unless `open`. */
export function siteList(sites: readonly SiteUsage[], open: boolean, top = TOP_SITES): SiteList {
  const named = sites.filter((s) => s.site !== null);
  const shown = open ? named : named.slice(0, top);
  const rest = named.slice(shown.length);
  return {
    shown,
    folded: rest.length === 0 ? null : { count: rest.length, ms: rest.reduce((sum, s) => sum + s.ms, 0) },
    otherPages: sites.find((s) => s.site === null) ?? null,
    foldable: named.length > top,
  };
}
