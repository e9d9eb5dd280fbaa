import type { AppTotal, CategoryTotal } from '../../shared/contract/today.ts';
import type { PeriodTotals, SiteTotal } from '../../shared/contract/reports.ts';
import type { CategoryId, Observation } from '../../shared/domain/usage.ts';
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

/** Totals per category, app and site for each period; categories are applied here, at read time. */
export function periodTotals(
  pieces: readonly AttentionPiece[],
  periods: readonly Period[],
  categorise: Categorise,
): PeriodTotals[] {
  const category = memoCategorise(categorise);
  const tallies = periods.map(() => ({
    apps: new Map<string, AppTotal>(),
    sites: new Map<string, SiteTotal>(),
  }));
  for (const piece of pieces) {
    const index = periodIndex(periods, piece.start);
    if (index < 0) continue;
    const tally = tallies[index]!;
    const cat = category(piece.data);
    // A browser is work in one tab and social in the next, so apps and sites are totalled per category.
    add(
      tally.apps,
      `${cat}\u0000${piece.data.app}`,
      () => ({ app: piece.data.app, category: cat, ms: 0 }),
      piece.ms,
    );
    const site = piece.data.site;
    if (site !== undefined)
      add(tally.sites, `${cat}\u0000${site}`, () => ({ site, category: cat, ms: 0 }), piece.ms);
  }
  return periods.map((period, i) => {
    const byApp = [...tallies[i]!.apps.values()].sort(descending);
    const byCategory = new Map<CategoryId, CategoryTotal>();
    for (const app of byApp) add(byCategory, app.category, () => ({ category: app.category, ms: 0 }), app.ms);
    return {
      period: period.key,
      start: period.start,
      end: period.end,
      totalMs: byApp.reduce((sum, a) => sum + a.ms, 0),
      byCategory: [...byCategory.values()].sort(descending),
      byApp,
      bySite: [...tallies[i]!.sites.values()].sort(descending),
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

const descending = <T extends { ms: number }>(a: T, b: T) => b.ms - a.ms;
