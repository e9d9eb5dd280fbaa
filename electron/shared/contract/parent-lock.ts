import { z } from 'zod';
import { call } from './define.ts';

/** The answer to a PIN attempt: whether it was right and how long to wait; never the hash. */
export interface PinCheck {
  correct: boolean;
  /** 0 when another attempt may be made now. */
  retryAfterMs: number;
  /** Too many wrong tries: this PIN was not looked at (it may well be the right one). */
  lockedOut: boolean;
}

/** A parent PIN: 4 to 8 digits. */
export const pinSchema = z.string().regex(/^\d{4,8}$/, 'expected 4 to 8 digits');

/** The optional PIN a guarded call carries when main asked for it ('pin-required'). */
export const withPin = { pin: pinSchema.optional() };

export const parentLockCalls = {
  /** Sets the parent PIN; replacing it needs the current one. */
  setParentPin: call<{ parentPinSet: true }>()(
    z.object({ pin: pinSchema, currentPin: pinSchema.optional() }).strict(),
  ),
  /** Checks a parent PIN (rate-limited with a growing delay); a right PIN also hands over tamper notices. */
  verifyParentPin: call<PinCheck>()(z.object({ pin: pinSchema }).strict()),
};
