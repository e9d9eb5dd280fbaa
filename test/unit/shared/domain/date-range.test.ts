import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesOf, rangeContaining, shiftRange } from '../../../../electron/shared/domain/date-range.ts';

describe('week and month ranges', () => {
  it('finds the Monday-to-Sunday week and the calendar month containing a date', () => {
    expect(rangeContaining('2026-11-18', 'week')).toEqual({
      kind: 'week',
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(rangeContaining('2026-11-22', 'week')).toEqual({
      kind: 'week',
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(rangeContaining('2024-02-10', 'month')).toEqual({
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('moves by whole weeks and months, across year ends', () => {
    expect(shiftRange(rangeContaining('2026-01-01', 'week'), -1)).toEqual({
      kind: 'week',
      from: '2025-12-22',
      to: '2025-12-28',
    });
    expect(shiftRange(rangeContaining('2026-01-31', 'month'), 1)).toEqual({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('lists the dates of a range, including the DST change week', () => {
    const dates = datesOf(rangeContaining('2026-10-25', 'week'));
    expect(dates).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
  });

  it('always has seven days in a week and moving there and back returns the same range', () => {
    const date = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date,
        fc.constantFrom('week' as const, 'month' as const),
        fc.integer({ min: -30, max: 30 }),
        (d, kind, steps) => {
          const range = rangeContaining(d, kind);
          expect(range.from <= d && d <= range.to).toBe(true);
          if (kind === 'week') expect(datesOf(range)).toHaveLength(7);
          expect(shiftRange(shiftRange(range, steps), -steps)).toEqual(range);
        },
      ),
    );
  });
});
