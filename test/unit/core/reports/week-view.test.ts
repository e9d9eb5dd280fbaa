import { describe, expect, it } from 'vitest';
import type { DayFacts, FactTotal } from '../../../../electron/core/reports/day-facts.ts';
import { dateRangeSpan, periodsIn } from '../../../../electron/core/reports/periods.ts';
import { crossingList, weekViewFromDays } from '../../../../electron/core/reports/week-view.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';

const zone = 'Europe/Amsterdam';
const M = 60_000;
const H = 60 * M;
const days = (from: string, to: string) => periodsIn(dateRangeSpan(from, to, zone), 'day', zone);
const range = days('2026-11-16', '2026-11-22');
const previous = days('2026-11-09', '2026-11-15');
const at = (day: string, hour: number) => dateRangeSpan(day, day, zone).start + hour * H;

const total = (
  minutes: number,
  fields: Partial<FactTotal> & Pick<FactTotal, 'app' | 'category'>,
): FactTotal => ({
  profileId: null,
  site: null,
  ...fields,
  ms: minutes * M,
});

const day = (key: string, fields: Partial<DayFacts> = {}): DayFacts => ({
  day: key,
  totals: [],
  checks: 0,
  activeMs: 0,
  checksByKind: [
    { kind: 'communication', checks: 0, gapsMs: [] },
    { kind: 'social', checks: 0, gapsMs: [] },
  ],
  crossings: [],
  focusMs: 0,
  focusWorkMs: 0,
  stretch: null,
  pauseMs: 0,
  ...fields,
});

const monday = day('2026-11-16', {
  totals: [
    total(30, { app: 'firefox', site: 'github.com', category: 'work', profileId: 'professional' }),
    total(20, { app: 'firefox', site: 'linkedin.com', category: 'social', profileId: 'private' }),
    total(10, { app: 'firefox', site: 'linkedin.com', category: 'work', profileId: 'professional' }),
    total(40, { app: 'code', category: 'work', profileId: 'professional' }),
  ],
  checks: 2,
  activeMs: 2 * H,
  checksByKind: [
    { kind: 'communication', checks: 2, gapsMs: [10 * M] },
    { kind: 'social', checks: 0, gapsMs: [] },
  ],
  crossings: [
    { kind: 'work-in-private', start: at('2026-11-16', 20), end: at('2026-11-16', 20) + 5 * M, app: 'code' },
  ],
  focusMs: 2 * H,
  focusWorkMs: H,
  stretch: { start: at('2026-11-16', 9), end: at('2026-11-16', 10), workMs: 50 * M, interruptions: 1 },
});
const wednesday = day('2026-11-18', {
  totals: [total(15, { app: 'code', category: 'work', profileId: 'professional' })],
  checks: 1,
  activeMs: H,
  checksByKind: [
    { kind: 'communication', checks: 2, gapsMs: [30 * M, 40 * M] },
    { kind: 'social', checks: 1, gapsMs: [] },
  ],
  crossings: [
    {
      kind: 'social-in-focus',
      start: at('2026-11-18', 10),
      end: at('2026-11-18', 10) + 3 * M,
      app: 'firefox',
      site: 'youtube.com',
    },
  ],
  focusMs: H,
  focusWorkMs: 0,
  stretch: { start: at('2026-11-18', 14), end: at('2026-11-18', 16), workMs: 90 * M, interruptions: 0 },
});
const lastWeek = day('2026-11-10', { totals: [total(25, { app: 'Slack', category: 'communication' })] });
const pause = (start: number, minutes: number): Extract<StoredEvent, { kind: 'pause' }> => ({
  id: `p${start}`,
  kind: 'pause',
  start,
  duration: minutes * M,
  data: { scope: 'tracking', reason: 'walk' },
});

const view = weekViewFromDays({
  zone,
  comparison: {
    current: { from: '2026-11-16', to: '2026-11-22' },
    previous: { from: '2026-11-09', to: '2026-11-15' },
    days: 7,
  },
  range,
  previous,
  days: [lastWeek, monday, wednesday],
  profileIds: ['professional', 'private'],
  pauses: [pause(at('2026-11-16', 12), 20), pause(range.at(-1)!.end - 10 * M, 30)],
});

