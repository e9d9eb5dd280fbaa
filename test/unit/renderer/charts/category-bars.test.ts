import { describe, expect, it } from 'vitest';
import { categoryBars } from '../../../../renderer/src/charts/category-bars.ts';
import { categoryColor } from '../../../../renderer/src/charts/palette.ts';

describe('categoryBars', () => {
  it('labels, converts to minutes, drops empty categories and keeps order', () => {
    const bars = categoryBars(
      {
        date: '2026-11-20',
        zone: 'UTC',
        totalMs: 5_430_000,
        byCategory: [
          { category: 'work', ms: 5_400_000 },
          { category: 'social', ms: 30_000 },
          { category: 'other', ms: 0 },
        ],
        byApp: [],
      },
      (c) => c.toUpperCase(),
    );
    expect(bars).toEqual([
      { category: 'work', label: 'WORK', minutes: 90, color: categoryColor('work') },
      { category: 'social', label: 'SOCIAL', minutes: 0.5, color: categoryColor('social') },
    ]);
  });
});

describe('categoryColor', () => {
  it('gives each built-in category its own colour and user categories distinct extras', () => {
    const builtIn = ['work', 'communication', 'social', 'entertainment', 'other'].map((c) =>
      categoryColor(c),
    );
    expect(new Set(builtIn).size).toBe(5);
    const user = ['family', 'sport'];
    expect(categoryColor('family', user)).not.toBe(categoryColor('sport', user));
    expect(builtIn).not.toContain(categoryColor('family', user));
  });
});
