import { describe, expect, it } from 'vitest';
import {
  formatWait,
  isPinAnswer,
  pinAnswerText,
  waitParts,
} from '../../../../renderer/src/features/parent-lock/pin-answer.ts';
import type { Failure } from '../../../../electron/shared/result.ts';

const fail = (code: Failure['code'], retryAfterMs?: number): Failure => ({
  ok: false,
  code,
  message: 'x',
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});
const wait = (ms: number) => formatWait(ms, 'en');

describe('what the PIN prompt says', () => {
  it('asks for the PIN, says a wrong one is wrong, and a lockout is a lockout (never "wrong")', () => {
    expect(pinAnswerText(fail('pin-required'), 0, wait)).toEqual({
      key: 'parentLock.needed',
      waiting: false,
    });
    expect(pinAnswerText(fail('pin-wrong', 0), 0, wait)).toEqual({ key: 'parentLock.wrong', waiting: false });
    expect(pinAnswerText(fail('pin-lockout', 480_000), 480_000, wait)).toEqual({
      key: 'parentLock.lockout',
      values: { wait: '8 min' },
      waiting: true,
    });
    // The wrong try that starts a lockout: the countdown is what matters now.
    expect(pinAnswerText(fail('pin-wrong', 30_000), 30_000, wait).key).toBe('parentLock.lockout');
    // When the countdown has run out, a PIN may be typed again.
    expect(pinAnswerText(fail('pin-lockout', 30_000), 0, wait)).toMatchObject({ waiting: false });
  });

  it('counts whole minutes from a minute up and seconds below', () => {
    expect(waitParts(480_000)).toEqual({ unit: 'minute', count: 8 });
    expect(waitParts(420_001)).toEqual({ unit: 'minute', count: 8 });
    expect(waitParts(60_000)).toEqual({ unit: 'minute', count: 1 });
    expect(waitParts(59_001)).toEqual({ unit: 'minute', count: 1 });
    expect(waitParts(45_000)).toEqual({ unit: 'second', count: 45 });
    expect(formatWait(45_000, 'nl')).toMatch(/^45\s?sec/);
    expect(formatWait(480_000, 'sv')).toBe('8 min');
  });

  it('knows which failures are the PIN flow’s to answer', () => {
    expect(isPinAnswer(fail('pin-required'))).toBe(true);
    expect(isPinAnswer(fail('pin-lockout'))).toBe(true);
    expect(isPinAnswer({ ...fail('unavailable'), message: 'The parent lock’s records were destroyed' })).toBe(
      true,
    );
    expect(isPinAnswer(fail('conflict'))).toBe(false);
    expect(isPinAnswer(fail('unavailable'))).toBe(false);
  });
});
