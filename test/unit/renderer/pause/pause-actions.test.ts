import { DateTime } from 'luxon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  askFor,
  endsOnALaterDay,
  nextOccurrence,
  suggestedUntil,
} from '../../../../renderer/src/features/pause/pause-actions.ts';

const zone = 'Europe/Amsterdam';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('what to ask after a refused pause', () => {
  it('asks a reason past the budget, the PIN in family time, nothing otherwise', () => {
    const fail = (code: 'conflict' | 'pin-required' | 'invalid-input', message: string) =>
      ({ ok: false, code, message }) as const;
    expect(askFor(fail('conflict', 'reason-required: the daily pause budget is used up; say why.'))).toBe(
      'reason',
    );
    expect(askFor(fail('pin-required', 'Family time can only be paused with the parent PIN.'))).toBe('pin');
    expect(askFor(fail('conflict', 'No window is open now.'))).toBeNull();
    expect(askFor(fail('invalid-input', 'A pause lasts at most a day.'))).toBeNull();
  });
});

describe('pause until a time', () => {
  it('means later today, or tomorrow when the time has passed', () => {
    expect(nextOccurrence('17:30', at('2026-11-20T16:00'), zone)).toBe(at('2026-11-20T17:30'));
    expect(nextOccurrence('08:00', at('2026-11-20T16:00'), zone)).toBe(at('2026-11-21T08:00'));
    expect(nextOccurrence('16:00', at('2026-11-20T16:00'), zone)).toBe(at('2026-11-21T16:00'));
    expect(nextOccurrence('', at('2026-11-20T16:00'), zone)).toBeNull();
  });

  it('counts wall-clock time across a DST change (Luxon decides, not minute arithmetic)', () => {
    // 2026-10-25: clocks go back at 03:00 in Amsterdam; 01:00 → 09:00 is nine real hours.
    const until = nextOccurrence('09:00', at('2026-10-25T01:00'), zone) ?? 0;
    expect(until - at('2026-10-25T01:00')).toBe(9 * 3_600_000);
  });

  it('always lies in the future and at most a day ahead', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2026-01-01T00:00'), max: at('2027-01-01T00:00') }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (now, h, m) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const until = nextOccurrence(time, now, zone) ?? 0;
          return until > now && until - now <= 25 * 3_600_000;
        },
      ),
    );
  });

  it('suggests an hour ahead, on the next quarter hour', () => {
    expect(suggestedUntil(at('2026-11-20T16:00'), zone)).toBe('17:00');
    expect(suggestedUntil(at('2026-11-20T16:07'), zone)).toBe('17:15');
    expect(suggestedUntil(at('2026-11-20T23:50'), zone)).toBe('01:00');
  });
});

describe('endsOnALaterDay', () => {
  it('tells a pause that ends tomorrow from one that ends today, in the settings zone', () => {
    const now = at('2026-11-20T21:10');
    expect(endsOnALaterDay(nextOccurrence('20:00', now, zone)!, now, zone)).toBe(true);
    expect(endsOnALaterDay(nextOccurrence('22:00', now, zone)!, now, zone)).toBe(false);
    // 23:30 in Amsterdam is already the next day in Helsinki: the zone decides, not the computer.
    expect(endsOnALaterDay(at('2026-11-20T23:50'), at('2026-11-20T23:30'), 'Europe/Helsinki')).toBe(false);
  });
});
