import { describe, expect, it } from 'vitest';
import { siteList } from '../../../../renderer/src/features/today/site-list.ts';
import type { SiteUsage } from '../../../../electron/shared/contract/reports.ts';

const M = 60_000;
const site = (name: string | null, minutes: number): SiteUsage => ({
  site: name,
  category: 'work',
  byCategory: [{ category: 'work', ms: minutes * M }],
  ms: minutes * M,
  share: 0,
});
const sites = [
  site('github.com', 80),
  site('linkedin.com', 40),
  site('youtube.com', 30),
  site('news.ycombinator.com', 20),
  site('x.com', 10),
  site('example.org', 5),
  site('mozilla.org', 2),
  site(null, 15),
];

describe('siteList', () => {
  it('shows the five longest sites and folds the rest into one row, other pages last', () => {
    const list = siteList(sites, false);
    expect(list.shown.map((s) => s.site)).toEqual([
      'github.com',
      'linkedin.com',
      'youtube.com',
      'news.ycombinator.com',
      'x.com',
    ]);
    expect(list.folded).toEqual({ count: 2, ms: 7 * M });
    expect(list.foldable).toBe(true);
    expect(list.otherPages?.ms).toBe(15 * M);
  });

  it('shows every site once opened, with nothing folded', () => {
    const list = siteList(sites, true);
    expect(list.shown.map((s) => s.site)).toEqual(sites.slice(0, 7).map((s) => s.site));
    expect(list.folded).toBeNull();
    expect(list.foldable).toBe(true);
  });

  it('folds nothing when a browser has few sites', () => {
    expect(siteList(sites.slice(0, 3), false).folded).toBeNull();
    expect(siteList(sites.slice(0, 3), true).foldable).toBe(false);
    expect(siteList([site(null, 5)], false)).toEqual({
      shown: [],
      folded: null,
      otherPages: site(null, 5),
      foldable: false,
    });
  });
});