describe('weekViewFromDays', () => {
  it('totals each day per category, app and site, with every day of the range listed', () => {
    expect(view.totals.periods.map((p) => [p.period, p.totalMs])).toEqual([
      ['2026-11-16', 100 * M],
      ['2026-11-17', 0],
      ['2026-11-18', 15 * M],
      ['2026-11-19', 0],
      ['2026-11-20', 0],
      ['2026-11-21', 0],
      ['2026-11-22', 0],
    ]);
    const [mon] = view.totals.periods;
    expect(mon!.byCategory).toEqual([
      { category: 'work', ms: 80 * M },
      { category: 'social', ms: 20 * M },
    ]);
    // An app is totalled per category (a browser is work in one tab, social in the next), largest first.
    expect(mon!.byApp).toEqual([
      { app: 'code', category: 'work', ms: 40 * M },
      { app: 'firefox', category: 'work', ms: 40 * M },
      { app: 'firefox', category: 'social', ms: 20 * M },
    ]);
    expect(mon!.bySite).toEqual([
      { site: 'github.com', category: 'work', ms: 30 * M },
      { site: 'linkedin.com', category: 'social', ms: 20 * M },
      { site: 'linkedin.com', category: 'work', ms: 10 * M },
    ]);
    expect(view.previousTotals.periods.map((p) => p.totalMs)).toEqual([0, 25 * M, 0, 0, 0, 0, 0]);
  });

  it('splits by each profile of the settings, in their order', () => {
    expect(view.byProfile.map((p) => [p.profileId, p.totals.periods.map((d) => d.totalMs)])).toEqual([
      ['professional', [80 * M, 0, 15 * M, 0, 0, 0, 0]],
      ['private', [20 * M, 0, 0, 0, 0, 0, 0]],
    ]);
  });

  it('takes the longest of the days’ stretches and sums focus kept', () => {
    expect(view.stretch.longest).toEqual(wednesday.stretch);
    expect(view.stretch.toleranceMs).toBe(30_000);
    expect(view.focusKept).toEqual({ focusMs: 3 * H, workMs: H, share: 1 / 3 });
  });

  it('counts the days’ crossings one after another with their sums; the list is the same days’', () => {
    expect(view.crossings).toEqual({ workInPrivateMs: 5 * M, socialInFocusMs: 3 * M, count: 2 });
    expect(crossingList(range, [lastWeek, monday, wednesday])).toEqual([
      ...monday.crossings,
      ...wednesday.crossings,
    ]);
  });

  it('combines the days’ checks: counts summed, the median over every day’s gaps', () => {
    const communication = view.checks.byKind.find((k) => k.kind === 'communication')!;
    expect(view.checks.activeMs).toBe(3 * H);
    expect(communication.checks).toBe(4);
    expect(communication.perActiveHour).toBeCloseTo(4 / 3);
    // Gaps 10, 30 and 40 minutes: the median of them all, not of the days' medians (10 and 35).
    expect(communication.medianMsBetweenChecks).toBe(30 * M);
  });

  it('lists each app once over the range, its time per site and category', () => {
    const [firefox, code] = view.apps;
    expect(code).toMatchObject({ app: 'code', ms: 55 * M, category: 'work', sites: [] });
    expect(firefox).toMatchObject({ app: 'firefox', ms: 60 * M, category: 'work' });
    expect(firefox!.sites.map((s) => [s.site, s.ms, s.byCategory])).toEqual([
      ['github.com', 30 * M, [{ category: 'work', ms: 30 * M }]],
      [
        'linkedin.com',
        30 * M,
        [
          { category: 'social', ms: 20 * M },
          { category: 'work', ms: 10 * M },
        ],
      ],
    ]);
  });

  it('cuts the pauses to the range', () => {
    expect(view.pauses.pauses.map((p) => (p.end - p.start) / M)).toEqual([20, 10]);
    expect(view.pauses.totalMs).toBe(30 * M);
  });
});
