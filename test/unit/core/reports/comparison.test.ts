import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../../../electron/core/reports/comparison.ts';

describe('comparePeriods: periods of equal length', () => {
  it('compares a past week with the whole week before', () => {
    expect(comparePeriods({ from: '2026-11-23', to: '2026-11-29' }, '2026-12-04')).toEqual({
      current: { from: '2026-11-23', to: '2026-11-29' },
      previous: { from: '2026-11-16', to: '2026-11-22' },
      days: 7,
    });
  });

  it('cuts a week still going on to the days begun and compares the same days of the week before', () => {
    // Nov 30–Dec 6 on Thursday Dec 3: Mon–Thu against last Mon–Thu, never a whole week against four days.
    expect(comparePeriods({ from: '2026-11-30', to: '2026-12-06' }, '2026-12-03')).toEqual({
      current: { from: '2026-11-30', to: '2026-12-03' },
      previous: { from: '2026-11-23', to: '2026-11-26' },
      days: 4,
    });
  });

  it('compares a whole month with the previous month when it holds as many days', () => {
    expect(comparePeriods({ from: '2026-11-01', to: '2026-11-30' }, '2026-12-04').previous).toEqual({
      from: '2026-10-01',
      to: '2026-10-30',
    });
  });

  it('compares a month going on with the same first days of the previous month', () => {
    expect(comparePeriods({ from: '2026-12-01', to: '2026-12-31' }, '2026-12-04')).toEqual({
      current: { from: '2026-12-01', to: '2026-12-04' },
      previous: { from: '2026-11-01', to: '2026-11-04' },
      days: 4,
    });
  });

  it('uses the days just before a month when the previous month is shorter', () => {
    const march = comparePeriods({ from: '2026-03-01', to: '2026-03-31' }, '2026-04-02');
    expect(march.previous).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(march.days).toBe(31);
  });

  it('keeps every comparison the same length and before the range', () => {
    for (const [from, to, today] of [
      ['2026-03-01', '2026-03-31', '2026-03-30'],
      ['2024-02-01', '2024-02-29', '2024-03-10'],
      ['2026-12-28', '2027-01-03', '2026-12-31'],
      ['2026-05-04', '2026-05-17', '2026-05-09'],
    ] as const) {
      const { current, previous, days } = comparePeriods({ from, to }, today);
      const length = (s: { from: string; to: string }) =>
        (Date.parse(s.to) - Date.parse(s.from)) / 86_400_000 + 1;
      expect(length(current)).toBe(days);
      expect(length(previous)).toBe(days);
      expect(previous.to < current.from).toBe(true);
    }
  });

  it('compares only the first day of a range wholly in the future', () => {
    expect(comparePeriods({ from: '2026-12-07', to: '2026-12-13' }, '2026-12-04')).toMatchObject({
      current: { from: '2026-12-07', to: '2026-12-07' },
      previous: { from: '2026-11-30', to: '2026-11-30' },
      days: 1,
    });
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => comparePeriods({ from: '2026-12-07', to: '2026-12-01' }, '2026-12-04')).toThrow(RangeError);
  });
});
