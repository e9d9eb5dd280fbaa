import { describe, expect, it } from 'vitest';
import { drawnBands } from '../../../../renderer/src/charts/drawn-bands.ts';
import type { Band } from '../../../../renderer/src/charts/timeline-bands.ts';

const S = 1_000;
const band = (start: number, end: number, group: string, detail = ''): Band => ({
  start,
  end,
  group,
  color: `colour-${group}`,
  detail,
});

/** Contiguous bands of the given lengths (seconds) and groups, from 0. */
function day(...pieces: [number, string, string?][]): Band[] {
  let at = 0;
  return pieces.map(([seconds, group, detail]) => band(at, (at += seconds * S), group, detail));
}

const duration = (bands: readonly Band[]) => bands.reduce((sum, b) => sum + b.end - b.start, 0);

describe('drawnBands', () => {
  it('keeps bands a pixel wide or more as they are, with their app', () => {
    const bands = day([60, 'work', 'Code'], [120, 'social', 'Firefox · x.com'], [60, 'idle']);
    // 240 s in 24 px: 10 s a pixel
    expect(drawnBands(bands, 24)).toEqual(bands);
  });

  it('draws the narrow bands of one pixel as one band of the group with most time, every group kept in parts', () => {
    // 100 s in 10 px: 10 s a pixel; the first pixel holds 6 s of work and 4 s of chat
    const bands = day([6, 'work', 'Code'], [4, 'communication', 'Slack'], [90, 'social', 'Firefox']);
    const drawn = drawnBands(bands, 10);
    expect(drawn).toHaveLength(2);
    expect(drawn[0]).toMatchObject({
      start: 0,
      end: 10 * S,
      group: 'work',
      color: 'colour-work',
      detail: '',
      parts: [
        { group: 'work', ms: 6 * S },
        { group: 'communication', ms: 4 * S },
      ],
    });
    expect(drawn[1]).toEqual(bands[2]);
  });

  it('joins neighbouring pixels drawn for one group, adding up their parts', () => {
    // 10 s a pixel: two pixels mostly work, then one mostly social
    const bands = day(
      [7, 'work'],
      [3, 'social'],
      [8, 'work'],
      [2, 'communication'],
      [4, 'work'],
      [6, 'social'],
      [970, 'other'],
    );
    const drawn = drawnBands(bands, 100);
    expect(drawn.map((b) => [b.group, b.start / S, b.end / S])).toEqual([
      ['work', 0, 20],
      ['social', 20, 30],
      ['other', 30, 1000],
    ]);
    expect(drawn[0]!.parts).toEqual([
      { group: 'work', ms: 15 * S },
      { group: 'social', ms: 3 * S },
      { group: 'communication', ms: 2 * S },
    ]);
  });

  it('covers the same span without gaps, and a busy day of 2,000 stretches becomes at most a band per pixel', () => {
    const groups = ['work', 'communication', 'social', 'other'];
    const bands = day(
      ...Array.from({ length: 2_000 }, (_, i): [number, string] => [5 + (i % 23), groups[i % 4]!]),
    );
    const drawn = drawnBands(bands, 700);
    expect(drawn.length).toBeLessThanOrEqual(700);
    expect(drawn[0]!.start).toBe(bands[0]!.start);
    expect(drawn.at(-1)!.end).toBe(bands.at(-1)!.end);
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.start).toBe(drawn[i - 1]!.end);
    expect(duration(drawn)).toBe(duration(bands));
    // every group's time is still there, in the parts of the bands drawn for several
    const timeOf = (group: string) =>
      drawn.reduce(
        (sum, b) =>
          sum +
          (b.parts
            ? (b.parts.find((p) => p.group === group)?.ms ?? 0)
            : b.group === group
              ? b.end - b.start
              : 0),
        0,
      );
    for (const group of groups) expect(timeOf(group)).toBe(duration(bands.filter((b) => b.group === group)));
  });
});
