import type { AppTotal, CategoryTotal } from '../../shared/contract/today.ts';
import type { PeriodTotals, SiteTotal } from '../../shared/contract/reports.ts';
import type { CategoryId, Observation } from '../../shared/domain/usage.ts';
import type { CategorisedTime } from './app-usage.ts';
import { memoCategorise, type Categorise } from './categorise.ts';
import { periodIndex, splitAtPeriods, type Period } from './periods.ts';
import type { Span } from './intervals.ts';

/** Some attention time that lies within one period: a rollup bucket, or a segment cut at period edges. */
export interface AttentionPiece {
  start: number;
  ms: number;
  data: Observation;
}

/** Segments cut at period edges, as pieces. */
export function piecesOf(
  segments: readonly (Span & { data: Observation })[],
  periods: readonly Period[],
): AttentionPiece[] {
  return splitAtPeriods(segments, periods).map((s) => ({
    start: s.start,
    ms: s.end - s.start,
    data: s.data,
  }));
}

/** Attention time within one period that is already categorised: a categorised piece, or a day's fact total. */
export interface CategorisedPiece extends CategorisedTime {
  start: number;
}

/** Totals per category, app and site for each period; categories are applied here, at read time. */
export function periodTotals(
  pieces: readonly AttentionPiece[],
  periods: readonly Period[],
  categorise: Categorise,
): PeriodTotals[] {
  const category = memoCategorise(categorise);
  return categorisedTotals(
    pieces.map((p) => ({
      start: p.start,
      ms: p.ms,
      app: p.data.app,
      site: p.data.site ?? null,
      category: category(p.data),
    })),
    periods,
  );
}

/**
 * Totals per category, app and site for each period from categorised pieces (the one tally: the raw events' pieces
 * and the per-day facts both end here). Ties are ordered by name, so the order never depends on the pieces' order.
 */
export function categorisedTotals(
  pieces: readonly CategorisedPiece[],
  periods: readonly Period[],
): PeriodTotals[] {
  const tallies = periods.map(() => ({
    apps: new Map<string, AppTotal>(),
    sites: new Map<string, SiteTotal>(),
  }));
  for (const piece of pieces) {
    const index = periodIndex(periods, piece.start);
    if (index < 0) continue;
    const tally = tallies[index]!;
    const cat = piece.category;
    // A browser is work in one tab and social in the next, so apps and sites are totalled per category.
    add(tally.apps, `${cat}\u0000${piece.app}`, () => ({ app: piece.app, category: cat, ms: 0 }), piece.ms);
    const site = piece.site;
    if (site !== null)
      add(tally.sites, `${cat}\u0000${site}`, () => ({ site, category: cat, ms: 0 }), piece.ms);
  }
  return periods.map((period, i) => {
    const byApp = [...tallies[i]!.apps.values()].sort(descending((a) => `${a.app}\u0000${a.category}`));
    const byCategory = new Map<CategoryId, CategoryTotal>();
    for (const app of byApp) add(byCategory, app.category, () => ({ category: app.category, ms: 0 }), app.ms);
    return {
      period: period.key,
      start: period.start,
      end: period.end,
      totalMs: byApp.reduce((sum, a) => sum + a.ms, 0),
      byCategory: [...byCategory.values()].sort(descending((c) => c.category)),
      byApp,
      bySite: [...tallies[i]!.sites.values()].sort(descending((s) => `${s.site}\u0000${s.category}`)),
    };
  });
}

function add<K, V extends { ms: number }>(map: Map<K, V>, key: K, create: () => V, ms: number): void {
  let entry = map.get(key);
  if (!entry) {
    entry = create();
    map.set(key, entry);
  }
  entry.ms += ms;
}

const descending =
  <T extends { ms: number }>(name: (item: T) => string) =>
  (a: T, b: T): number =>
    b.ms - a.ms || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
