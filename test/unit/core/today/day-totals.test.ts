import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayBounds, dayTotals } from '../../../../electron/core/today/day-totals.ts';
import type { Observation, UsageEvent } from '../../../../electron/shared/domain/usage.ts';

const zone = 'Europe/Amsterdam';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const min = 60_000;
const event = (iso: string, minutes: number, data: Observation): UsageEvent => ({
  start: at(iso),
  duration: minutes * min,
  data,
});
const categorise = (o: Observation) =>
  o.site === 'youtube.com' ? 'entertainment' : o.app === 'Code' ? 'work' : 'other';

describe('dayBounds', () => {
  it('knows a spring-forward day has 23 hours and an autumn day 25', () => {
    const spring = dayBounds('2026-03-29', zone);
    const autumn = dayBounds('2026-10-25', zone);
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    expect((autumn.end - autumn.start) / 3_600_000).toBe(25);
  });
  it('rejects a date that does not exist', () => {
    expect(() => dayBounds('2026-02-30', zone)).toThrow(RangeError);
  });
});

describe('dayTotals', () => {
  it('clips events that cross midnight to the day asked for', () => {
    const totals = dayTotals(
      [event('2026-11-19T23:30', 60, { app: 'Code' })],
      '2026-11-20',
      zone,
      categorise,
    );
    expect(totals.totalMs).toBe(30 * min);
  });

  it('totals a browser per category, since one tab is work and the next is not', () => {
    const totals = dayTotals(
      [
        event('2026-11-20T09:00', 30, { app: 'firefox', site: 'youtube.com' }),
        event('2026-11-20T10:00', 20, { app: 'firefox', site: 'docs.example' }),
        event('2026-11-20T11:00', 40, { app: 'Code' }),
        event('2026-11-20T12:00', 10, { app: 'firefox', site: 'youtube.com' }),
      ],
      '2026-11-20',
      zone,
      categorise,
    );
    expect(totals.byCategory).toEqual([
      { category: 'entertainment', ms: 40 * min },
      { category: 'work', ms: 40 * min },
      { category: 'other', ms: 20 * min },
    ]);
    expect(totals.byApp).toEqual([
      { app: 'firefox', category: 'entertainment', ms: 40 * min },
      { app: 'Code', category: 'work', ms: 40 * min },
      { app: 'firefox', category: 'other', ms: 20 * min },
    ]);
    expect(totals.totalMs).toBe(100 * min);
  });

  it('ignores events entirely outside the day', () => {
    const totals = dayTotals(
      [event('2026-11-21T00:00', 10, { app: 'Code' })],
      '2026-11-20',
      zone,
      categorise,
    );
    expect(totals).toMatchObject({ totalMs: 0, byCategory: [], byApp: [] });
  });
});
