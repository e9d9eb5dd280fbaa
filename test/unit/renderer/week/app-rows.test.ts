import { describe, expect, it } from 'vitest';
import { appRows, sortRows, type AppRow } from '../../../../renderer/src/features/week/app-rows.ts';
import type { AppUsage } from '../../../../electron/shared/contract/reports.ts';

const M = 60_000;
const apps: AppUsage[] = [
  {
    app: 'Firefox',
    category: 'work',
    byCategory: [
      { category: 'work', ms: 80 * M },
      { category: 'entertainment', ms: 50 * M },
      { category: 'other', ms: 50 * M },
    ],
    ms: 180 * M,
    share: 0.6,
    sites: [
      {
        site: 'github.com',
        category: 'work',
        byCategory: [{ category: 'work', ms: 80 * M }],
        ms: 80 * M,
        share: 80 / 300,
      },
      {
        site: 'youtube.com',
        category: 'entertainment',
        byCategory: [{ category: 'entertainment', ms: 50 * M }],
        ms: 50 * M,
        share: 50 / 300,
      },
      {
        site: null,
        category: 'other',
        byCategory: [{ category: 'other', ms: 50 * M }],
        ms: 50 * M,
        share: 50 / 300,
      },
    ],
  },
  {
    app: 'Code',
    category: 'work',
    byCategory: [{ category: 'work', ms: 100 * M }],
    ms: 100 * M,
    share: 1 / 3,
    sites: [],
  },
  {
    app: 'app 10',
    category: 'other',
    byCategory: [{ category: 'other', ms: 10 * M }],
    ms: 10 * M,
    share: 10 / 300,
    sites: [],
  },
  {
    app: 'app 9',
    category: 'other',
    byCategory: [{ category: 'other', ms: 10 * M }],
    ms: 10 * M,
    share: 10 / 300,
    sites: [],
  },
];
const text = (row: AppRow, key: 'app' | 'site' | 'category') =>
  key === 'app' ? row.app : key === 'site' ? (row.site ?? '') : row.category;
const shape = (rows: AppRow[]) => rows.map((r) => `${r.app}${r.site === undefined ? '' : `/${r.site}`}`);

describe('appRows and sortRows', () => {
  it('puts a browser’s sites in its place, with main’s figures', () => {
    const rows = appRows(apps);
    expect(shape(rows)).toEqual([
      'Firefox/github.com',
      'Firefox/youtube.com',
      'Firefox/null',
      'Code',
      'app 10',
      'app 9',
    ]);
    expect(rows[0]).toMatchObject({
      category: 'work',
      byCategory: [{ category: 'work', ms: 80 * M }],
      ms: 80 * M,
      share: 80 / 300,
    });
  });

  it('sorts by time either way, keeping main’s order between equal times', () => {
    const rows = appRows(apps);
    expect(shape(sortRows(rows, 'time', 'descending', text, 'en'))).toEqual([
      'Code',
      'Firefox/github.com',
      'Firefox/youtube.com',
      'Firefox/null',
      'app 10',
      'app 9',
    ]);
    expect(shape(sortRows(rows, 'time', 'ascending', text, 'en')).slice(0, 2)).toEqual(['app 10', 'app 9']);
  });

  it('sorts names as people read them (numbers by value, case ignored), a browser’s sites kept by time', () => {
    const rows = appRows(apps);
    expect(shape(sortRows(rows, 'app', 'ascending', text, 'en'))).toEqual([
      'app 9',
      'app 10',
      'Code',
      'Firefox/github.com',
      'Firefox/youtube.com',
      'Firefox/null',
    ]);
    expect(shape(sortRows(rows, 'category', 'ascending', text, 'en'))[0]).toBe('Firefox/youtube.com');
  });
});
