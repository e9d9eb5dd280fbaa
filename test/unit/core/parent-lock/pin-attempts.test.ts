import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  afterRightPin,
  afterWrongPin,
  delayAfter,
  FIRST_DELAY_MS,
  LONGEST_DELAY_MS,
  NO_ATTEMPTS,
  parseAttempts,
  waitBeforeAttempt,
} from '../../../../electron/core/parent-lock/pin-attempts.ts';

describe('PIN attempt backoff', () => {
  it('allows three wrong PINs, then waits 30 s, 60 s, 120 s …', () => {
    let attempts = NO_ATTEMPTS;
    let now = 1_000_000;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      attempts = afterWrongPin(attempts, now);
      waits.push(waitBeforeAttempt(attempts, now));
      now += waitBeforeAttempt(attempts, now);
    }
    expect(waits).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000]);
  });

  it('the right PIN starts the count over', () => {
    const attempts = afterWrongPin(afterWrongPin(afterWrongPin(NO_ATTEMPTS, 0), 0), 0);
    expect(waitBeforeAttempt(attempts, 0)).toBe(FIRST_DELAY_MS);
    expect(afterRightPin()).toEqual(NO_ATTEMPTS);
  });

  it('survives a restart: the saved state, read back, keeps the delay', () => {
    const attempts = afterWrongPin(afterWrongPin(afterWrongPin(afterWrongPin(NO_ATTEMPTS, 0), 0), 0), 0);
    const restored = parseAttempts(JSON.parse(JSON.stringify(attempts)), 10_000);
    expect(waitBeforeAttempt(restored, 10_000)).toBe(50_000);
  });

  it('treats a damaged saved state as a lock, not a free pass', () => {
    expect(waitBeforeAttempt(parseAttempts({ failures: 'x' }, 5), 5)).toBe(FIRST_DELAY_MS);
    expect(waitBeforeAttempt(parseAttempts(null, 5), 5)).toBe(FIRST_DELAY_MS);
  });

  it('the delay never shrinks with more failures and never exceeds an hour, even with the clock set back', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer({ min: -1e12, max: 1e12 }), (failures, clockShift) => {
        expect(delayAfter(failures + 1)).toBeGreaterThanOrEqual(delayAfter(failures));
        expect(delayAfter(failures)).toBeLessThanOrEqual(LONGEST_DELAY_MS);
        const attempts = afterWrongPin({ failures, lockedUntil: 0 }, 1e12);
        expect(waitBeforeAttempt(attempts, 1e12 + clockShift)).toBeLessThanOrEqual(LONGEST_DELAY_MS);
      }),
    );
  });
});
