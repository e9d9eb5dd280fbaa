import { describe, expect, it } from 'vitest';
import {
  axisWidthFor,
  durationTicks,
  largestStack,
  unbreakable,
} from '../../../../renderer/src/charts/duration-ticks.ts';

describe('durationTicks', () => {
  it('counts in whole hours once the axis passes two hours', () => {
    expect(durationTicks(270)).toEqual([0, 60, 120, 180, 240, 300]);
    expect(durationTicks(110)).toEqual([0, 30, 60, 90, 120]);
    expect(durationTicks(600)).toEqual([0, 120, 240, 360, 480, 600]);
  });

  it('never picks a step like 55 min or 1 h 50 min', () => {
    const readable = new Set([1, 2, 5, 10, 15, 20, 30]);
    for (let max = 1; max <= 24 * 60 * 7; max += 7) {
      const ticks = durationTicks(max);
      const step = ticks[1]! - ticks[0]!;
      expect(readable.has(step) || step % 60 === 0, `max ${max} → step ${step}`).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks[0]).toBe(0);
    }
  });

  it('gives an empty or broken axis 0 and one step', () => {
    expect(durationTicks(0)).toEqual([0, 1]);
    expect(durationTicks(Number.NaN)).toEqual([0, 1]);
    expect(durationTicks(-5)).toEqual([0, 1]);
  });

  it('respects a smaller tick budget', () => {
    expect(durationTicks(270, 3)).toEqual([0, 180, 360]);
  });

  it('goes on in whole days past the list', () => {
    const ticks = durationTicks(60 * 24 * 400);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[1]! % 1440).toBe(0);
  });
});

describe('largestStack', () => {
  it('sums the series of each row and ignores other fields', () => {
    const rows = [
      { day: 'Mon', work: 60, social: 30 },
      { day: 'Tue', work: 100, social: 'x' },
      { day: 'Wed' },
    ];
    expect(largestStack(rows, ['work', 'social'])).toBe(100);
    expect(largestStack([], ['work'])).toBe(0);
  });
});

describe('tick labels', () => {
  it('hold their words together and get room for the longest', () => {
    expect(unbreakable('4 hr 30 min')).toBe('4\u00A0hr\u00A030\u00A0min');
    expect(unbreakable('4 hr 30 min')).not.toMatch(/ /u);
    expect(axisWidthFor(['0 min', '1 hr 30 min'])).toBeGreaterThanOrEqual(11 * 7);
    expect(axisWidthFor([])).toBe(40);
  });
});
