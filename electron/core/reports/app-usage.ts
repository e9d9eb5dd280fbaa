import type { AppUsage, SiteUsage } from '../../shared/contract/reports.ts';
import type { CategoryTotal } from '../../shared/contract/today.ts';
import type { CategoryId, Observation } from '../../shared/domain/usage.ts';
import { isBrowser } from '../sites/site.ts';
import { memoCategorise, type Categorise } from './categorise.ts';

/** Some attention time and what it was on: a rollup piece, a fact total or a segment's length. */
export interface TimedObservation {
  ms: number;
  data: Observation;
}

/** Some attention time on an app (and site) in the category it fell in. */
export interface CategorisedTime {
  ms: number;
  app: string;
  site: string | null;
  category: CategoryId;
}

interface Tally {
  ms: number;
  byCategory: Map<CategoryId, number>;
}

/**
 * Attention per app over a range, largest first (an app counts once, whatever categories its time fell in), with
 * a browser's time per site as the tracker recorded it (`observation.site`; no site is detected here). Time in a
 * browser with no site recorded is "other pages" (site null), listed last. An app is broken down by site when it
 * is a browser or has any time with a site, its sites largest first. Each row has its time per category (a rule
 * of one profile can make the same site work there and social elsewhere), its `category` being the one with most
 * of it.
 */
export function appUsage(pieces: readonly TimedObservation[], categorise: Categorise): AppUsage[] {
  const category = memoCategorise(categorise);
  return categorisedAppUsage(
    pieces.map((p) => ({ ms: p.ms, app: p.data.app, site: p.data.site ?? null, category: category(p.data) })),
  );
}

/** appUsage of time already categorised (the per-day facts' totals carry their category): the one tally. */
export function categorisedAppUsage(pieces: readonly CategorisedTime[]): AppUsage[] {
  const apps = new Map<string, Tally & { sites: Map<string | null, Tally> }>();
  let totalMs = 0;
  for (const piece of pieces) {
    if (!(piece.ms > 0)) continue;
    totalMs += piece.ms;
    const cat = piece.category;
    let app = apps.get(piece.app);
    if (!app) apps.set(piece.app, (app = { ms: 0, byCategory: new Map(), sites: new Map() }));
    add(app, cat, piece.ms);
    const site = piece.site || null;
    let tally = app.sites.get(site);
    if (!tally) app.sites.set(site, (tally = { ms: 0, byCategory: new Map() }));
    add(tally, cat, piece.ms);
  }
  const share = (ms: number) => (totalMs > 0 ? ms / totalMs : 0);
  return [...apps.entries()]
    .map(([name, app]): AppUsage => {
      const bySite = [...app.sites.keys()].some((site) => site !== null) || isBrowser(name);
      const all: SiteUsage[] = bySite
        ? [...app.sites.entries()].map(([site, tally]) => ({
            site,
            ...categoriesOf(tally),
            ms: tally.ms,
            share: share(tally.ms),
          }))
        : [];
      const named = all.filter((s) => s.site !== null).sort(largestFirst((s) => s.site ?? ''));
      return {
        app: name,
        ...categoriesOf(app),
        ms: app.ms,
        share: share(app.ms),
        sites: [...named, ...all.filter((s) => s.site === null)],
      };
    })
    .sort(largestFirst((a) => a.app));
}

function add(tally: Tally, category: CategoryId, ms: number): void {
  tally.ms += ms;
  tally.byCategory.set(category, (tally.byCategory.get(category) ?? 0) + ms);
}

/** The time per category, largest first (a tie goes to the category id first in the alphabet, so it is stable). */
function categoriesOf(tally: Tally): { category: CategoryId; byCategory: CategoryTotal[] } {
  const byCategory = [...tally.byCategory]
    .map(([category, ms]) => ({ category, ms }))
    .sort((a, b) => b.ms - a.ms || (a.category < b.category ? -1 : 1));
  return { category: byCategory[0]?.category ?? 'other', byCategory };
}

const largestFirst =
  <T extends { ms: number }>(name: (item: T) => string) =>
  (a: T, b: T): number =>
    b.ms - a.ms || name(a).localeCompare(name(b));
