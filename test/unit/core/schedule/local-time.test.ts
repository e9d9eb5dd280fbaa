import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { atWallTime, localDays } from '../../../../electron/core/schedule/local-time.ts';

const ZONES = [
  'Europe/Amsterdam',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kolkata',
];

/** Luxon alone: the wall time in the zone, the earlier instant when it happens twice. */
function luxonOnly(zone: string, date: string, minute: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dt = DateTime.fromObject(
    { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 },
    { zone },
  );
  return Math.min(dt.toMillis(), ...dt.getPossibleOffsets().map((d) => d.toMillis()));
}

describe('local days', () => {
  it('places every wall time exactly where Luxon alone places it, on steady and clock-change days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
        fc.integer({ min: 0, max: 1439 }),
        (zone, instant, minute) => {
          for (const day of localDays(zone, instant, instant)) {
            expect(atWallTime(zone, day, minute)).toBe(luxonOnly(zone, day.date, minute));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('marks clock-change days as not steady and gives them their real length', () => {
    const days = localDays('Europe/Amsterdam', Date.UTC(2025, 2, 30, 12), Date.UTC(2025, 2, 30, 12));
    const change = days.find((d) => d.date === '2025-03-30')!;
    expect(change.steady).toBe(false);
    expect(change.end - change.start).toBe(23 * 3_600_000);
    expect(days.filter((d) => d.steady).map((d) => d.end - d.start)).toEqual([86_400_000, 86_400_000]);
  });

  it('starts a day whose midnight does not exist at its first local time (Santiago, 01:00)', () => {
    const days = localDays('America/Santiago', Date.UTC(2025, 8, 7, 12), Date.UTC(2025, 8, 7, 12));
    const change = days.find((d) => d.date === '2025-09-07')!;
    expect(DateTime.fromMillis(change.start, { zone: 'America/Santiago' }).toFormat('HH:mm')).toBe('01:00');
    expect(change.steady).toBe(false);
  });
});
