import { describe, expect, it } from 'vitest';
import { appUsage } from '../../../../electron/core/reports/app-usage.ts';
import type { CategoryId, Observation } from '../../../../electron/shared/domain/usage.ts';

const M = 60_000;
const piece = (minutes: number, data: Observation) => ({ ms: minutes * M, data });
const categorise = (o: Observation): CategoryId =>
  o.app === 'Code' || o.site === 'github.com' || (o.site === 'linkedin.com' && o.profileId === 'professional')
    ? 'work'
    : o.site === 'youtube.com'
      ? 'entertainment'
      : o.site === 'linkedin.com'
        ? 'social'
        : 'other';

describe('appUsage', () => {
  const pieces = [
    piece(60, { app: 'Code' }),
    piece(50, { app: 'Firefox', site: 'github.com' }),
    piece(30, { app: 'Firefox', site: 'github.com' }),
    piece(50, { app: 'Firefox', site: 'youtube.com' }),
    piece(20, { app: 'Firefox', site: 'linkedin.com', profileId: 'professional' }),
    piece(30, { app: 'Firefox', site: 'linkedin.com', profileId: 'private' }),
    piece(10, { app: 'Firefox' }),
    piece(10, { app: 'Firefox', site: 'news.ycombinator.com' }),
  ];

  it('lists a browser once, its time per site, largest first, with the pages without a site last', () => {
    const [firefox, code] = appUsage(pieces, categorise);
    expect(firefox).toMatchObject({ app: 'Firefox', ms: 200 * M, share: 200 / 260 });
    expect(firefox!.sites.map((s) => [s.site, s.ms / M, s.category])).toEqual([
      ['github.com', 80, 'work'],
      ['linkedin.com', 50, 'social'],
      ['youtube.com', 50, 'entertainment'],
      ['news.ycombinator.com', 10, 'other'],
      [null, 10, 'other'],
    ]);
    expect(firefox!.sites[0]!.share).toBeCloseTo(80 / 260);
    // LinkedIn was work under Professional and social otherwise: both are kept, the larger first.
    expect(firefox!.sites[1]!.byCategory).toEqual([
      { category: 'social', ms: 30 * M },
      { category: 'work', ms: 20 * M },
    ]);
    expect(firefox!.byCategory.map((c) => c.category)).toEqual(['work', 'entertainment', 'social', 'other']);
    // The site rows add up to the browser's time.
    expect(firefox!.sites.reduce((sum, s) => sum + s.ms, 0)).toBe(firefox!.ms);
    expect(code).toEqual({
      app: 'Code',
      category: 'work',
      byCategory: [{ category: 'work', ms: 60 * M }],
      ms: 60 * M,
      share: 60 / 260,
      sites: [],
    });
  });

  it('gives a browser with no site recorded one "other pages" row with all its time', () => {
    const [chrome] = appUsage([piece(15, { app: 'Google Chrome', title: 'New Tab' })], categorise);
    expect(chrome!.sites).toEqual([
      {
        site: null,
        category: 'other',
        byCategory: [{ category: 'other', ms: 15 * M }],
        ms: 15 * M,
        share: 1,
      },
    ]);
  });

  it('reads the site the tracker recorded and never one from the title', () => {
    const [firefox] = appUsage(
      [piece(5, { app: 'Firefox', title: 'YouTube — Mozilla Firefox' })],
      categorise,
    );
    expect(firefox!.sites.map((s) => s.site)).toEqual([null]);
  });

  it('is empty with no time, and shares stay 0 rather than NaN', () => {
    expect(appUsage([], categorise)).toEqual([]);
    expect(appUsage([piece(0, { app: 'Code' })], categorise)).toEqual([]);
  });
});
