import { describe, expect, it } from 'vitest';
import { categoryDayBars, categoryTrend, profileDayBars } from '../../../../renderer/src/charts/day-bars.ts';
import { categoryColor } from '../../../../renderer/src/charts/palette.ts';
import type { PeriodTotals, UsageTotals } from '../../../../electron/shared/contract/reports.ts';
import type { Profile } from '../../../../electron/shared/domain/profiles.ts';

const M = 60_000;
const day = (period: string, byCategory: [string, number][]): PeriodTotals => ({
  period,
  start: 0,
  end: 0,
  totalMs: byCategory.reduce((sum, [, minutes]) => sum + minutes * M, 0),
  byCategory: byCategory.map(([category, minutes]) => ({ category, ms: minutes * M })),
  byApp: [],
  bySite: [],
});
const totals = (...periods: PeriodTotals[]): UsageTotals => ({ zone: 'UTC', unit: 'day', periods });
const profile = (id: string, colour: string): Profile =>
  ({ id, name: id.toUpperCase(), colour, icon: 'home', ruleOverrides: [], limits: [] }) as unknown as Profile;

describe('categoryDayBars', () => {
  it('gives one row per day with minutes per category, and series largest overall first', () => {
    const { rows, series } = categoryDayBars(
      totals(
        day('2026-11-16', [
          ['work', 90],
          ['social', 10],
        ]),
        day('2026-11-17', []),
        day('2026-11-18', [
          ['social', 30],
          ['work', 0],
        ]),
      ),
      (date) => `d${date.slice(-2)}`,
      (category) => category.toUpperCase(),
    );
    expect(rows).toEqual([
      { day: 'd16', date: '2026-11-16', work: 90, social: 10 },
      { day: 'd17', date: '2026-11-17' },
      { day: 'd18', date: '2026-11-18', social: 30 },
    ]);
    expect(series).toEqual([
      { key: 'work', label: 'WORK', color: categoryColor('work') },
      { key: 'social', label: 'SOCIAL', color: categoryColor('social') },
    ]);
  });
});

describe('profileDayBars', () => {
  it('stacks each day by profile in the profiles’ colours, leaving out profiles with no time', () => {
    const profiles = [
      profile('professional', '#0072B2'),
      profile('private', '#009E73'),
      profile('kids', '#E69F00'),
    ];
    const byProfile = new Map([
      ['professional', totals(day('2026-11-16', [['work', 60]]), day('2026-11-17', [['work', 30]]))],
      ['private', totals(day('2026-11-16', [['social', 15]]), day('2026-11-17', []))],
      ['kids', totals(day('2026-11-16', []), day('2026-11-17', []))],
    ]);
    const { rows, series } = profileDayBars(profiles, byProfile, (date) => date);
    expect(rows).toEqual([
      { day: '2026-11-16', date: '2026-11-16', 'profile:professional': 60, 'profile:private': 15 },
      { day: '2026-11-17', date: '2026-11-17', 'profile:professional': 30 },
    ]);
    expect(series).toEqual([
      { key: 'profile:professional', label: 'PROFESSIONAL', color: '#0072B2' },
      { key: 'profile:private', label: 'PRIVATE', color: '#009E73' },
    ]);
  });
});

describe('categoryTrend', () => {
  it('compares each category and the total with the previous period', () => {
    const trend = categoryTrend(
      totals(day('a', [['work', 120]]), day('b', [['social', 30]])),
      totals(day('c', [['work', 100]]), day('d', [['entertainment', 20]])),
    );
    expect(trend).toEqual([
      { category: 'total', currentMs: 150 * M, previousMs: 120 * M, change: 0.25 },
      { category: 'work', currentMs: 120 * M, previousMs: 100 * M, change: 0.2 },
      { category: 'social', currentMs: 30 * M, previousMs: 0, change: null },
      { category: 'entertainment', currentMs: 0, previousMs: 20 * M, change: -1 },
    ]);
  });
});
