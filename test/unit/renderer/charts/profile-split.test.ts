import { describe, expect, it } from 'vitest';
import { crossingBars, profileBars } from '../../../../renderer/src/charts/profile-split.ts';
import { defaultSettings } from '../../../../electron/core/settings/default-settings.ts';
import type { UsageTotals } from '../../../../electron/shared/contract/reports.ts';

const H = 3_600_000;
const period = (date: string, byCategory: [string, number][]) => ({
  period: date,
  start: 0,
  end: 0,
  totalMs: byCategory.reduce((sum, [, ms]) => sum + ms, 0),
  byCategory: byCategory.map(([category, ms]) => ({ category, ms })),
  byApp: [],
  bySite: [],
});
const totals = (periods: ReturnType<typeof period>[]): UsageTotals => ({ zone: 'UTC', unit: 'day', periods });

describe('profileBars', () => {
  const [professional, personal] = defaultSettings('UTC').profiles;

  it('sums each profile over the days, in minutes per category, with categories largest first', () => {
    const result = profileBars(
      [professional!, personal!],
      new Map([
        [
          'professional',
          totals([
            period('2026-11-16', [
              ['work', 4 * H],
              ['social', 0.5 * H],
            ]),
            period('2026-11-17', [['work', 3 * H]]),
          ]),
        ],
        [
          'private',
          totals([
            period('2026-11-16', [
              ['entertainment', 2 * H],
              ['social', 1 * H],
            ]),
          ]),
        ],
      ]),
    );
    expect(result.categories).toEqual(['work', 'entertainment', 'social']);
    expect(result.bars).toEqual([
      { profileId: 'professional', name: 'Professional', totalMinutes: 450, work: 420, social: 30 },
      { profileId: 'private', name: 'Private', totalMinutes: 180, entertainment: 120, social: 60 },
    ]);
  });

  it('gives a profile without data an empty bar rather than leaving it out', () => {
    expect(profileBars([professional!], new Map()).bars).toEqual([
      { profileId: 'professional', name: 'Professional', totalMinutes: 0 },
    ]);
  });
});

describe('crossingBars', () => {
  it('turns the crossings into two labelled bars in minutes', () => {
    const bars = crossingBars({ workInPrivateMs: 90_000, socialInFocusMs: 30 * 60_000, segments: [] }, (k) =>
      k.toUpperCase(),
    );
    expect(bars).toEqual([
      { kind: 'work-in-private', label: 'WORK-IN-PRIVATE', minutes: 1.5 },
      { kind: 'social-in-focus', label: 'SOCIAL-IN-FOCUS', minutes: 30 },
    ]);
  });
});
