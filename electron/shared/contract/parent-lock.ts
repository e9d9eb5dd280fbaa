import { z } from 'zod';
import { call } from './define.ts';
import type { TamperRecord } from '../domain/parent-lock.ts';

export { TAMPER_KINDS, type TamperKind, type TamperRecord } from '../domain/parent-lock.ts';

/** The parent lock as the UI may know it: whether a PIN is set, and what was found tampered with. */
export interface ParentLockState {
  pinSet: boolean;
  /** The PIN cannot be checked any more (every record of it was destroyed); only deleting Balans's data helps. */
  lost: boolean;
  /** Oldest first; kept with the history. */
  tampers: TamperRecord[];
}

/** How many digits a parent PIN has: main checks it here, and every PIN field in the window takes it from here. */
export const PIN_DIGITS = { min: 4, max: 8 } as const;

/** A parent PIN: 4 to 8 digits. */
export const pinSchema = z
  .string()
  .regex(
    new RegExp(`^\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}$`),
    `expected ${PIN_DIGITS.min} to ${PIN_DIGITS.max} digits`,
  );

/** Whether a typed PIN has the length main accepts (what enables a field's submit button). */
export const isPinLength = (pin: string): boolean => pinSchema.safeParse(pin).success;

/** The optional PIN a guarded call carries when main asked for it ('pin-required'). */
export const withPin = { pin: pinSchema.optional() };

export const parentLockCalls = {
  getParentLockState: call<ParentLockState>()(z.void()),
  /** Sets the parent PIN; replacing it needs the current one. */
  setParentPin: call<{ parentPinSet: true }>()(
    z.object({ pin: pinSchema, currentPin: pinSchema.optional() }).strict(),
  ),
};
